/**
 * The overleg feature as the composition root plugs it in: the verklaring text, and a job that ends
 * overleggen nobody ended (their guests' clearances end with them, their sockets are re-checked,
 * and open pages learn it from the live document). The job wakes at least once a minute and also
 * right when the next overleg runs past its grace period, so a guest's sockets close when the
 * guest window closes, not up to a minute later. The window's opening needs no job: every request
 * and every socket upgrade asks the policy with the time of that moment. Slot documents are
 * audited by the audit plug-in, which finds their case through the store.
 */
import { errorFacts, type Log } from "../log.js";
import { hasEnded, MEETING_GRACE_MS } from "../policies/meetingPolicy.js";
import type { MeetingRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import type { DocumentOpener } from "./documentReader.js";
import { announceMeetingStatus } from "./statusAnnouncer.js";
import { loadVerklaring, type VerklaringTemplate } from "./verklaringText.js";

const CLOSER_INTERVAL_MS = 60_000;
/** The job never runs more often than this, also while an overleg it could not end stays overdue. */
const CLOSER_MIN_DELAY_MS = 1_000;

/** What the module needs from the composition root. */
export interface MeetingsModuleDeps {
  store: Store;
  log: Log;
  /** Opens a live document on the server (to announce a status change in the overleg's own). */
  openDocument: DocumentOpener;
  now?: () => Date;
}

/** The running module. */
export interface MeetingsModule {
  /** The geheimhoudingsverklaring as signed (template text and version). */
  verklaring: VerklaringTemplate;
  /** The module's clock (tests may pass their own). */
  now: () => Date;
  /** Starts the job that ends overleggen past their planned end. */
  start(): void;
  close(): void;
}

/**
 * Ends every overleg that ran well past its planned end without the chair ending it, and
 * announces it in each one's live document like a chair's "Overleg afronden" does. Returns the
 * ids of the overleggen it ended.
 */
export async function endOverdueMeetings(
  deps: Pick<MeetingsModuleDeps, "store" | "log" | "openDocument">,
  now: Date,
): Promise<string[]> {
  const { store } = deps;
  const overdue = store.meetings.list().filter((m) => m.status !== "afgerond" && hasEnded(m, now));
  for (const m of overdue) {
    await store.meetings.setStatus(m.id, "afgerond", now.toISOString());
    await announceMeetingStatus(deps.openDocument, m.id, "afgerond", deps.log);
  }
  return overdue.map((m) => m.id);
}

/**
 * Milliseconds until the job should next run: when the first overleg not yet ended runs past its
 * grace period (`hasEnded` turns true just after), never later than `CLOSER_INTERVAL_MS` and never
 * sooner than `CLOSER_MIN_DELAY_MS`.
 */
export function nextCloserDelay(meetings: readonly MeetingRecord[], now: Date): number {
  let delay = CLOSER_INTERVAL_MS;
  for (const m of meetings) {
    if (m.status === "afgerond") continue;
    const endsAfterGrace = Date.parse(m.endsAt) + MEETING_GRACE_MS + 1 - now.getTime();
    delay = Math.min(delay, Math.max(CLOSER_MIN_DELAY_MS, endsAfterGrace));
  }
  return delay;
}

/** Creates the module (reads the verklaring template; a missing template stops start-up). */
export async function createMeetingsModule(deps: MeetingsModuleDeps): Promise<MeetingsModule> {
  const verklaring = await loadVerklaring();
  const now = deps.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  return {
    verklaring,
    now,
    start() {
      const schedule = () => {
        if (closed) return;
        timer = setTimeout(
          () => {
            endOverdueMeetings(deps, now())
              .catch((err: unknown) =>
                deps.log.error(errorFacts(err), "ending overdue overleggen failed"),
              )
              .finally(schedule);
          },
          nextCloserDelay(deps.store.meetings.list(), now()),
        );
        timer.unref();
      };
      schedule();
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}
