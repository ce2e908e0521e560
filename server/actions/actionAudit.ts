/**
 * Audit events of action tracking, through one seam: `recordAudit(event)`. The server records
 * them in the audit trail (server/audit/) as `action.update`; unit tests and the benchmark use
 * log lines. Events carry ids and field names only, never an action's text or a person's name.
 */
import { actionApiId } from "../../shared/api/actions.js";
import { caseDocName } from "../../shared/wire/docNames.js";
import type { AuditActor, AuditEventInput } from "../audit/auditEvent.js";
import type { CollabLogger } from "../collab/types.js";
import type { Store } from "../store/store.js";

/** One audited change to an action. */
export interface ActionAuditEvent {
  /** ISO timestamp. */
  at: string;
  /** Acting user ids; empty when the change came from the server itself (e.g. a document load). */
  userIds: string[];
  caseId: string;
  actionKey: string;
  what: "toegevoegd" | "gewijzigd" | "verwijderd" | "teruggezet" | "te_laat_gesignaleerd";
  /** Names of the changed fields (for a status change: the new status in `status`). */
  fields: string[];
  /** Where the change came from: the plan editor or the action API / daily job. */
  via: "plan" | "api" | "job";
  status?: string;
  /** Set for a change kept beside the plan document (a progress note): the trail names no document. */
  outsidePlan?: true;
}

/** Records one audit event; must not throw. */
export type RecordAudit = (event: ActionAuditEvent) => void;

/** Audit events as structured log lines (ids only), where no audit trail is wired (tests, bench). */
export function logAuditRecorder(logger: CollabLogger): RecordAudit {
  return (event) => logger.info({ audit: "action", ...event }, "audit: action");
}

/** The parts of the audit trail this module uses (server/audit/auditTrail.ts `AuditTrail`). */
export interface AuditSink {
  record(event: AuditEventInput): void;
}

/** Audit events of action tracking into the audit trail, as `action.update`, one per actor. */
export function auditTrailRecorder(audit: AuditSink, store: Store): RecordAudit {
  return (event) => {
    const actors: AuditActor[] = event.userIds.flatMap((userId) => {
      const user = store.users.get(userId);
      return user
        ? [
            {
              kind: "user" as const,
              userId,
              username: user.username,
              organisationId: user.organisationId,
              role: user.role,
            },
          ]
        : [];
    });
    if (actors.length === 0) actors.push({ kind: "system", component: `actions.${event.via}` });
    for (const actor of actors) {
      audit.record({
        action: "action.update",
        actor,
        outcome: "allowed",
        caseId: event.caseId,
        ...(event.outsidePlan ? {} : { docName: caseDocName(event.caseId, "plan") }),
        // The action's API id, as reads and refusals of it name it: one action, one id in the trail.
        targetId: actionApiId(event.caseId, event.actionKey),
        detail: {
          what: event.what,
          via: event.via,
          fields: event.fields.join(","),
          ...(event.status ? { status: event.status } : {}),
        },
      });
    }
  };
}
