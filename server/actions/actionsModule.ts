/**
 * Action tracking, composed: the index (per-case files under `DATA_DIR/actions/cases/`), the
 * extraction plug-in for the collaboration server, the change command's dependencies, the
 * signals and the daily overdue job. The host plugs `extension` into the collaboration server,
 * hands the module to the action routes, and calls `start` once the server listens.
 */
import { join } from "node:path";
import { Memory } from "lowdb";
import { JSONFile } from "lowdb/node";
import type { CollabExtension, CollabLogger, DocumentHandle } from "../collab/types.js";
import type { Store } from "../store/store.js";
import { logAuditRecorder, type RecordAudit } from "./actionAudit.js";
import type { ActionChangeDeps } from "./actionChanger.js";
import { createActionExtractor, type ActionExtractor } from "./actionExtractor.js";
import {
  FileActionIndexStorage,
  MemoryActionIndexStorage,
  type ActionIndexStorage,
} from "./actionIndexStorage.js";
import { ActionIndexRepository } from "./actionIndexRepository.js";
import { scheduleDaily, signalNewlyOverdue, type DailySchedule } from "./overdueSignaller.js";
import { SignalRepository } from "./signalRepository.js";

/** What the module needs from its host. */
export interface ActionsModuleOptions {
  /** `null` keeps everything in memory (unit tests, the benchmark). */
  dataDir: string | null;
  store: Store;
  logger: CollabLogger;
  /** The collaboration server's `openDocument` (late-bound: that server starts after the routes). */
  openDocument(docName: string): Promise<DocumentHandle>;
  /** The audit trail; defaults to structured log lines with ids only. */
  recordAudit?: RecordAudit;
  /**
   * Told when a case's actions or their progress notes changed (an extraction that changed the
   * index, a note added), so the overleg screens showing them can load them again.
   */
  onCaseActionsChanged?: (caseId: string) => void;
  now?: () => Date;
}

/** Action tracking as the host sees it. */
export interface ActionsModule {
  extension: CollabExtension;
  extractor: ActionExtractor;
  index: ActionIndexRepository;
  signals: SignalRepository;
  /** Dependencies of `changeAction`. */
  changeDeps: ActionChangeDeps;
  now(): Date;
  /** Runs the overdue job once now (tests; the schedule also runs it at start). */
  runOverdueJob(): Promise<number>;
  /** Starts the daily overdue job; resolves when its first run (right away) has finished. */
  start(): Promise<void>;
  /** Stops the job and waits for index writes. */
  close(): Promise<void>;
}

/** Opens the index and signals and builds the module. */
export async function createActionsModule(options: ActionsModuleOptions): Promise<ActionsModule> {
  const now = options.now ?? (() => new Date());
  const recordAudit = options.recordAudit ?? logAuditRecorder(options.logger);
  const dir = options.dataDir === null ? null : join(options.dataDir, "actions");
  const storage: ActionIndexStorage =
    dir === null
      ? new MemoryActionIndexStorage()
      : new FileActionIndexStorage(join(dir, "cases"), (obj, msg) => options.logger.warn(obj, msg));
  const index = new ActionIndexRepository(storage);
  await index.load();
  const signals = await SignalRepository.open(
    dir === null ? new Memory() : new JSONFile(join(dir, "signals.json")),
  );
  const actionsChanged = options.onCaseActionsChanged ?? (() => undefined);
  const extractor = createActionExtractor({
    index,
    recordAudit,
    logger: options.logger,
    now,
    onChanged: actionsChanged,
  });
  const jobDeps = { store: options.store, index, signals, recordAudit };
  let schedule: DailySchedule | null = null;

  return {
    extension: extractor.extension,
    extractor,
    index,
    signals,
    changeDeps: {
      store: options.store,
      index,
      extractor,
      openDocument: (docName) => options.openDocument(docName),
      recordAudit,
      actionsChanged,
      now,
    },
    now,
    runOverdueJob: () => signalNewlyOverdue(jobDeps, now()),
    start() {
      if (schedule) return schedule.first;
      schedule = scheduleDaily(
        (at) => signalNewlyOverdue(jobDeps, at),
        (error) => {
          const errorName = error instanceof Error ? error.name : "unknown";
          options.logger.error({ errorName }, "overdue job failed");
        },
        now,
      );
      return schedule.first;
    },
    async close() {
      schedule?.stop();
      schedule = null;
      await index.flush();
    },
  };
}
