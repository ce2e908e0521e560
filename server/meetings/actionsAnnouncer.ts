/**
 * Tells the overleg screens that show a case's carried-over actions that those actions changed:
 * a status set in Mijn acties, an action added or changed in the plan, a progress note written at
 * the table. It raises the counter `actionsRevision` in the live document of each slot of the case
 * in an overleg that has not ended, and every screen with the slot open loads it again. The
 * counter holds no case data; each screen loads what its viewer may see.
 *
 * Changes come in bursts (someone typing an action in the plan is extracted every few hundred
 * milliseconds), and each announcement makes every screen at the table load the slot again. So a
 * case's changes are announced once per `delayMs`, the first one that much later.
 */
import { bumpActionsRevision } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import { hasEnded } from "../policies/meetingPolicy.js";
import type { Store } from "../store/store.js";
import { tryWithDocument, type DocumentOpener, type WarnLog } from "./documentReader.js";

/** How long a case's action changes are gathered before they are announced. */
export const ACTIONS_ANNOUNCE_DELAY_MS = 1_000;

/** What the announcer needs from its host. */
export interface ActionsAnnouncerDeps {
  store: Store;
  open: DocumentOpener;
  log: WarnLog;
  now(): Date;
  delayMs?: number;
}

/** Gathers changes of cases' actions and announces them in the slots that show them. */
export interface ActionsAnnouncer {
  /** Notes that the case's actions or progress notes changed. */
  changed(caseId: string): void;
  /** Announces what is still gathered, at once; resolves when written. */
  flush(): Promise<void>;
  /** Drops what is gathered (the server stops; screens load the slot again when they reconnect). */
  close(): void;
}

/** Creates an announcer; nothing is written until a case changes. */
export function createActionsAnnouncer(deps: ActionsAnnouncerDeps): ActionsAnnouncer {
  const delayMs = deps.delayMs ?? ACTIONS_ANNOUNCE_DELAY_MS;
  const gathered = new Map<string, NodeJS.Timeout>();
  const writing = new Set<Promise<void>>();

  /** The ids of the case's slots in overleggen that have not ended. */
  function openSlotsOf(caseId: string): string[] {
    const now = deps.now();
    return deps.store.meetings
      .list()
      .filter((meeting) => !hasEnded(meeting, now))
      .flatMap((meeting) => meeting.agenda.filter((slot) => slot.caseId === caseId))
      .map((slot) => slot.id);
  }

  function announce(caseId: string): void {
    const timer = gathered.get(caseId);
    if (timer !== undefined) clearTimeout(timer);
    gathered.delete(caseId);
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
      if (gathered.has(caseId)) return;
      const timer = setTimeout(() => announce(caseId), delayMs);
      timer.unref();
      gathered.set(caseId, timer);
    },
    async flush() {
      for (const caseId of [...gathered.keys()]) announce(caseId);
      await Promise.all([...writing]);
    },
    close() {
      for (const timer of gathered.values()) clearTimeout(timer);
      gathered.clear();
    },
  };
}
