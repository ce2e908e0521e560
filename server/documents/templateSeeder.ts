/**
 * Seeds a case's casusanalyse or plan van aanpak from the template of the case's kind, exactly
 * once: when the document is loaded and nothing was ever stored for it.
 *
 * Why once, also when two users open a new document at the same moment: the collaboration server
 * loads a document once and shares it (documentRegistry.ts), and `onLoad` runs inside that load,
 * before any client is sent the document. The seed is an ordinary server-side change, so it is
 * stored through the document's persistence pipeline and reaches every client as stored state.
 * After a reload the stored seed is there, so the document is no longer new and is left alone,
 * even when its users have since deleted all its text.
 */
import type * as Y from "yjs";
import type { CaseKind } from "../../shared/domain/case.js";
import { isTemplateDocKind, type TemplateSet } from "../../shared/templates/templateSet.js";
import { seedProseDocument } from "../../shared/templates/writeTemplate.js";
import { parseDocName } from "../../shared/wire/docNames.js";
import type { CollabExtension } from "../collab/types.js";

/** Looks up the kind of casusoverleg of a case; undefined for an unknown case. */
export type CaseKindLookup = (
  caseId: string,
) => CaseKind | undefined | Promise<CaseKind | undefined>;

/** The seeding extension for templates already loaded and checked (templateLoader.ts). */
export function templateSeeder(
  templates: TemplateSet,
  caseKindOf: CaseKindLookup,
): CollabExtension {
  return {
    name: "templateSeeder",
    async onLoad({ docName, doc }) {
      const name = parseDocName(docName);
      if (name?.type !== "case" || !isTemplateDocKind(name.kind)) return;
      if (!isNeverWritten(doc)) return;
      const caseKind = await caseKindOf(name.caseId);
      // Checked again after the lookup: nothing may have been written in between.
      if (caseKind === undefined || !isNeverWritten(doc)) return;
      seedProseDocument(doc, templates[name.kind][caseKind]);
    },
  };
}

/**
 * True when no update was ever applied to `doc`: no client has an entry in its state (deleted
 * content keeps its entries), and no stored update is waiting for a missing predecessor.
 */
function isNeverWritten(doc: Y.Doc): boolean {
  return (
    doc.store.clients.size === 0 &&
    doc.store.pendingStructs === null &&
    doc.store.pendingDs === null
  );
}
