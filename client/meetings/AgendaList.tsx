/** The agenda as the user may see it: the current item marked, the chair's "discuss now" buttons. */
import type { MeetingSlotView } from "../../shared/api/meetings.js";
import { messages } from "../i18n/messages.js";
import { formatClockTime } from "./meetingTime.js";

const t = messages.meetings;

/** Props of the agenda list. */
export interface AgendaListProps {
  agenda: MeetingSlotView[];
  /** Said under a case slot the caller is not cleared for (`notClearedText`). */
  notCleared: string;
  currentId: string | null;
  selectedId: string | null;
  /** Present for the chair of a running overleg: moves everyone to the item. */
  onDiscuss?: (slotId: string) => void;
  onSelect: (slotId: string) => void;
}

/** The id of an item's own button, where the focus goes once the item is under discussion. */
function openButtonId(slotId: string): string {
  return `agenda-open-${slotId}`;
}

/** The agenda column. */
export function AgendaList({
  agenda,
  notCleared,
  currentId,
  selectedId,
  onDiscuss,
  onSelect,
}: AgendaListProps) {
  return (
    <nav className="mt-agenda" aria-label={t.agenda}>
      <h2>{t.agenda}</h2>
      <ol>
        {agenda.map((slot) => (
          <li
            key={slot.id}
            className={[
              "mt-agenda-item",
              slot.id === currentId ? "mt-agenda-current" : "",
              slot.id === selectedId ? "mt-agenda-selected" : "",
            ].join(" ")}
            aria-current={slot.id === currentId ? "step" : undefined}
          >
            <button
              type="button"
              id={openButtonId(slot.id)}
              className="mt-agenda-open"
              onClick={() => onSelect(slot.id)}
            >
              <span className="mt-agenda-time">{formatClockTime(slot.startsAt)}</span>
              <span className="mt-agenda-title">{slot.title}</span>
              <span className="muted">
                {slot.general ? t.general : `${slot.plannedMinutes} min`}
              </span>
            </button>
            {slot.id === currentId && <span className="tag">{t.now}</span>}
            {slot.caseClosed && <span className="tag">{t.caseClosedTag}</span>}
            {!slot.general && !slot.cleared && <p className="muted">{notCleared}</p>}
            {onDiscuss !== undefined && slot.id !== currentId && (
              <button
                type="button"
                className="button mt-discuss"
                onClick={() => {
                  onDiscuss(slot.id);
                  // The button goes with the item's new place: keep the keyboard on the item.
                  requestAnimationFrame(() =>
                    document.getElementById(openButtonId(slot.id))?.focus({ preventScroll: true }),
                  );
                }}
                aria-label={`${t.discussNow}: ${slot.title}`}
              >
                {t.discussNow}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
