/**
 * Writes a template into a Yjs document exactly as the editors' collaboration binding
 * (@tiptap/extension-collaboration, through @tiptap/y-tiptap) stores ProseMirror content:
 * each node a Y.XmlElement named after it with its non-null attributes (a heading's `level` is
 * the number 2, an ordered list's `start` the number 1), each run of text a Y.XmlText whose
 * formatting attributes are the marks (`bold: {}`, `italic: {}`).
 *
 * Rather than repeat that mapping, this uses y-tiptap's own writer with the StarterKit schema,
 * so default attributes come out exactly as an editor would write them.
 */
import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { PROSE_FIELD } from "../docs/proseDoc.js";
import type { TemplateDocument } from "./templateSchema.js";

/**
 * The ProseMirror schema of Tiptap's StarterKit: every node a template may hold. The editors add
 * the action item node, which templates never contain, so the nodes they share are identical.
 */
export const templateProseSchema = getSchema([StarterKit]);

/** Marks the transaction that seeds a document from its template. */
export const TEMPLATE_SEED_ORIGIN = "template-seed";

/**
 * Writes `template` into an empty `fragment`. Throws when the fragment already has content
 * (writing would replace it) or when the template breaks the ProseMirror schema.
 */
export function writeTemplate(fragment: Y.XmlFragment, template: TemplateDocument): void {
  if (fragment.length > 0) throw new Error("writeTemplate needs an empty fragment");
  // Checking first means a broken template throws before anything is written.
  templateProseSchema.nodeFromJSON(template).check();
  prosemirrorJSONToYXmlFragment(templateProseSchema, template, fragment);
}

/** Writes `template` into the prose body of `doc` (see proseDoc.ts) in one transaction. */
export function seedProseDocument(doc: Y.Doc, template: TemplateDocument): void {
  doc.transact(
    () => writeTemplate(doc.getXmlFragment(PROSE_FIELD), template),
    TEMPLATE_SEED_ORIGIN,
  );
}
