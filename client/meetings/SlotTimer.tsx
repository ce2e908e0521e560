/** The per-slot timer every participant sees; past the planned minutes it turns into a gentle warning. */
import { messages } from "../i18n/messages.js";
import { formatMinutesSeconds } from "../format/duration.js";
import { useNow } from "./useNow.js";

const t = messages.meetings;

/** Elapsed time since `startedAt` against `plannedMinutes`. */
export function SlotTimer({
  startedAt,
  plannedMinutes,
}: {
  startedAt: string;
  plannedMinutes: number;
}) {
  const now = useNow();
  const elapsed = now - Date.parse(startedAt);
  const overMinutes = Math.floor((elapsed - plannedMinutes * 60_000) / 60_000);
  const over = elapsed > plannedMinutes * 60_000;
  return (
    <div className={over ? "mt-timer mt-timer-over" : "mt-timer"}>
      <span role="timer" aria-label={t.timerLabel}>
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
