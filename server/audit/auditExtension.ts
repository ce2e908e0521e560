/**
 * The audit trail as a collaboration plug-in: who opened, edited and left which document, and
 * whose case data it holds. Edits are recorded per debounced change, once per editor, not per
 * keystroke; a refused edit (read-only, or outside the writer's rights) as `document.edit` denied,
 * once per connection.
 */
import type { CollabExtension } from "../collab/types.js";
import { actorOf, type AuditTrail } from "./auditTrail.js";

/**
 * Creates the audit extension. `caseIdOf` names the case whose data a document holds (a case
 * document, or an overleg's slot document), so every entry points at the persons concerned.
 */
export function createAuditExtension(
  audit: AuditTrail,
  caseIdOf: (docName: string) => string | undefined,
): CollabExtension {
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
    onUpdateRefused({ docName, principal, access, reason }) {
      audit.record({
        action: "document.edit",
        actor: actorOf(principal),
        outcome: "denied",
        caseId: caseIdOf(docName),
        docName,
        detail: { access, reason },
      });
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
