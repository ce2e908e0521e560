/** The per-slot timer every participant sees; past the planned minutes it turns into a gentle warning. */
import { messages } from "../i18n/messages.js";
import { formatMinutesSeconds } from "../format/duration.js";
import { useNow } from "./useNow.js";

const t = messages.meetings;

/**
 * Elapsed time since `startedAt` against `plannedMinutes`. `itemTitle` names the item being
 * discussed when the page shows another one, so the time is not read as the shown item's.
 */
export function SlotTimer({
  startedAt,
  plannedMinutes,
  itemTitle,
}: {
  startedAt: string;
  plannedMinutes: number;
  itemTitle?: string;
}) {
  const now = useNow();
  const elapsed = now - Date.parse(startedAt);
  const overMinutes = Math.floor((elapsed - plannedMinutes * 60_000) / 60_000);
  const over = elapsed > plannedMinutes * 60_000;
  return (
    <div className={over ? "mt-timer mt-timer-over" : "mt-timer"}>
      <span
        role="timer"
        aria-label={itemTitle === undefined ? t.timerLabel : t.timerOfLabel(itemTitle)}
      >
        {itemTitle !== undefined && `${t.timerOf(itemTitle)} `}
        {t.timer(formatMinutesSeconds(elapsed), plannedMinutes)}
      </span>
      {over && (
        <span className="mt-timer-warning" role="status">
          {t.overTime(Math.max(1, overMinutes))}
        </span>
      )}
    </div>
  );
}
