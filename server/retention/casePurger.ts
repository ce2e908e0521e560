/**
 * Destroys one case at the end of its retention, in an order that a crash at any point leaves
 * safe and resumable:
 *   1. the audit trail records the destruction, naming the case and its persons by id, and the
 *      case is marked as being destroyed, with the report facts to keep: from then on nobody sees
 *      it on any path, and open sockets on it re-check and close (both written before step 2);
 *   2. its four documents and the documents of its agenda slots are discarded and deleted;
 *   3. its actions and signals are deleted;
 *   4. the case record, its phase history and verslagen go in one store write, its agenda slots
 *      become "Verwijderde casus" (so does a follow-up overleg's title that named the case), and
 *      only the report facts stay; open pages of those overleggen are told to load them again.
 * Every step can run again: a case still marked is finished by the next run of the job.
 */
import {
  CASE_DOC_KINDS,
  caseDocName,
  formatDocName,
  parseDocName,
} from "../../shared/wire/docNames.js";
import type { ActionIndexRepository } from "../actions/actionIndexRepository.js";
import { isRemoved } from "../actions/indexedAction.js";
import type { SignalRepository } from "../actions/signalRepository.js";
import type { AuditTrail } from "../audit/auditTrail.js";
import type { CollabServer } from "../collab/types.js";
import type { Log } from "../log.js";
import type { DocumentOpener } from "../meetings/documentReader.js";
import { announceMeetingPlan } from "../meetings/planAnnouncer.js";
import { actionFactsOf, caseFactsOf } from "../reports/reportFacts.js";
import type { CaseRecord, RetiredCaseFacts } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { isDue, retentionOf } from "./retentionDates.js";

/** What destroying a case touches. */
export interface PurgeDeps {
  store: Store;
  audit: Pick<AuditTrail, "record" | "flush">;
  collab: Pick<CollabServer, "removeDocument">;
  /** Opens an overleg's live document, to announce its changed agenda. */
  open: DocumentOpener;
  index: ActionIndexRepository;
  signals: SignalRepository;
  logger: Log;
}

/** Cases whose destruction runs in this process now: the daily job leaves them to it. */
const inHand = new Set<string>();

/**
 * Runs a destruction from its mark (`begin`: recorded and marked) to its end, holding the case as
 * in hand meanwhile, so the daily job does not take it for one a crash interrupted and run it a
 * second time beside this one.
 */
export async function destroyInHand(
  deps: PurgeDeps,
  caseId: string,
  begin: () => Promise<void>,
): Promise<DestructionCounts> {
  inHand.add(caseId);
  try {
    await begin();
    return await finishDestruction(deps, caseId);
  } finally {
    inHand.delete(caseId);
  }
}

/**
 * Destroys the case when its retention ended on `today` (yyyy-mm-dd) and the period is confirmed,
 * or finishes a destruction begun before (a crash interrupted it); false (and nothing done) when
 * it is not due or another destruction of it runs now. Judged, recorded and marked in one
 * synchronous step, so an extension cannot land between the judgement and the mark.
 */
export async function purgeIfDue(
  deps: PurgeDeps,
  caseId: string,
  today: string,
  now: Date,
): Promise<boolean> {
  const { store, audit, index } = deps;
  const c = store.cases.get(caseId);
  if (!c || inHand.has(caseId)) return false;
  const resumed = c.destroying !== undefined;
  const retention = resumed
    ? null
    : retentionOf(c, store.cases.phaseHistory(c.id), store.retention.months);
  // An unconfirmed period (an upgraded store) destroys nothing; a destruction begun is finished.
  if (!resumed && (!store.retention.confirmed || !isDue(retention, today))) return false;
  // A resumed destruction is recorded again, as what it was: the first entry may not have reached
  // the disk. An erasure of a registration made in error keeps its own action and reason.
  const erasure = c.destroying?.erasure;
  const extensions = c.retentionExtensions ?? [];
  const withdrawn = extensions.filter((e) => e.withdrawn).length;
  audit.record({
    action: erasure ? "case.erase" : "case.purge",
    actor: { kind: "system", component: "retention" },
    outcome: "allowed",
    caseId: c.id,
    subjectIds: c.betrokkenen.map((b) => b.id),
    detail: erasure
      ? { reden: erasure.reden, resumed }
      : {
          ...(retention ? { closedOn: retention.closedOn, keptUntil: retention.keptUntil } : {}),
          // Standing extensions; those withdrawn are counted apart, when there are any.
          extensions: extensions.length - withdrawn,
          ...(withdrawn > 0 ? { withdrawn } : {}),
          resumed,
        },
  });
  const marked = resumed
    ? Promise.resolve()
    : store.cases.markDestroying(c.id, now.toISOString(), retiredFactsOf(store, index, c));
  const removed = await destroyInHand(deps, c.id, async () => {
    await audit.flush();
    await marked;
  });
  deps.logger.info({ caseId: c.id, ...removed }, "retention: case destroyed");
  return true;
}

/** How much a destruction removed, for its log line (counts only). */
export interface DestructionCounts {
  documents: number;
  actions: number;
  signals: number;
  verslagen: number;
  progressNotes: number;
  slots: number;
}

/**
 * Steps 2 to 4 (see the header) for a case marked as being destroyed, whatever marked it (its
 * retention, or its erasure as registered in error); each can run again.
 */
export async function finishDestruction(
  deps: PurgeDeps,
  caseId: string,
): Promise<DestructionCounts> {
  const { store, collab, index, signals } = deps;
  const slotIds = store.meetings
    .list()
    .flatMap((m) => m.agenda.filter((slot) => slot.caseId === caseId).map((slot) => slot.id));
  const docNames = [
    ...CASE_DOC_KINDS.map((kind) => caseDocName(caseId, kind)),
    ...slotIds.map((slotId) => formatDocName({ type: "meeting", meetingId: slotId })),
  ].filter((name) => parseDocName(name) !== null);
  for (const docName of docNames) await collab.removeDocument(docName);
  const actions = await index.removeCase(caseId);
  const signalCount = await signals.removeForCase(caseId);
  const removed = await store.purgeCase(caseId);
  // Open overleg pages load the agenda again, now with "Verwijderde casus".
  for (const meeting of removed?.meetings ?? []) {
    await announceMeetingPlan(deps.open, meeting, deps.logger);
  }
  return {
    documents: docNames.length,
    actions,
    signals: signalCount,
    verslagen: removed?.verslagen ?? 0,
    progressNotes: removed?.progressNotes ?? 0,
    slots: removed?.slotIds.length ?? 0,
  };
}

/** What the reports keep of the case: enums, Dutch dates and organisation ids only. */
function retiredFactsOf(
  store: Store,
  index: ActionIndexRepository,
  c: CaseRecord,
): RetiredCaseFacts {
  return {
    regio: c.regio,
    case: caseFactsOf(c, store.cases.phaseHistory(c.id)),
    actions: index
      .actionsOf(c.id)
      .filter((action) => !isRemoved(action))
      .map(actionFactsOf),
  };
}
