/**
 * Tells the overleg screens that show a case's carried-over actions that those actions changed:
 * a status set in Mijn acties, an action added or changed in the plan, a progress note written at
 * a desk; or that the case moved on (a triagebesluit taken beside the slot, a phase step). It raises the counter `actionsRevision` in the live document of each slot of the case
 * in an overleg whose guest window is open (from shortly before its start until it ends), and
 * every screen with the slot open loads it again. The counter holds no case data; each screen
 * loads what its viewer may see.
 *
 * Each announcement makes every screen at the table load the slot (an audited read), so changes
 * are gathered: a case is announced once its changes have been quiet for `quietMs`, or `maxWaitMs`
 * after the first, and only when what the table sees changed (`fingerprint`): typing elsewhere in
 * the plan, or an action's text being typed, costs the table one load, not one per word.
 */
import { bumpActionsRevision } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import { isGuestWindowOpen } from "../policies/meetingPolicy.js";
import type { Store } from "../store/store.js";
import { tryWithDocument, type DocumentOpener, type WarnLog } from "./documentReader.js";

/** How long a case's action changes must be quiet before they are announced. */
export const ACTIONS_QUIET_MS = 2_000;
/** The longest a case's changes wait while they keep coming. */
export const ACTIONS_MAX_WAIT_MS = 10_000;

/** What the announcer needs from its host. */
export interface ActionsAnnouncerDeps {
  store: Store;
  open: DocumentOpener;
  log: WarnLog;
  now(): Date;
  /** What the table sees of the case's actions (actionsFingerprint.ts). */
  fingerprint(caseId: string): string;
  quietMs?: number;
  maxWaitMs?: number;
}

/** Gathers changes of cases' actions and announces them in the slots that show them. */
export interface ActionsAnnouncer {
  /** Notes that the case's actions or progress notes may have changed. */
  changed(caseId: string): void;
  /** Announces what is still gathered, at once; resolves when written. */
  flush(): Promise<void>;
  /**
   * Stops (the server shuts down): announces what is gathered at once, takes no more changes, and
   * resolves once every announcement is written. After a crash nothing is announced; screens load
   * the slot again when they reconnect.
   */
  close(): Promise<void>;
}

interface Gathered {
  timer: NodeJS.Timeout;
  firstAt: number;
}

/** Creates an announcer; nothing is written until a case changes. */
export function createActionsAnnouncer(deps: ActionsAnnouncerDeps): ActionsAnnouncer {
  const quietMs = deps.quietMs ?? ACTIONS_QUIET_MS;
  const maxWaitMs = deps.maxWaitMs ?? ACTIONS_MAX_WAIT_MS;
  const gathered = new Map<string, Gathered>();
  /** The fingerprint last announced (or first seen) per case. */
  const announced = new Map<string, string>();
  const writing = new Set<Promise<void>>();
  let closed = false;

  /**
   * The ids of the case's slots in overleggen whose guest window is open; none for a case being
   * destroyed (its slots' documents go, and announcing would open them again).
   */
  function openSlotsOf(caseId: string): string[] {
    if (deps.store.cases.get(caseId)?.destroying !== undefined) return [];
    const now = deps.now();
    return deps.store.meetings
      .list()
      .filter((meeting) => isGuestWindowOpen(meeting, now))
      .flatMap((meeting) => meeting.agenda.filter((slot) => slot.caseId === caseId))
      .map((slot) => slot.id);
  }

  function announce(caseId: string): void {
    const pending = gathered.get(caseId);
    if (pending !== undefined) clearTimeout(pending.timer);
    gathered.delete(caseId);
    const fingerprint = deps.fingerprint(caseId);
    if (announced.get(caseId) === fingerprint) return;
    announced.set(caseId, fingerprint);
    for (const slotId of openSlotsOf(caseId)) {
      const written = tryWithDocument(
        deps.open,
        formatDocName({ type: "meeting", meetingId: slotId }),
        (doc) => doc.transact(() => bumpActionsRevision(doc)),
        deps.log,
        { message: "action change not announced in a slot's live document", fields: { slotId } },
      ).finally(() => writing.delete(written));
      writing.add(written);
    }
  }

  return {
    changed(caseId) {
      if (closed) return;
      const now = Date.now();
      const pending = gathered.get(caseId);
      if (pending !== undefined) clearTimeout(pending.timer);
      const firstAt = pending?.firstAt ?? now;
      const wait = Math.min(quietMs, Math.max(0, firstAt + maxWaitMs - now));
      const timer = setTimeout(() => announce(caseId), wait);
      timer.unref();
      gathered.set(caseId, { timer, firstAt });
    },
    async flush() {
      for (const caseId of [...gathered.keys()]) announce(caseId);
      await Promise.all([...writing]);
    },
    async close() {
      closed = true;
      for (const caseId of [...gathered.keys()]) announce(caseId);
      await Promise.all([...writing]);
    },
  };
}
