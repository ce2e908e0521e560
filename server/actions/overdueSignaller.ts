/**
 * The daily follow-up: actions that became `te laat` since the last run are marked in the index
 * and signalled, in the app only, to the responsible user and those who monitor the uitvoering:
 * the case's casusregisseur and procesregisseur (domain.md §3). Each
 * action is signalled once per due date: moving the deadline and missing it again signals again.
 * A recipient must be someone who may see the case's actions (actionPolicy): the plan may name
 * anyone as `user:<id>`, so the name alone never makes anyone a recipient.
 */
import { isActionOverdue, parseResponsible } from "../../shared/domain/action.js";
import { accountMaySeeActions } from "../policies/actionPolicy.js";
import type { Store } from "../store/store.js";
import type { RecordAudit } from "./actionAudit.js";
import type { ActionIndexRepository } from "./actionIndexRepository.js";
import type { IndexedAction } from "./indexedAction.js";
import type { SignalRecord, SignalRepository } from "./signalRepository.js";
import { dutchDate } from "../../shared/domain/regionTime.js";

/** What the job needs. */
export interface OverdueSignallerDeps {
  store: Store;
  index: ActionIndexRepository;
  signals: SignalRepository;
  recordAudit: RecordAudit;
}

/** True when the action is overdue on `today` and was not yet signalled for its due date. */
function isNewlyOverdue(action: IndexedAction, today: string): boolean {
  if (action.removedAt !== null || action.status === null || action.dueDate === null) return false;
  if (action.overdueSignalledFor === action.dueDate) return false;
  return isActionOverdue({ status: action.status, dueDate: action.dueDate }, today);
}

/** Marks and signals newly overdue actions; returns how many actions became overdue. */
export async function signalNewlyOverdue(deps: OverdueSignallerDeps, now: Date): Promise<number> {
  const today = dutchDate(now);
  const at = now.toISOString();
  const newly: IndexedAction[] = [];
  const signals: Omit<SignalRecord, "id" | "readAt">[] = [];

  for (const caseId of deps.index.caseIds()) {
    const c = deps.store.cases.get(caseId);
    if (!c || c.phase === "gesloten") continue;
    // Need to know: only those who may see the case's actions are told about one.
    const maySee = (userId: string) => accountMaySeeActions(deps.store.users.get(userId), c);
    const regisseurs = c.participants
      .filter((p) => p.caseRole === "casusregisseur" || p.caseRole === "procesregisseur")
      .map((p) => p.userId);
    for (const action of deps.index.actionsOf(caseId)) {
      if (!isNewlyOverdue(action, today)) continue;
      newly.push(action);
      const responsible = action.responsible === null ? null : parseResponsible(action.responsible);
      const recipients = new Set(regisseurs);
      if (responsible?.type === "user") recipients.add(responsible.userId);
      for (const userId of recipients) {
        if (!maySee(userId)) continue;
        signals.push({
          userId,
          kind: "actie_te_laat",
          caseId,
          actionKey: action.key,
          createdAt: at,
        });
      }
      deps.recordAudit({
        at,
        userIds: [],
        caseId,
        actionKey: action.key,
        what: "te_laat_gesignaleerd",
        fields: [],
        via: "job",
      });
    }
  }
  await deps.signals.add(signals);
  await deps.index.markOverdueSignalled(newly);
  await deps.signals.prune(now);
  return newly.length;
}

/** How often the job checks whether a new day began (a day can be missed while asleep). */
const CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** A started daily schedule. */
export interface DailySchedule {
  /** Settles when the first run (at start) has finished. */
  first: Promise<void>;
  stop(): void;
}

/** Runs `run` now and then once per Dutch calendar day. */
export function scheduleDaily(
  run: (now: Date) => Promise<unknown>,
  onError: (error: unknown) => void,
  now: () => Date = () => new Date(),
): DailySchedule {
  let lastDay: string | null = null;
  let running = false;
  const tick = async (): Promise<void> => {
    const at = now();
    const day = dutchDate(at);
    if (running || day === lastDay) return;
    running = true;
    try {
      await run(at);
      lastDay = day;
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), CHECK_INTERVAL_MS);
  timer.unref();
  return { first: tick(), stop: () => clearInterval(timer) };
}
