/**
 * The kinds of action the audit trail records (NEN 7513 "what"). One list for both sides: the
 * server records them, the Beheer page filters on them and names them in Dutch.
 */
import { z } from "zod";

/** Every kind of audited action. Append only: entries on disk keep the names they were written with. */
export const AUDIT_ACTIONS = [
  "auth.login",
  "auth.login_failed",
  "auth.logout",
  "case.list",
  "case.search",
  "case.view",
  "case.create",
  "case.update",
  "case.triage_decision",
  "document.open",
  "document.edit",
  "document.close",
  "document.denied",
  "action.list",
  "action.view",
  "action.update",
  "audit.read",
  "audit.verify",
  "meeting.view",
  "meeting.update",
  "verslag.export",
  "account.list",
  "account.create",
  "account.update",
  "account.password",
  "report.view",
] as const;

/** Schema for one kind of audited action. */
export const AuditActionSchema = z.enum(AUDIT_ACTIONS, { message: "onbekende actie" });

/** One kind of audited action. */
export type AuditAction = z.infer<typeof AuditActionSchema>;
