/**
 * What an inzageoverzicht holds, gathered for one person concerned: their own personal data (never
 * the other persons' of a case), and per case of the region that holds them (personCases.ts) the
 * registration and its purpose, the partners involved, the triage, the casusanalyse, the
 * leefgebieden, the plan van aanpak with its actions and the overleggen with a fixed verslag; then
 * who accessed their data in any of those cases (accessOverview.ts). The
 * casusanalyse and the plan hold what the partners wrote under the template's headings, without
 * the template's guidance (templateGuidance.ts).
 * Professionals appear by organisation, not by name: the person learns which partners hold and
 * use their data, as art. 15 AVG asks, without a list of staff. Everything is text ready to print.
 */
import { memberOrganisationOf } from "../commands/memberOrganisation.js";
import type { Betrokkene } from "../../shared/domain/case.js";
import { CASE_KIND_LABELS, CASE_PHASE_LABELS } from "../../shared/domain/case.js";
import {
  ANSWER_LABELS,
  ADVIES_LABELS,
  RTIG_LEVEL_LABELS,
  TRIAGE_CRITERIA,
  TRIAGE_CRITERION_LABELS,
} from "../../shared/domain/triage.js";
import {
  LEEFGEBIEDEN,
  LEEFGEBIED_LABELS,
  ZRM_SCORE_LABELS,
  type ZrmScore,
} from "../../shared/domain/leefgebied.js";
import { readLeefgebieden, type LeefgebiedenDocValue } from "../../shared/docs/leefgebiedenDoc.js";
import { readActionItems, type PlanActionItem } from "../../shared/docs/planDoc.js";
import { readProseText } from "../../shared/docs/proseDoc.js";
import { readTriage, type TriageDocValue } from "../../shared/docs/triageDoc.js";
import type * as Y from "yjs";
import { caseDocName, type CaseDocKind } from "../../shared/wire/docNames.js";
import { dutchDate } from "../../shared/domain/regionTime.js";
import type { TemplateSet } from "../../shared/templates/templateSet.js";
import { writtenBlocks } from "../../shared/templates/templateGuidance.js";
import type { AuditTrail } from "../audit/auditTrail.js";
import { withDocument, type DocumentOpener } from "../meetings/documentReader.js";
import { verslagActions } from "../meetings/planActions.js";
import { dutchCalendarDate, dutchDateOf } from "../../shared/domain/regionTime.js";
import type { ActionProgressRecord, CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { accessRows, entriesAbout, type AccessRow } from "./accessOverview.js";

/** One overleg in which the case was discussed, as its latest fixed verslag records it. */
export interface InzageOverleg {
  date: string;
  title: string;
  /** Organisations present in the case's slot. */
  organisations: string[];
  besluiten: string[];
  samenvatting: string;
}

/** What one case holds on the person, every value a printable text. */
export interface InzageCase {
  title: string;
  /** How many other persons the case is about (not named: their data is theirs). */
  otherPersons: number;
  caseFacts: [string, string][];
  aanmelding: { reden: string; verwachting: string; doel: string } | null;
  organisations: string[];
  triage: {
    besluiten: string[][];
    criteria: string[][];
    bekendBij: string[][];
    rtiG: string | null;
  };
  analyse: string[];
  leefgebieden: string[][];
  plan: string[];
  actions: string[][];
  /** Each progress note on an action: the action, the date, the writer's organisation, the note. */
  progress: string[][];
  overleggen: InzageOverleg[];
}

/** The inzageoverzicht's content. */
export interface InzageContent {
  preparedOn: string;
  /** The organisation (the ZVH) of the procesregisseur who prepared it. */
  preparedBy: string;
  /** Label and value of each personal data field the first case holds on the person. */
  person: [string, string][];
  cases: InzageCase[];
  access: AccessRow[];
}

/** The person as one case of the region holds them. */
export interface PersonInCase {
  record: CaseRecord;
  person: Betrokkene;
}

/** What gathering an inzageoverzicht reads. */
export interface InzageSources {
  store: Store;
  open: DocumentOpener;
  audit: AuditTrail;
  /** The templates: their guidance is left out of the casusanalyse and the plan. */
  templates: TemplateSet;
}

/** An ISO instant as a Dutch date, or "-" when absent or unreadable. */
function dateOf(iso: string | null | undefined): string {
  if (!iso) return "-";
  const instant = new Date(iso);
  return Number.isNaN(instant.getTime()) ? "-" : dutchDateOf(instant);
}

function personFields(person: Betrokkene): [string, string][] {
  const fields: [string, string | undefined][] = [
    ["Naam", person.naam],
    ["Geboortedatum", dutchCalendarDate(person.geboortedatum)],
    ["BSN", person.bsn],
    ["Adres", person.adres],
    ["Postcode", person.postcode],
    ["Woonplaats", person.woonplaats],
  ];
  return fields.filter(
    (field): field is [string, string] => field[1] !== undefined && field[1] !== "",
  );
}

/** Names an organisation by id ("-" for one that is gone). */
function nameOf(store: Store): (organisationId: string) => string {
  return (organisationId) => store.organisations.get(organisationId)?.name ?? "-";
}

/**
 * Every progress note on the case's actions, oldest first: the action (as the plan names it now;
 * one taken out of the plan since is said to be), the date, the organisation the writer sits at the
 * case for (never the writer's name), and the note.
 */
function progressRows(store: Store, found: CaseRecord, actions: readonly PlanActionItem[]) {
  // Recorded with the note; a note from before that names the writer's organisation of now.
  const organisationOf = (note: ActionProgressRecord): string => {
    const member = found.participants.find((p) => p.userId === note.by);
    const id =
      note.organisationId ??
      (member ? memberOrganisationOf(store, member) : store.users.get(note.by)?.organisationId);
    return id === undefined ? "-" : nameOf(store)(id);
  };
  // The first action with an id is the one the index tracks by it (a copy gets a position key).
  const textOf = new Map<string | null, string>();
  for (const action of actions) {
    if (!textOf.has(action.id)) textOf.set(action.id, action.text || "-");
  }
  return store.progress
    .ofCase(found.id)
    .map((note) => [
      textOf.get(note.actionKey) ?? ACTION_NOT_IN_PLAN,
      dateOf(note.at),
      organisationOf(note),
      note.text,
    ]);
}

/** What the inzageoverzicht notes beside a leefgebied's score that a later one replaced. */
const EARLIER_SCORE_NOTE = "(eerdere score)";

/** How the inzageoverzicht names an action that was taken out of the plan after notes on it. */
const ACTION_NOT_IN_PLAN = "(actie niet meer in het plan)";

/** The partner organisations of the case's team and of its aanmelding, by name. */
function involvedOrganisations(store: Store, found: CaseRecord): string[] {
  const ids = [
    ...found.participants.map((p) => memberOrganisationOf(store, p)),
    ...(found.aanmelding?.partners ?? []).map((p) => p.organisationId),
  ];
  const names = ids.flatMap((id) => {
    const name = id === undefined ? undefined : store.organisations.get(id)?.name;
    return name === undefined ? [] : [name];
  });
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, "nl"));
}

/** The aanmelder's question only: the intake's contacts are the partners', not the person's. */
function aanmeldingOf({ aanmelding }: CaseRecord): InzageCase["aanmelding"] {
  if (aanmelding === undefined) return null;
  const { reden, verwachting, doel } = aanmelding;
  return { reden, verwachting, doel };
}

function caseFactsOf(found: CaseRecord): [string, string][] {
  const informed = found.aanmelding?.betrokkeneGeinformeerd;
  return [
    ["Soort overleg", CASE_KIND_LABELS[found.kind]],
    ["Fase", CASE_PHASE_LABELS[found.phase]],
    ["Gemeente", found.gemeente],
    ["Aangemeld op", dateOf(found.createdAt)],
    ["Betrokkene geïnformeerd", informed === undefined ? "-" : informed ? "Ja" : "Nee"],
  ];
}

function triageOf(
  found: CaseRecord,
  triage: TriageDocValue,
  organisationName: (id: string) => string,
): InzageCase["triage"] {
  return {
    besluiten: (found.triageBesluiten ?? []).map((b) => [
      dateOf(b.computedAt),
      ADVIES_LABELS[b.besluit],
      b.toelichting || "-",
    ]),
    criteria: TRIAGE_CRITERIA.map((id) => [
      TRIAGE_CRITERION_LABELS[id],
      ANSWER_LABELS[triage.criteria[id].answer],
    ]),
    bekendBij: Object.entries(triage.bekendBij)
      .map(([id, entry]) => [organisationName(id), ANSWER_LABELS[entry.answer]])
      .sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? "", "nl")),
    rtiG: triage.rtiG.level === null ? null : RTIG_LEVEL_LABELS[triage.rtiG.level],
  };
}

/** Per leefgebied its current score with the note, then each earlier score, newest first. */
function leefgebiedRows({ scores }: LeefgebiedenDocValue): string[][] {
  const scoreText = (score: ZrmScore) => `${score} ${ZRM_SCORE_LABELS[score]}`;
  return LEEFGEBIEDEN.flatMap((leefgebied) => {
    const entry = scores[leefgebied];
    if (entry === undefined) return [];
    const label = LEEFGEBIED_LABELS[leefgebied];
    const score = entry.score === null ? "-" : scoreText(entry.score);
    const earlier = [...entry.history]
      .reverse()
      .map((s) => [label, scoreText(s.score), EARLIER_SCORE_NOTE, dateOf(s.givenOn)]);
    return [[label, score, entry.note ?? "-", dateOf(entry.givenOn)], ...earlier];
  });
}

/** Gathers what one case holds on the person. */
async function collectCase(
  sources: InzageSources,
  found: CaseRecord,
  now: Date,
): Promise<InzageCase> {
  const { store, open, templates } = sources;
  const read = <T>(kind: CaseDocKind, use: (doc: Y.Doc) => T) =>
    withDocument(open, caseDocName(found.id, kind), use);
  const triage = await read("triage", (doc) => readTriage(doc).value);
  const analyse = await read("analyse", (doc) => readProseText(doc).value);
  const leefgebieden = await read("leefgebieden", (doc) => readLeefgebieden(doc).value);
  const plan = await read("plan", (doc) => ({
    text: readProseText(doc).value,
    actions: readActionItems(doc).value,
  }));
  const actionTexts = new Set(plan.actions.map((a) => a.text));
  return {
    title: found.title,
    otherPersons: found.betrokkenen.length - 1,
    caseFacts: caseFactsOf(found),
    aanmelding: aanmeldingOf(found),
    organisations: involvedOrganisations(store, found),
    triage: triageOf(found, triage, nameOf(store)),
    analyse: writtenBlocks(analyse.split("\n"), templates.analyse[found.kind]),
    leefgebieden: leefgebiedRows(leefgebieden),
    // The actions are in their own table, with partner, date and status.
    plan: writtenBlocks(plan.text.split("\n"), templates.plan[found.kind], actionTexts),
    actions: verslagActions(store, plan.actions, dutchDate(now)).map((a) => [
      a.text,
      a.organisation,
      a.dueDate,
      a.status,
    ]),
    progress: progressRows(store, found, plan.actions),
    overleggen: overlegsOf(store, found.id),
  };
}

/**
 * Gathers the content for the person as `held` (the case asked from first, then the others),
 * prepared by the organisation `preparedBy` at `now`.
 */
export async function collectInzage(
  sources: InzageSources,
  held: readonly PersonInCase[],
  preparedBy: string,
  now: Date,
): Promise<InzageContent> {
  const first = held[0];
  if (first === undefined) throw new Error("an inzageoverzicht needs a case");
  const cases: InzageCase[] = [];
  for (const { record } of held) cases.push(await collectCase(sources, record, now));
  const entries = await entriesAbout(
    sources.audit,
    held.map(({ person }) => person.id),
  );
  return {
    preparedOn: dutchDateOf(now),
    preparedBy,
    person: personFields(first.person),
    cases,
    access: accessRows(entries, nameOf(sources.store)),
  };
}

/** The overleggen with a fixed verslag of the case, by their latest version, oldest first. */
function overlegsOf(store: Store, caseId: string): InzageOverleg[] {
  const startOf = (meetingId: string) => store.meetings.get(meetingId)?.startsAt ?? "";
  const latest = store.verslagen.latestOfCase(caseId);
  latest.sort((a, b) => startOf(a.meetingId).localeCompare(startOf(b.meetingId)));
  return latest.map(({ content }) => ({
    date: content.meetingDate,
    title: content.meetingTitle,
    organisations: [
      ...new Set(
        content.attendance.filter((a) => a.status === "aanwezig").map((a) => a.organisation),
      ),
    ],
    besluiten: content.besluiten,
    samenvatting: content.samenvatting,
  }));
}
