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
  "case.export",
  "case.retention_extend",
  "case.retention_withdraw",
  "case.purge",
  "settings.retention",
  "organisation.create",
  "organisation.update",
  "case.erase",
] as const;

/** Schema for one kind of audited action. */
export const AuditActionSchema = z.enum(AUDIT_ACTIONS, { message: "onbekende actie" });

/** One kind of audited action. */
export type AuditAction = z.infer<typeof AuditActionSchema>;

/**
 * What each audited action is called in Dutch: on the Beheer page, and in the overview of who
 * accessed a person's data that an inzageoverzicht gives that person.
 */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "auth.login": "Ingelogd",
  "auth.login_failed": "Inloggen mislukt",
  "auth.logout": "Uitgelogd",
  "case.list": "Casuslijst bekeken",
  "case.search": "Casussen gezocht",
  "case.view": "Casus bekeken",
  "case.create": "Casus aangemeld",
  "case.update": "Casus gewijzigd",
  "case.triage_decision": "Triagebesluit genomen",
  "document.open": "Document geopend",
  "document.edit": "Document bewerkt",
  "document.close": "Document gesloten",
  "document.denied": "Document openen geweigerd",
  "action.list": "Actielijst bekeken",
  "action.view": "Acties van casus bekeken",
  "action.update": "Actie gewijzigd",
  "audit.read": "Audittrail ingezien",
  "audit.verify": "Audittrail gecontroleerd",
  "meeting.view": "Overleg bekeken",
  "meeting.update": "Overleg gewijzigd",
  "verslag.export": "Verslag geëxporteerd",
  "account.list": "Accounts bekeken",
  "account.create": "Account aangemaakt",
  "account.update": "Account gewijzigd",
  "account.password": "Wachtwoord ingesteld",
  "report.view": "Rapportage bekeken",
  "case.export": "Inzageoverzicht opgesteld",
  "case.retention_extend": "Bewaartermijn verlengd",
  "case.retention_withdraw": "Verlenging bewaartermijn ingetrokken",
  "case.purge": "Casus vernietigd",
  "case.erase": "Aanmelding verwijderd (ten onrechte)",
  "settings.retention": "Bewaartermijn ingesteld",
  "organisation.create": "Organisatie toegevoegd",
  "organisation.update": "Organisatie gewijzigd",
};
