/**
 * A user's signals as the app shows them. A signal about a case the user may no longer see is
 * left out (and not counted): access is checked on every read, not when the signal was made. A
 * signal that is settled (its action finished, lapsed or removed, or its case closed) is shown as
 * such and not counted as unread: it asks nothing of the user any more.
 */
import type { SignalList } from "../../shared/api/actions.js";
import type { Principal } from "../auth/principal.js";
import { canViewActions } from "../policies/actionPolicy.js";
import { presentAction } from "../presenters/actionPresenter.js";
import type { Store } from "../store/store.js";
import type { ActionIndexRepository } from "./actionIndexRepository.js";
import type { SignalRepository } from "./signalRepository.js";

/** What listing signals needs. */
export interface SignalListDeps {
  store: Store;
  index: ActionIndexRepository;
  signals: SignalRepository;
}

/** `GET /api/signals`: the principal's signals, newest first, with the unread count. */
export function listSignals(deps: SignalListDeps, principal: Principal, today: string): SignalList {
  const visible = deps.signals.listFor(principal.userId).flatMap((signal) => {
    const c = deps.store.cases.get(signal.caseId);
    if (!c || !canViewActions(principal, c)) return [];
    const action = deps.index.get(signal.caseId, signal.actionKey);
    const scores = deps.index.leefgebiedScoresOf(c.id);
    const view = action ? presentAction(deps.store, c, scores, action, principal, today) : null;
    const settled =
      view === null ||
      view.removed !== null ||
      view.status === "afgerond" ||
      view.status === "vervallen" ||
      c.phase === "gesloten";
    return [
      {
        id: signal.id,
        kind: signal.kind,
        createdAt: signal.createdAt,
        read: signal.readAt !== null,
        settled,
        action: view,
      },
    ];
  });
  return { unread: visible.filter((s) => !s.read && !s.settled).length, signals: visible };
}
