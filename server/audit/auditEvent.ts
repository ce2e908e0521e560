/**
 * What the audit trail records (NEN 7513): who (user, organisation, role), when, which persons'
 * data (betrokkene ids, never names), what action, and whether it was allowed. Details are ids and
 * enums only; personal data never enters the trail beyond the ids that point at it.
 */
import type { AuditAction } from "../../shared/domain/auditAction.js";
import type { Role } from "../../shared/domain/roles.js";

export { AUDIT_ACTIONS, type AuditAction } from "../../shared/domain/auditAction.js";

/** Who acted: a user (with organisation and role at that moment) or the system itself. */
export type AuditActor =
  | { kind: "user"; userId: string; username: string; organisationId: string; role: Role }
  | { kind: "system"; component: string };

/** An event as code records it. */
export interface AuditEventInput {
  action: AuditAction;
  actor: AuditActor;
  outcome: "allowed" | "denied";
  caseId?: string;
  /** The cases a list showed data of (one entry per read, however many cases it showed). */
  caseIds?: string[];
  docName?: string;
  /** Ids (not names) of anything else touched, e.g. an action or meeting id. */
  targetId?: string;
  /** Small, non-personal facts: counts, enums, access levels. */
  detail?: Record<string, string | number | boolean>;
  /**
   * The persons whose data the event touched, when that is some of the case's persons only (an
   * inzageoverzicht is about one of them); otherwise every person of the named cases.
   */
  subjectIds?: string[];
}

/** An event as stored: numbered, timestamped, with the persons concerned and a hash chain. */
export interface AuditEntry extends AuditEventInput {
  seq: number;
  at: string;
  /** Betrokkene ids of the case(s) at the time: whose data was touched. */
  subjectIds: string[];
  /** Hash of the previous entry; with `hash` it makes the trail tamper-evident. */
  prevHash: string;
  hash: string;
}
