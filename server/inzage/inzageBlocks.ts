/**
 * The inzageoverzicht laid out as verslag blocks, so the verslag's PDF and DOCX renderers print it.
 * It is written for the person concerned: plain Dutch headings, a short explanation of what the ZVH
 * does with the data and why, and "-" where nothing is recorded rather than a missing section, so
 * the reader sees that a part was looked at and holds nothing.
 */
import type { VerslagBlock } from "../../shared/api/meetings.js";
import { samenvattingBlocks } from "../../shared/verslag/samenvattingBlocks.js";
import type { InzageCase, InzageContent } from "./inzageContent.js";

/** Dutch texts of the inzageoverzicht. */
export const INZAGE_LABELS = {
  title: "Inzageoverzicht persoonsgegevens",
  prepared: (on: string, organisation: string) =>
    `Opgesteld op ${on} door de procesregisseur van ${organisation}.`,
  confidential: "Vertrouwelijk: bestemd voor de persoon over wie het gaat.",
  purpose:
    "In het Zorg- en Veiligheidshuis werken partners uit zorg, veiligheid en het sociaal domein samen als de problemen van een persoon of gezin op meerdere leefgebieden spelen. De gegevens hieronder zijn vastgelegd om de taken van die partners op elkaar af te stemmen (Wet gegevensverwerking door samenwerkingsverbanden). U ontvangt dit overzicht omdat u om inzage heeft gevraagd (artikel 15 AVG).",
  yourData: "Uw persoonsgegevens",
  others: (count: number) =>
    count === 1
      ? "Deze casus gaat ook over 1 andere persoon. Diens gegevens staan niet in dit overzicht."
      : `Deze casus gaat ook over ${count} andere personen. Hun gegevens staan niet in dit overzicht.`,
  theCase: (title: string) => `Casus: ${title}`,
  caseCount: (count: number) =>
    count === 1
      ? "Uw gegevens staan in 1 casus van het Zorg- en Veiligheidshuis."
      : `Uw gegevens staan in ${count} casussen van het Zorg- en Veiligheidshuis.`,
  aanmelding: "Aanmelding",
  reden: "Reden van aanmelding",
  verwachting: "Wat de aanmelder van de partners hoopt",
  doel: "Doel van het casusoverleg",
  organisations: "Partners die bij de casus betrokken zijn",
  triage: "Triage",
  triageBesluiten: "Besluiten",
  date: "Datum",
  besluit: "Besluit",
  toelichting: "Toelichting",
  question: "Vraag",
  answer: "Antwoord",
  bekendBij: "Bij welke partners u bekend bent",
  partner: "Partner",
  rtiG: "Risicotaxatie geweld (RTI-G)",
  analyse: "Casusanalyse",
  leefgebieden: "Leefgebieden (Zelfredzaamheid-Matrix)",
  leefgebied: "Leefgebied",
  score: "Score",
  plan: "Plan van aanpak",
  actions: "Afgesproken acties",
  progress: "Voortgang van de acties",
  progressText: "Voortgang",
  action: "Actie",
  dueDate: "Uiterlijk",
  status: "Status",
  overleggen: "Casusoverleggen",
  present: "Aanwezige partners",
  besluiten: "Besluiten",
  access: "Wie uw gegevens heeft ingezien of gebruikt",
  accessIntro:
    "Per organisatie en functie: wat er met uw gegevens is gedaan, hoe vaak, en op welke dagen voor het eerst en voor het laatst.",
  organisation: "Organisatie",
  role: "Functie",
  what: "Handeling",
  count: "Aantal",
  first: "Eerste keer",
  last: "Laatste keer",
  nothing: "Niets vastgelegd.",
} as const;

const L = INZAGE_LABELS;

function nothing(): VerslagBlock {
  return { type: "paragraph", text: L.nothing };
}

function paragraphs(lines: readonly string[]): VerslagBlock[] {
  if (lines.length === 0) return [nothing()];
  return lines.map((text) => ({ type: "paragraph", text }));
}

function table(widths: number[], header: string[], rows: string[][]): VerslagBlock[] {
  if (rows.length === 0) return [nothing()];
  return [{ type: "table", header: true, widths, rows: [header, ...rows] }];
}

function facts(rows: [string, string][]): VerslagBlock {
  return { type: "table", header: false, widths: [0.35, 0.65], rows };
}

function triageBlocks({ triage }: InzageCase): VerslagBlock[] {
  return [
    { type: "heading", text: L.triage },
    ...table([0.35, 0.65], [L.question, L.answer], triage.criteria),
    { type: "paragraph", text: `${L.rtiG}: ${triage.rtiG ?? "-"}` },
    { type: "paragraph", text: L.bekendBij },
    ...table([0.6, 0.4], [L.partner, L.answer], triage.bekendBij),
    { type: "paragraph", text: L.triageBesluiten },
    ...table([0.2, 0.25, 0.55], [L.date, L.besluit, L.toelichting], triage.besluiten),
  ];
}

function overlegBlocks({ overleggen }: InzageCase): VerslagBlock[] {
  if (overleggen.length === 0) return [nothing()];
  return overleggen.flatMap((overleg): VerslagBlock[] => [
    { type: "paragraph", text: `${overleg.title}, ${overleg.date}` },
    facts([[L.present, overleg.organisations.join(", ") || "-"]]),
    ...(overleg.besluiten.length === 0
      ? []
      : [{ type: "list", ordered: true, items: overleg.besluiten } satisfies VerslagBlock]),
    ...samenvattingBlocks(overleg.samenvatting).filter((block) => block.type !== "heading"),
  ]);
}

/** What one case holds on the person: the case, then its parts. */
function caseBlocks(c: InzageCase): VerslagBlock[] {
  const { aanmelding } = c;
  return [
    { type: "heading", text: L.theCase(c.title) },
    facts(c.caseFacts),
    ...(c.otherPersons > 0
      ? [{ type: "paragraph", text: L.others(c.otherPersons) } satisfies VerslagBlock]
      : []),
    { type: "heading", text: L.aanmelding },
    aanmelding === null
      ? nothing()
      : facts([
          [L.reden, aanmelding.reden || "-"],
          [L.verwachting, aanmelding.verwachting || "-"],
          [L.doel, aanmelding.doel || "-"],
        ]),
    { type: "heading", text: L.organisations },
    c.organisations.length === 0
      ? nothing()
      : { type: "list", ordered: false, items: c.organisations },
    ...triageBlocks(c),
    { type: "heading", text: L.analyse },
    ...paragraphs(c.analyse),
    { type: "heading", text: L.leefgebieden },
    ...table(
      [0.22, 0.23, 0.4, 0.15],
      [L.leefgebied, L.score, L.toelichting, L.date],
      c.leefgebieden,
    ),
    { type: "heading", text: L.plan },
    ...paragraphs(c.plan),
    { type: "paragraph", text: L.actions },
    ...table([0.4, 0.25, 0.15, 0.2], [L.action, L.partner, L.dueDate, L.status], c.actions),
    ...(c.progress.length === 0
      ? []
      : [
          { type: "paragraph" as const, text: L.progress },
          ...table(
            [0.25, 0.15, 0.2, 0.4],
            [L.action, L.date, L.partner, L.progressText],
            c.progress,
          ),
        ]),
    { type: "heading", text: L.overleggen },
    ...overlegBlocks(c),
  ];
}

/** Lays out the inzageoverzicht: the person, each case that holds them, who accessed their data. */
export function inzageBlocks(content: InzageContent): VerslagBlock[] {
  return [
    { type: "title", text: L.title },
    { type: "note", text: L.prepared(content.preparedOn, content.preparedBy) },
    { type: "note", text: L.confidential },
    { type: "paragraph", text: L.purpose },
    { type: "heading", text: L.yourData },
    facts(content.person),
    { type: "paragraph", text: L.caseCount(content.cases.length) },
    ...content.cases.flatMap(caseBlocks),
    { type: "heading", text: L.access },
    { type: "paragraph", text: L.accessIntro },
    ...table(
      // Wide enough for each column's longest word at the PDF's table size (a role such as
      // "Procesregisseur", an action such as "Inzageoverzicht", "Aantal", a dd-mm-jjjj date), so
      // no word breaks in the middle; the organisation's name wraps between words.
      [0.25, 0.18, 0.18, 0.11, 0.14, 0.14],
      [L.organisation, L.role, L.what, L.count, L.first, L.last],
      content.access.map((row) => [
        row.organisation,
        row.role || "-",
        row.action,
        String(row.count),
        row.first,
        row.last,
      ]),
    ),
  ];
}
