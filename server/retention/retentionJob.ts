/**
 * The daily retention job: destroys every closed case whose retention ended (and finishes any
 * destruction a crash interrupted). It runs at start and then once per Dutch calendar day.
 */
import { dutchDate } from "../actions/today.js";
import { scheduleDaily, type DailySchedule } from "../actions/overdueSignaller.js";
import { purgeCase, type PurgeDeps } from "./casePurger.js";
import { isDue, retentionOf } from "./retentionDates.js";

/** The job as the host sees it. */
export interface RetentionJob {
  /** Destroys what is due on `now`'s Dutch date; resolves with how many cases it destroyed. */
  runOnce(now: Date): Promise<number>;
  /** Starts the daily schedule; resolves when its first run (right away) has finished. */
  start(): Promise<void>;
  stop(): void;
}

/** Builds the job over the stores and the collaboration server. */
export function createRetentionJob(
  deps: PurgeDeps,
  now: () => Date = () => new Date(),
): RetentionJob {
  let schedule: DailySchedule | null = null;

  async function runOnce(at: Date): Promise<number> {
    const today = dutchDate(at);
    const { store } = deps;
    const due = store.cases.list().flatMap((c) => {
      if (c.destroying) return [{ c, retention: null }];
      const retention = retentionOf(c, store.cases.phaseHistory(c.id), store.retention.months);
      return isDue(retention, today) ? [{ c, retention }] : [];
    });
    let destroyed = 0;
    for (const { c, retention } of due) {
      try {
        await purgeCase(deps, c, retention, at);
        destroyed++;
      } catch (error) {
        // The case stays marked; the next run finishes it. The other cases go on.
        const errorName = error instanceof Error ? error.name : "unknown";
        deps.logger.error({ caseId: c.id, errorName }, "retention: destroying a case failed");
      }
    }
    return destroyed;
  }

  return {
    runOnce,
    start() {
      schedule ??= scheduleDaily(
        runOnce,
        (error) => {
          const errorName = error instanceof Error ? error.name : "unknown";
          deps.logger.error({ errorName }, "retention job failed");
        },
        now,
      );
      return schedule.first;
    },
    stop() {
      schedule?.stop();
      schedule = null;
    },
  };
}
