/**
 * The audit trail as a collaboration plug-in: who opened, edited and left which case document.
 * Edits are recorded per debounced change, once per editor, not per keystroke.
 */
import { parseDocName } from "../../shared/wire/docNames.js";
import type { CollabExtension } from "../collab/types.js";
import { actorOf, type AuditTrail } from "./auditTrail.js";

function caseIdOf(docName: string): string | undefined {
  const doc = parseDocName(docName);
  return doc?.type === "case" ? doc.caseId : undefined;
}

/** Creates the audit extension for the collaboration server. */
export function createAuditExtension(audit: AuditTrail): CollabExtension {
  return {
    name: "audit",
    onConnect({ docName, principal, access }) {
      audit.record({
        action: "document.open",
        actor: actorOf(principal),
        outcome: "allowed",
        caseId: caseIdOf(docName),
        docName,
        detail: { access },
      });
    },
    onChange({ docName, editors }) {
      const seen = new Set<string>();
      for (const editor of editors) {
        if (seen.has(editor.userId)) continue;
        seen.add(editor.userId);
        audit.record({
          action: "document.edit",
          actor: actorOf(editor),
          outcome: "allowed",
          caseId: caseIdOf(docName),
          docName,
        });
      }
    },
    onDisconnect({ docName, principal }) {
      audit.record({
        action: "document.close",
        actor: actorOf(principal),
        outcome: "allowed",
        caseId: caseIdOf(docName),
        docName,
      });
    },
  };
}
