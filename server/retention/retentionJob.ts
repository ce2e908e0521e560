/**
 * The daily retention job: destroys every closed case whose retention ended (and finishes any
 * destruction a crash interrupted). It runs at start and then once per Dutch calendar day; one
 * run at a time, and stopping waits for the case in hand to be finished.
 */
import { dutchDate } from "../../shared/domain/regionTime.js";
import { scheduleDaily, type DailySchedule } from "../actions/overdueSignaller.js";
import { purgeIfDue, type PurgeDeps } from "./casePurger.js";

/** The job as the host sees it. */
export interface RetentionJob {
  /** Destroys what is due on `now`'s Dutch date; resolves with how many cases it destroyed. */
  runOnce(now: Date): Promise<number>;
  /** Starts the daily schedule; resolves when its first run (right away) has finished. */
  start(): Promise<void>;
  /** Stops the schedule and waits for a run under way, which stops after its current case. */
  stop(): Promise<void>;
}

/** Builds the job over the stores and the collaboration server. */
export function createRetentionJob(
  deps: PurgeDeps,
  now: () => Date = () => new Date(),
): RetentionJob {
  let schedule: DailySchedule | null = null;
  let running: Promise<number> | null = null;
  let stopping = false;

  async function run(at: Date): Promise<number> {
    const today = dutchDate(at);
    if (!deps.store.retention.confirmed) {
      deps.logger.warn(
        "retention: no case is destroyed until a beheerder confirms the period (Beheer → Bewaartermijn)",
      );
    }
    let destroyed = 0;
    // Each case is judged again right before it goes (see `purgeIfDue`): an extension or a longer
    // period set while this run destroys other cases still counts.
    for (const caseId of deps.store.cases.list().map((c) => c.id)) {
      if (stopping) break;
      try {
        if (await purgeIfDue(deps, caseId, today, at)) destroyed++;
      } catch (error) {
        // A case marked stays hidden and the next run finishes it; the other cases go on.
        const errorName = error instanceof Error ? error.name : "unknown";
        deps.logger.error({ caseId, errorName }, "retention: destroying a case failed");
      }
    }
    return destroyed;
  }

  /** Starts a run on `at`; while one is under way, answers that run instead of starting another. */
  function runOnce(at: Date): Promise<number> {
    if (running) return running;
    const current = run(at).finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  }

  return {
    runOnce,
    start() {
      stopping = false;
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
    async stop() {
      stopping = true;
      schedule?.stop();
      schedule = null;
      await running;
    },
  };
}
