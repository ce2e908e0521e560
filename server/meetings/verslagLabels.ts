/** The Dutch words of an exported verslag (server-rendered documents, not the client catalogue). */
import type { MeetingKind } from "../../shared/api/meetings.js";
import { ATTENDANCE_STATUS_LABELS } from "../../shared/domain/meeting.js";
import type { VerslagAttendance } from "../../shared/api/meetings.js";

/** Headings and column names of the verslag. */
export const VERSLAG_LABELS = {
  title: (caseTitle: string) => `Verslag casusoverleg: ${caseTitle}`,
  frozen: (version: number, frozenAt: string) => `Versie ${version}, vastgesteld op ${frozenAt}`,
  concept: "Concept: nog niet vastgesteld.",
  overleg: "Overleg",
  date: "Datum en tijd",
  location: "Locatie",
  chair: "Voorzitter",
  phase: "Fase van de casus",
  attendance: "Aanwezigheid",
  name: "Naam",
  organisation: "Organisatie",
  status: "Status",
  besluiten: "Besluiten",
  noBesluiten: "Er zijn geen besluiten vastgelegd.",
  actions: "Acties uit het plan van aanpak",
  noActions: "Het plan van aanpak bevat nog geen acties.",
  action: "Actie",
  responsible: "Verantwoordelijke",
  dueDate: "Deadline",
  confidential: "Vertrouwelijk: bevat persoonsgegevens. Niet verder verspreiden.",
  /** Beside a besluit or attendance the chair corrected after the overleg (date dd-mm-jjjj). */
  corrected: (date: string, name: string, reason: string | undefined) =>
    `gecorrigeerd op ${date} door ${name}${reason === undefined ? "" : `: ${reason}`}`,
  /** A besluit the chair withdrew after the overleg (date dd-mm-jjjj): it no longer stands. */
  withdrawn: (text: string, date: string, name: string, reason: string) =>
    `INGETROKKEN: ${text} (ingetrokken op ${date} door ${name}: ${reason})`,
} as const;

/** Dutch label per kind of overleg. */
export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  casusoverleg: "Casusoverleg",
  triageoverleg: "Triage-overleg",
  afschalingsoverleg: "Afschalingsoverleg",
  lokale_kamer: "Lokale kamer",
};

/** Dutch label of an attendance row's status. */
export function attendanceLabel(status: VerslagAttendance["status"]): string {
  return status === "onbekend" ? "Niet vastgelegd" : ATTENDANCE_STATUS_LABELS[status];
}
