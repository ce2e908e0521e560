/** Dutch texts of the audit trail on the Beheer page. */
import { AUDIT_ACTION_LABELS } from "../../../shared/domain/auditAction.js";

export const audit = {
  title: "Audittrail",
  intro:
    "Wie wanneer welke gegevens heeft ingezien of gewijzigd, het nieuwste eerst. Casussen en personen staan hier alleen met hun id: de audittrail bevat geen namen. Ook het inzien van de audittrail wordt vastgelegd.",
  actionLabels: AUDIT_ACTION_LABELS,
  /** An action the page has no label for (written by a newer or older version). */
  unknownAction: (action: string): string => action,
  filters: "Filters",
  filterSubject: "Persoon-id",
  exportCsv: "Exporteren als CSV (alle regels van dit filter)",
  personTitle: "Overzicht per persoon",
  personIntro:
    "Zoek een betrokkene op BSN en geboortedatum: de audittrail toont dan alles wat met diens gegevens is gedaan, in alle casussen waarin deze persoon voorkomt, op volgorde van tijd. Het BSN en de naam worden niet vastgelegd, alleen wie u heeft opgezocht.",
  personBsn: "BSN",
  personName: "Naam (alleen zonder BSN)",
  personNameHint:
    "Voor iemand die zonder BSN is vastgelegd: de volledige naam zoals in de casus. Wie een BSN heeft, vindt u alleen op BSN.",
  personBirthDate: "Geboortedatum",
  personFind: "Zoek persoon",
  personFound: (cases: number): string =>
    cases === 1
      ? "Gevonden in 1 casus: de audittrail toont alles over deze persoon."
      : `Gevonden in ${cases} casussen: de audittrail toont alles over deze persoon.`,
  personNotFound:
    "Niemand met dit BSN (of, zonder BSN, deze naam) en deze geboortedatum in de casussen (een vernietigde casus telt niet meer mee).",
  filterCase: "Casus-id",
  filterUser: "Gebruiker-id",
  filterUserHint: "Wat deze gebruiker deed, en wijzigingen aan diens account.",
  filterAction: "Actie",
  anyAction: "Alle acties",
  filterFrom: "Van",
  filterTo: "Tot en met",
  apply: "Toon",
  clear: "Wis filters",
  /** A filter field the form refused, and why (the shared schema's reason). */
  invalidFilter: (field: string, reason: string): string => `${field}: ${reason}.`,
  loading: "Audittrail wordt geladen…",
  empty: "Er zijn geen regels die aan deze filters voldoen.",
  count: (n: number, more: boolean): string =>
    `${n === 1 ? "1 regel" : `${n} regels`} getoond${more ? "; er zijn oudere regels" : ""}.`,
  loadMore: "Meer laden",
  loadingMore: "Oudere regels worden geladen…",
  columnWhen: "Wanneer",
  columnWho: "Wie",
  columnAction: "Actie",
  columnOutcome: "Uitkomst",
  columnCases: "Casus",
  columnSubjects: "Personen",
  columnDocument: "Document",
  columnDetails: "Details",
  seq: (seq: number): string => `regel ${seq}`,
  allowed: "Toegestaan",
  denied: "Geweigerd",
  system: "Systeem",
  target: "Betreft",
  caseCount: (n: number): string => (n === 1 ? "1 casus" : `${n} casussen`),
  subjectCount: (n: number): string => (n === 1 ? "1 persoon" : `${n} personen`),
  filterOnCase: (id: string): string => `Toon alleen casus ${id}`,
  filterOnSubject: (id: string): string => `Toon alleen persoon ${id}`,
  filterOnUser: (username: string): string => `Toon alleen gebruiker ${username}`,
  filterOnAccount: (id: string): string => `Toon alleen gebruiker ${id}`,
  damaged: "Beschadigde regel",
  damagedLine: (file: string, line: number): string =>
    `Regel ${line} van bestand ${file} kan niet worden gelezen. De inhoud wordt niet getoond; controleer de keten.`,
  damagedLines: (file: string, first: number, last: number, lines: number): string =>
    `Regels ${first} tot en met ${last} van bestand ${file} (${lines} regels) kunnen niet worden gelezen. De inhoud wordt niet getoond; controleer de keten.`,
  damagedNotice: (n: number): string =>
    `${n === 1 ? "Eén regel" : `${n} regels`} van de audittrail ${n === 1 ? "kan" : "kunnen"} niet worden gelezen en ${n === 1 ? "staat" : "staan"} als beschadigde regel in de tabel. Beschadigde regels worden bij elk filter getoond.`,
  chainTitle: "Controle van de keten",
  chainIntro:
    "Elke regel bevat een vingerafdruk van de regel ervoor. Een gewijzigde of verwijderde regel breekt die keten.",
  chainCheck: "Keten controleren",
  chainChecking: "Bezig met controleren…",
  chainOk: (checked: number): string =>
    `De keten is intact: ${checked === 1 ? "1 regel" : `${checked} regels`} gecontroleerd.`,
  chainUnkeyed:
    "Let op: deze server ondertekent het anker van de audittrail niet (AUDIT_ANCHOR_KEY is niet ingesteld). De controle ziet regels die met de hand zijn gewijzigd of verwijderd, maar niet een audittrail die iemand met schrijfrechten op de datamap volledig opnieuw heeft berekend. Vraag de systeembeheerder een sleutel in te stellen.",
  chainBroken: (seq: number): string =>
    `De keten is verbroken bij regel ${seq}: die regel is gewijzigd of onleesbaar, of er ontbreekt een regel. De regels daarvoor kloppen.`,
  /** Where the break stands in the files: appended to `chainBroken`. */
  chainPlace: (place: { file: string; line: number }): string =>
    ` Plaats: regel ${place.line} van bestand ${place.file}.`,
  /** Entries numbered but gone: appended to `chainBroken`. */
  chainMissing: (missing: { fromSeq: number; toSeq: number }): string =>
    missing.fromSeq === missing.toSeq
      ? ` Regel ${missing.fromSeq} ontbreekt.`
      : ` De regels ${missing.fromSeq} tot en met ${missing.toSeq} ontbreken.`,
  chainAlsoNewestMissing: " Ook de nieuwste regels ontbreken.",
  chainAnchorUnsigned:
    "Het anker van de audittrail is niet ondertekend met de sleutel van deze server: het anker, en mogelijk de audittrail zelf, is buiten Casustafel om opnieuw geschreven.",
  chainNewestMissing: (checked: number, anchoredSeq: number): string =>
    `De nieuwste regels ontbreken: de audittrail eindigt bij regel ${checked}, maar er waren al ${anchoredSeq} regels vastgelegd. De regels daarvoor kloppen.`,
};
