/**
 * The verslag of one case in one overleg: the chair's draft, freezing it as a dated version, and
 * exporting a frozen version as PDF or DOCX for the chair, those who attended the slot and those
 * who follow the case up (`verslagDownloadRight`).
 */
import type {
  FreezeVerslagRequest,
  SamenvattingConceptRequest,
  SamenvattingConceptView,
  VerslagContent,
  VerslagFormat,
  VerslagOverview,
} from "../../shared/api/meetings.js";
import type { Principal } from "../auth/principal.js";
import { conflict, forbidden, notFound } from "../errors.js";
import { isChair, verslagDownloadRight } from "../policies/meetingPolicy.js";
import type { VerslagRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import type { DocumentOpener, WarnLog } from "./documentReader.js";
import type { CaseSlot, ClearedSlot } from "./meetingFinder.js";
import { isIncompleteAction, readPlanActions } from "./planActions.js";
import { verslagBlocks } from "./verslagBlocks.js";
import { verslagFileName } from "./verslagFileName.js";
import { announceVerslagVersion } from "./verslagAnnouncer.js";
import { attendedSlot, generateVerslag, readSlotDocument } from "./verslagGenerator.js";
import { REGION_TIME_ZONE } from "../../shared/domain/regionTime.js";
import { renderBlocks, type VerslagFile } from "./verslagRender.js";

/** What the verslag commands need. */
export interface VerslagDeps {
  store: Store;
  open: DocumentOpener;
  /** Where a fixed version that could not be announced in the slot's live document is reported. */
  log?: WarnLog;
}

/**
 * `verslagDownloadRight` for the slot; the slot's live document (its attendance) is read only for
 * someone whom only their presence could let in.
 */
export async function mayDownload(
  deps: VerslagDeps,
  principal: Principal,
  found: CaseSlot,
  now: Date,
): Promise<boolean> {
  const { meeting, slot } = found;
  const right = verslagDownloadRight(deps.store, principal, meeting, slot, now);
  if (right !== "ifAttended") return right === "allowed";
  const live = await readSlotDocument(deps.open, slot.id);
  return attendedSlot(live, slot.id, principal.userId);
}

/**
 * Whether two verslagen record the same besluiten and attendance, the part of a verslag that stands
 * once the overleg ended and changes only by a correction. The actions' progress, the case's phase
 * and the names people go by move on after the overleg; a fixed version keeps them as they were and
 * is not behind for it. Attendance rows are in the same order in both (the slot's attendees).
 */
function sameRecord(a: VerslagContent, b: VerslagContent): boolean {
  const record = (v: VerslagContent) =>
    JSON.stringify([v.besluiten, v.attendance.map((r) => [r.status, r.correctionNote ?? null])]);
  return record(a) === record(b);
}

/**
 * The versions so far and, for the chair, the draft as the table recorded it now and whether the
 * latest version lacks part of that record.
 */
export async function verslagOverview(
  deps: VerslagDeps,
  principal: Principal,
  found: ClearedSlot,
  now: Date,
): Promise<VerslagOverview> {
  const chair = isChair(principal, found.meeting);
  const versions = deps.store.verslagen.versionsOf(found.meeting.id, found.slot.id);
  const concept = chair ? await generateVerslag(deps.store, deps.open, found, now) : null;
  const latest = deps.store.verslagen.latestOf(found.meeting.id, found.slot.id);
  return {
    draft: concept === null ? null : verslagBlocks(concept, "concept"),
    recordChangedSince:
      concept !== null && latest !== undefined && !sameRecord(concept, latest.content)
        ? latest.version
        : null,
    latestSamenvatting: chair ? (latest?.content.samenvatting ?? null) : null,
    incompleteActions: chair ? await countIncompleteActions(deps, found) : 0,
    samenvattingConcept: chair ? conceptView(deps, found) : null,
    versions: versions.map((v) => ({
      version: v.version,
      frozenAt: v.frozenAt,
      frozenBy: deps.store.users.get(v.frozenBy)?.displayName ?? "",
    })),
    mayFreeze: chair && found.meeting.status !== "gepland",
    mayDownload: versions.length > 0 && (await mayDownload(deps, principal, found, now)),
  };
}

/** How many of the case's plan actions lack an organisation, a Verantwoordelijke or a deadline. */
async function countIncompleteActions(deps: VerslagDeps, found: CaseSlot): Promise<number> {
  const actions = await readPlanActions(deps.open, found.caseRecord.id);
  return actions.filter((action) => isIncompleteAction(deps.store, action)).length;
}

function conceptView(deps: VerslagDeps, found: ClearedSlot): SamenvattingConceptView | null {
  const concept = deps.store.verslagen.conceptOf(found.meeting.id, found.slot.id);
  return concept === undefined ? null : { samenvatting: concept.text, savedAt: concept.savedAt };
}

/**
 * The refusals a freeze and a concept share: 403 unless the chair, 409 before the overleg began or
 * when `version` is not the next version (another was fixed meanwhile), 404 for a case destroyed.
 * Checked after the last await of the caller, so nothing can freeze in between.
 */
function checkNextVersion(
  deps: VerslagDeps,
  principal: Principal,
  found: ClearedSlot,
  version: number,
): void {
  if (!isChair(principal, found.meeting)) throw forbidden();
  if (found.meeting.status === "gepland") {
    throw conflict("Een verslag kan pas worden vastgesteld als het overleg is begonnen.");
  }
  const current = deps.store.cases.get(found.caseRecord.id);
  // Destroyed (or being destroyed) meanwhile: nothing more is stored of it.
  if (current === undefined || current.destroying !== undefined) throw notFound();
  const next = deps.store.verslagen.nextVersion(found.meeting.id, found.slot.id);
  if (version !== next) {
    throw conflict(
      `Er is intussen al versie ${next - 1} van dit verslag vastgesteld. Bekijk de versies en stel het verslag zo nodig opnieuw vast.`,
    );
  }
}

/**
 * Stores the samenvatting the chair is typing for the next version (`typed.version`), so it
 * survives a crash or a closed tab; refused as a freeze would be.
 */
export async function saveSamenvattingConcept(
  deps: VerslagDeps,
  principal: Principal,
  found: ClearedSlot,
  typed: SamenvattingConceptRequest,
  now: Date,
): Promise<SamenvattingConceptView> {
  checkNextVersion(deps, principal, found, typed.version);
  const savedAt = now.toISOString();
  await deps.store.verslagen.saveConcept({
    meetingId: found.meeting.id,
    agendaItemId: found.slot.id,
    caseId: found.caseRecord.id,
    forVersion: typed.version,
    text: typed.samenvatting,
    savedAt,
    savedBy: principal.userId,
  });
  return { samenvatting: typed.samenvatting, savedAt };
}

/**
 * Freezes the reviewed verslag as a new dated version (chair only, once the overleg started), but
 * only as the version number the chair confirmed: 409 when another version was frozen meanwhile.
 * The new version is announced in the slot's live document, so open pages list it at once.
 */
export async function freezeVerslag(
  deps: VerslagDeps,
  principal: Principal,
  found: ClearedSlot,
  reviewed: FreezeVerslagRequest,
  now: Date,
): Promise<VerslagRecord> {
  if (!isChair(principal, found.meeting)) throw forbidden();
  const content = await generateVerslag(deps.store, deps.open, found, now, reviewed.samenvatting);
  // After the last await: nothing can freeze between this check and the append below.
  checkNextVersion(deps, principal, found, reviewed.version);
  const frozen = await deps.store.verslagen.freeze({
    meetingId: found.meeting.id,
    agendaItemId: found.slot.id,
    caseId: found.caseRecord.id,
    frozenAt: now.toISOString(),
    frozenBy: principal.userId,
    content,
  });
  await announceVerslagVersion(deps.open, found.slot.id, frozen.version, deps.log);
  return frozen;
}

const STAMP_FORMAT = new Intl.DateTimeFormat("nl-NL", {
  timeZone: REGION_TIME_ZONE,
  dateStyle: "long",
  timeStyle: "short",
});

/**
 * Renders a frozen version for download; 403 for whom `mayDownloadVerslag` refuses, however the
 * slot was found (the overleg's page, or the case's list of overleggen).
 */
export async function exportVerslag(
  deps: VerslagDeps,
  principal: Principal,
  found: CaseSlot,
  version: number,
  format: VerslagFormat,
  now: Date,
): Promise<VerslagFile> {
  const record = deps.store.verslagen
    .versionsOf(found.meeting.id, found.slot.id)
    .find((v) => v.version === version);
  if (!record) throw notFound();
  if (!(await mayDownload(deps, principal, found, now))) throw forbidden();
  const blocks = verslagBlocks(record.content, {
    version: record.version,
    frozenAt: STAMP_FORMAT.format(new Date(record.frozenAt)),
  });
  const title = `Verslag casusoverleg, versie ${record.version}`;
  const fileName = verslagFileName(found.meeting, found.slot, record.version, format);
  return renderBlocks(blocks, title, format, fileName);
}
