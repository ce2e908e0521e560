/**
 * The Dutch names of the API's input fields, for the 400 messages a user reads: a refused field
 * is named as its form calls it ("Datum", "Agendapunt 2: uitgenodigd"), not by its key in the
 * JSON body. A field missing here keeps its key, so every message still names a field.
 */
import type { z } from "zod";

/** The name of a field as its form shows it, by its key in a request body or query. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  // Signing in, accounts
  username: "Gebruikersnaam",
  password: "Wachtwoord",
  huidig: "Huidig wachtwoord",
  name: "Naam",
  nieuw: "Nieuw wachtwoord",
  displayName: "Naam",
  organisationId: "Organisatie",
  role: "Rol",
  regio: "Regio",
  disabled: "Geblokkeerd",
  // Aanmelding and case
  kind: "Soort",
  gemeente: "Gemeente",
  betrokkenen: "Betrokkenen",
  naam: "Naam",
  geboortedatum: "Geboortedatum",
  bsn: "BSN",
  adres: "Adres",
  postcode: "Postcode",
  woonplaats: "Woonplaats",
  reden: "Reden",
  verwachting: "Verwachting",
  doel: "Doel",
  partners: "Partners",
  contactpersoon: "Contactpersoon",
  betrokkeneGeinformeerd: "Betrokkene geïnformeerd",
  redenNietGeinformeerd: "Reden dat de betrokkene niet is geïnformeerd",
  besluit: "Besluit",
  toelichting: "Toelichting",
  zoekterm: "Zoekterm",
  fase: "Fase",
  oordeel: "Oordeel",
  sort: "Sortering",
  page: "Pagina",
  pageSize: "Aantal per pagina",
  // Case team
  userId: "Gebruiker",
  caseRole: "Rol in de casus",
  readOnly: "Alleen lezen",
  // Actions
  status: "Status",
  vervallenReden: "Reden dat de actie vervalt",
  dueDate: "Deadline",
  responsible: "Verantwoordelijke",
  voortgang: "Voortgang",
  // Overleggen
  title: "Titel",
  date: "Datum",
  time: "Begintijd",
  location: "Locatie",
  videoLink: "Videolink",
  chairUserId: "Voorzitter",
  agenda: "Agenda",
  caseId: "Casus",
  plannedMinutes: "Minuten",
  invitees: "Uitgenodigd",
  meetingId: "Overleg",
  samenvatting: "Samenvatting",
  version: "Versie",
  text: "Tekst",
  reason: "Reden",
  akkoord: "Akkoord",
  // Afschaling (in the overleg and on the case page)
  criteriaMet: "Afschalingscriteria",
  handedBackTo: "Overgedragen aan",
  // Retention, reports, audit trail
  tot: "Bewaren tot",
  maanden: "Maanden",
  from: "Van",
  to: "Tot en met",
  limit: "Aantal regels",
  before: "Vanaf regel",
  subjectId: "Persoon-id",
  action: "Actie",
};

/** How one item of a list field is called, numbered from 1: "Agendapunt 2". */
const ITEM_LABELS: Readonly<Record<string, string>> = {
  agenda: "Agendapunt",
  betrokkenen: "Betrokkene",
  partners: "Partner",
};

/**
 * The Dutch name of a field path, as zod gives it (`["agenda", 1, "invitees"]`) or as a command
 * writes it (`"agenda.1.invitees"`): "Agendapunt 2: uitgenodigd". Parts without a name keep
 * their key.
 */
export function fieldLabel(path: string | readonly PropertyKey[]): string {
  const parts = typeof path === "string" ? path.split(".") : path.map(String);
  const named: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    const next = parts[i + 1];
    const item = ITEM_LABELS[part];
    if (item !== undefined && next !== undefined && /^\d+$/.test(next)) {
      named.push(`${item} ${Number(next) + 1}`);
      i++;
      continue;
    }
    // The place in a list of plain values ("fase.0") tells the user nothing the field does not.
    if (/^\d+$/.test(part) && named.length > 0) continue;
    named.push(FIELD_LABELS[part] ?? part);
  }
  // After the first part a name reads on in lower case, an abbreviation ("BSN") as it is.
  const inSentence = (name: string) =>
    /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  return named.map((name, i) => (i === 0 ? name : inSentence(name))).join(": ");
}

/** The 400 message for a refused field: `Ongeldige invoer in veld "Datum": <reason>`. */
export function invalidFieldMessage(path: string | readonly PropertyKey[], reason: string): string {
  return `Ongeldige invoer in veld "${fieldLabel(path)}": ${reason}`;
}

/**
 * What is wrong with `input` by `schema`, as the 400 says it: the first problem, naming its field
 * (`Ongeldige invoer in veld "Datum": …`, or `Ongeldige invoer: …` for the input as a whole); null
 * when it is valid. The server answers with it, and a form that sends one schema says it first.
 */
export function firstInvalidField(schema: z.ZodType, input: unknown): string | null {
  const result = schema.safeParse(input);
  return result.success ? null : invalidInputMessage(result.error);
}

/** The message of a refused input: its first problem, naming the field where there is one. */
export function invalidInputMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  const message = (issue?.message ?? "onbekende fout").replace(/\.?$/, ".");
  // An issue with the input as a whole (an unknown parameter, a body that is no object) names none.
  if (!issue || issue.path.length === 0) return `Ongeldige invoer: ${message}`;
  return invalidFieldMessage(issue.path, message);
}
