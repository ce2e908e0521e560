/** The shape of the metadata store (one lowdb JSON document) and its stored records. */
import type { CaseErasureReason } from "../../shared/api/caseErasure.js";
import type { TriageSummary } from "../../shared/api/cases.js";
import type {
  AfschalingCriterion,
  MeetingKind,
  MeetingStatus,
  VerslagContent,
} from "../../shared/api/meetings.js";
import type { ProgressNote } from "../../shared/domain/action.js";
import type { Case, CasePhase } from "../../shared/domain/case.js";
import type { AgendaItem, Meeting } from "../../shared/domain/meeting.js";
import type { Organisation } from "../../shared/domain/organisation.js";
import type { Role } from "../../shared/domain/roles.js";
import type { Advies, TriageRecord } from "../../shared/domain/triage.js";
import { RETENTION_MONTHS } from "../../shared/api/retention.js";
import type { ActionFacts, CaseFacts } from "../reports/reportFacts.js";

/** Bumped when the stored shape changes incompatibly; start-up refuses an unknown version. */
export const STORE_SCHEMA_VERSION = 1;

/** A user account as stored (with its password hash, which never leaves the server). */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  organisationId: string;
  role: Role;
  regio: string;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  /** Set when a beheerder set the password (a new account, a reset); cleared when the user sets their own. */
  mustChangePassword?: boolean;
}

/** A login session. The id is the SHA-256 of the cookie token, so a leaked store holds no usable token. */
export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
}

/** The registration behind a case (aanmelding), as the aanmelder filled it in. Personal data. */
export interface AanmeldingRecord {
  reden: string;
  verwachting: string;
  doel: string;
  partners: { organisationId: string; contactpersoon: string }[];
  betrokkeneGeinformeerd: boolean;
  redenNietGeinformeerd: string | null;
}

/** A triage decision: the engine's result it was taken on (with rulesVersion), and who/when. */
export interface TriageBesluitRecord extends TriageRecord {
  besluit: Advies;
  toelichting: string;
}

/** A case as stored: the shared Case plus optional fields added after the first schema. */
export interface CaseRecord extends Case {
  aanmelding?: AanmeldingRecord;
  /** Latest engine outcome from the live triage and leefgebieden documents (see triageSummary.ts). */
  triageSummary?: TriageSummary;
  /** Triage decisions, oldest first. */
  triageBesluiten?: TriageBesluitRecord[];
  /** Users who opened the case; a registration nobody opened yet shows as new. */
  seenBy?: string[];
  /** Extensions of its retention after closing, oldest first (server/retention). */
  retentionExtensions?: RetentionExtensionRecord[];
  /**
   * Set when its destruction began: nobody sees the case any more, and the retention job finishes
   * the removal (also after a crash) and then keeps only these report facts; none for a
   * registration erased as made in error (shared/api/caseErasure.ts), which the reports do not count.
   */
  destroying?: {
    since: string;
    facts: RetiredCaseFacts | null;
    /** Set for a registration erased as made in error: why (for a resumed run's audit entry). */
    erasure?: { reden: CaseErasureReason };
  };
}

/** A procesregisseur kept a closed case longer: until which date (yyyy-mm-dd), why, who, when. */
export interface RetentionExtensionRecord {
  until: string;
  reason: string;
  by: string;
  at: string;
  /** Set when a procesregisseur withdrew it: it stays on record but no longer counts. */
  withdrawn?: { by: string; at: string };
}

/** Settings the beheerder manages for the whole ZVH. */
export interface SettingsRecord {
  /** Months a closed case is kept after its closing date. */
  retentionMonths: number;
  /**
   * Whether the period was chosen: by a beheerder, or as the default of a store created with
   * retention. A store upgraded from before gets the default unconfirmed, and nothing is destroyed
   * until a beheerder confirms a period: an upgrade never destroys cases by a term nobody chose.
   */
  retentionConfirmed: boolean;
}

/**
 * What the reports still count of a destroyed case: enums, Dutch dates and organisation ids only
 * (no id, title or name), so past reports stay right after the case itself is gone.
 */
export interface RetiredCaseFacts {
  regio: string;
  case: CaseFacts;
  actions: ActionFacts[];
}

/** Everything the metadata store holds. Case documents live elsewhere (the document store). */
export interface StoreData {
  schemaVersion: number;
  organisations: Organisation[];
  users: UserRecord[];
  sessions: SessionRecord[];
  cases: CaseRecord[];
  /** Planned overleggen (casusoverleg sittings); see server/meetings. */
  meetings: MeetingRecord[];
  /** Signed geheimhoudingsverklaringen, one per person per overleg. */
  verklaringen: VerklaringRecord[];
  /** Frozen verslagen (minutes), one record per version per case per overleg. */
  verslagen: VerslagRecord[];
  /** The samenvatting a chair is writing for a slot's next verslag version, at most one per slot. */
  samenvattingConcepts: SamenvattingConceptRecord[];
  /** Phase changes a chair made from an overleg (uitvoering, afschaling, gesloten). */
  phaseChanges: PhaseChangeRecord[];
  /** Progress notes on actions (voortgang), oldest first; only ever added. */
  actionProgress: ActionProgressRecord[];
  settings: SettingsRecord;
  /** The report facts of destroyed cases. */
  retiredCases: RetiredCaseFacts[];
}

/** One agenda slot as stored: the shared agenda item plus who is invited to it. */
export interface MeetingSlotRecord extends AgendaItem {
  invitees: string[];
  /**
   * Set when the case discussed here was destroyed: the slot lost its case, title and documents;
   * reports still count it as a case slot (with a fixed verslag when it had one).
   */
  removedCase?: { hadVerslag: boolean };
  /**
   * Invitees taken off the slot while the overleg ran, because they left the case team: no longer
   * invited (so no guest route to the case either), but whose attendance the verslag still records.
   */
  withdrawn?: string[];
}

/** An overleg as stored; its live state (current slot, timer, attendance) lives in Yjs documents. */
export interface MeetingRecord extends Meeting {
  kind: MeetingKind;
  agenda: MeetingSlotRecord[];
  /** Planned end: the start plus every slot's minutes. */
  endsAt: string;
  videoLink?: string;
  status: MeetingStatus;
  startedAt?: string;
  endedAt?: string;
  /** Shared by the occurrences of one recurring pattern. */
  seriesId?: string;
  /** The overleg this one follows up (carry-over). */
  followUpOf?: string;
  /** Counts the changes to its plan (absent: never changed); open screens compare it to reload. */
  planRevision?: number;
}

/** A signed geheimhoudingsverklaring: who (name as at signing), when, for which overleg. */
export interface VerklaringRecord {
  meetingId: string;
  userId: string;
  displayName: string;
  organisationName: string;
  signedAt: string;
  /** Version line of the template text that was signed. */
  templateVersion: string;
}

/** A frozen, dated version of the verslag of one case in one overleg. */
export interface VerslagRecord {
  meetingId: string;
  agendaItemId: string;
  caseId: string;
  version: number;
  frozenAt: string;
  frozenBy: string;
  content: VerslagContent;
}

/**
 * The samenvatting a chair is writing for the next version of a slot's verslag, stored as they type
 * so a crashed laptop or a closed tab loses nothing; gone once that version is fixed.
 */
export interface SamenvattingConceptRecord {
  meetingId: string;
  agendaItemId: string;
  caseId: string;
  /** The version this text is meant for: one above the highest fixed when it was stored. */
  forVersion: number;
  text: string;
  savedAt: string;
  savedBy: string;
}

/**
 * A phase change made from an overleg (or, for an afschaling brought up to date and the closing
 * after it, on the case page), with the afschaling checklist when it applies.
 */
export interface PhaseChangeRecord {
  caseId: string;
  /** The overleg the change was made in; absent for one made on the case page (afschaling). */
  meetingId?: string;
  from: CasePhase;
  to: CasePhase;
  at: string;
  by: string;
  afschaling?: { criteriaMet: AfschalingCriterion[]; handedBackTo: string; toelichting: string };
}

/** One progress note on an action of a case's plan, by the action's index key (its node id). */
export interface ActionProgressRecord extends ProgressNote {
  caseId: string;
  actionKey: string;
  /**
   * The organisation the writer sat at the case for when writing (the inzageoverzicht names it);
   * absent only in notes written before it was recorded.
   */
  organisationId?: string;
}

/** A fresh, empty store. */
export function emptyStoreData(): StoreData {
  return {
    schemaVersion: STORE_SCHEMA_VERSION,
    organisations: [],
    users: [],
    sessions: [],
    cases: [],
    meetings: [],
    verklaringen: [],
    verslagen: [],
    samenvattingConcepts: [],
    phaseChanges: [],
    actionProgress: [],
    settings: defaultSettings(true),
    retiredCases: [],
  };
}

function defaultSettings(confirmed: boolean): SettingsRecord {
  return { retentionMonths: RETENTION_MONTHS.default, retentionConfirmed: confirmed };
}

/** Checks the top-level shape of data read from disk; returns a reason when it is not a store. */
export function checkStoreShape(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return "the file does not hold a JSON object";
  const d = data as Record<string, unknown>;
  if (d.schemaVersion !== STORE_SCHEMA_VERSION)
    return `unknown schema version ${String(d.schemaVersion)}`;
  for (const key of ["organisations", "users", "sessions", "cases"] as const) {
    if (!Array.isArray(d[key])) return `"${key}" is missing or not a list`;
  }
  // Collections added after the first release: a store written before them gets empty lists.
  for (const key of [
    "meetings",
    "verklaringen",
    "verslagen",
    "samenvattingConcepts",
    "phaseChanges",
    "actionProgress",
    "retiredCases",
  ] as const) {
    if (d[key] === undefined) d[key] = [];
    else if (!Array.isArray(d[key])) return `"${key}" is not a list`;
  }
  // Written before retention existed, or before its confirmation: destruction waits for a beheerder.
  if (d.settings === undefined) d.settings = defaultSettings(false);
  else if (!isSettings(d.settings)) return `"settings" is not valid`;
  else if (d.settings.retentionConfirmed === undefined) d.settings.retentionConfirmed = false;
  dropTriageResults(d.cases as unknown[]);
  recordMemberOrganisations(d.cases as unknown[], d.users as unknown[]);
  return null;
}

function isSettings(value: unknown): value is Partial<SettingsRecord> {
  if (typeof value !== "object" || value === null) return false;
  const { retentionMonths: months, retentionConfirmed: confirmed } = value as Record<
    string,
    unknown
  >;
  return (
    (confirmed === undefined || typeof confirmed === "boolean") &&
    typeof months === "number" &&
    Number.isInteger(months) &&
    months >= RETENTION_MONTHS.min &&
    months <= RETENTION_MONTHS.max
  );
}

/**
 * Stores written before 2026-11-23 kept each case's whole triage engine outcome beside its
 * summary. Nothing read it, and it held a few KiB per case in memory and on disk.
 */
function dropTriageResults(cases: unknown[]): void {
  for (const c of cases) {
    if (typeof c === "object" && c !== null) delete (c as { triageResult?: unknown }).triageResult;
  }
}

/**
 * Stores written before 2026-11-24 did not record the organisation a case member sits at the case
 * for: each member gets their account's organisation of now, so a later move to another employer
 * ends the membership (casePolicy.ts) from then on.
 */
function recordMemberOrganisations(cases: unknown[], users: unknown[]): void {
  const organisationOf = new Map<unknown, unknown>();
  for (const u of users) {
    if (typeof u === "object" && u !== null) {
      const { id, organisationId } = u as { id?: unknown; organisationId?: unknown };
      organisationOf.set(id, organisationId);
    }
  }
  for (const c of cases) {
    const participants = (c as { participants?: unknown } | null)?.participants;
    if (!Array.isArray(participants)) continue;
    for (const p of participants as ({ userId?: unknown; organisationId?: unknown } | null)[]) {
      if (typeof p !== "object" || p === null) continue;
      const organisationId = organisationOf.get(p.userId);
      if (p.organisationId === undefined && typeof organisationId === "string") {
        p.organisationId = organisationId;
      }
    }
  }
}

/** Who may see what changed (participants, account disabled): connected sockets must re-check. */
export interface AccessChange {
  userId?: string;
  caseId?: string;
}

/** Writes the whole document; lowdb's adapter serialises and coalesces concurrent writes. */
export type Persist = () => Promise<void>;
