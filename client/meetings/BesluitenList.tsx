/**
 * The besluiten of one slot, live from the slot document; the chair records new ones, corrects
 * and withdraws them during the overleg, and corrects them within the window after it
 * (BesluitItem.tsx). Withdrawn ones are listed apart: the verslag leaves out those withdrawn during
 * the overleg, and prints those withdrawn after it as withdrawn, with the reason. A besluit being
 * typed is kept by the room (slotDrafts.ts), so moving through the agenda keeps it.
 */
import { useRef, useState, type KeyboardEvent } from "react";
import type * as Y from "yjs";
import type { SlotAttendeeView } from "../../shared/api/meetings.js";
import { addBesluit, type MeetingDocValue } from "../../shared/docs/meetingDoc.js";
import { BESLUIT_TEXT_MAX } from "../../shared/domain/meeting.js";
import { formatDate } from "../format/date.js";
import { messages } from "../i18n/messages.js";
import type { SlotCorrector } from "./meetingsApi.js";
import { BesluitItem } from "./BesluitItem.js";
import { formatClockTime } from "./meetingTime.js";
import { useSlotDraft } from "./slotDrafts.js";
import { LengthNote } from "./LengthNote.js";

const t = messages.meetings;

/** Props of the besluiten list. */
export interface BesluitenListProps {
  doc: Y.Doc;
  live: MeetingDocValue;
  slotId: string;
  /** Everyone at the slot, to name who corrected or withdrew a besluit. */
  people: SlotAttendeeView[];
  userId: string;
  mayRecord: boolean;
  /** Sends a correction after the overleg; null unless the chair may correct now. */
  correct: SlotCorrector | null;
}

/** A numbered list of besluiten and, for the chair, a field to add one. */
export function BesluitenList({
  doc,
  live,
  slotId,
  people,
  userId,
  mayRecord,
  correct,
}: BesluitenListProps) {
  const draft = useSlotDraft(slotId, "besluit");
  const text = draft.text ?? "";
  const inSlot = live.besluiten.filter((b) => b.agendaItemId === slotId);
  const besluiten = inSlot.filter((b) => b.withdrawnBy === undefined);
  const withdrawn = inSlot.filter((b) => b.withdrawnBy !== undefined);
  const nameOf = (id: string) =>
    people.find((p) => p.userId === id)?.displayName ?? t.unknownPerson;
  const field = useRef<HTMLTextAreaElement>(null);
  // Said once a besluit is recorded: the button that was pressed is disabled with the field empty.
  const [recorded, setRecorded] = useState<string | null>(null);
  const record = () => {
    const trimmed = text.trim();
    if (trimmed === "") return;
    addBesluit(doc, {
      id: crypto.randomUUID(),
      agendaItemId: slotId,
      text: trimmed,
      recordedBy: userId,
      recordedAt: new Date().toISOString(),
    });
    draft.edit("");
    setRecorded(t.besluitRecorded(besluiten.length + 1));
    // Back in the field, ready for the next besluit, instead of on a button that is now disabled.
    field.current?.focus();
  };
  const recordOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    record();
  };
  return (
    <section className="mt-section" aria-labelledby={`besluiten-${slotId}`}>
      <h3 id={`besluiten-${slotId}`}>{t.besluiten}</h3>
      {besluiten.length === 0 ? (
        <p className="muted">{t.noBesluiten}</p>
      ) : (
        <ol className="mt-besluiten">
          {besluiten.map((b) => (
            <BesluitItem
              key={b.id}
              doc={doc}
              besluit={b}
              userId={userId}
              mayRecord={mayRecord}
              correct={correct}
              nameOf={nameOf}
            />
          ))}
        </ol>
      )}
      {withdrawn.length > 0 && (
        <>
          <h4 className="mt-withdrawn-heading">{t.withdrawnBesluiten}</h4>
          <ul className="mt-besluiten mt-besluiten-withdrawn">
            {withdrawn.map((b) => (
              <li key={b.id}>
                <del>{b.text}</del>
                {b.withdrawalAfterEnd !== undefined ? (
                  <>
                    <span className="muted mt-besluit-note">
                      {" "}
                      (
                      {t.withdrawnAfterEnd(
                        formatDate(b.withdrawalAfterEnd.at),
                        nameOf(b.withdrawalAfterEnd.by),
                      )}
                      )
                    </span>
                    <p className="muted">{t.correctionReasonShown(b.withdrawalAfterEnd.reason)}</p>
                  </>
                ) : (
                  b.withdrawnBy !== undefined &&
                  b.withdrawnAt !== undefined && (
                    <span className="muted mt-besluit-note">
                      {" "}
                      ({t.besluitWithdrawn(nameOf(b.withdrawnBy), formatClockTime(b.withdrawnAt))})
                    </span>
                  )
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {mayRecord && (
        <form
          className="mt-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            record();
          }}
        >
          <label htmlFor={`nieuw-besluit-${slotId}`}>{t.newBesluit}</label>
          <textarea
            ref={field}
            id={`nieuw-besluit-${slotId}`}
            value={text}
            maxLength={BESLUIT_TEXT_MAX}
            rows={2}
            aria-describedby={`nieuw-besluit-toetsen-${slotId} nieuw-besluit-lengte-${slotId}`}
            onChange={(e) => {
              setRecorded(null);
              draft.edit(e.target.value);
            }}
            onKeyDown={recordOnCtrlEnter}
          />
          <p id={`nieuw-besluit-toetsen-${slotId}`} className="muted">
            {t.addBesluitKeys}
          </p>
          <LengthNote
            id={`nieuw-besluit-lengte-${slotId}`}
            length={text.length}
            max={BESLUIT_TEXT_MAX}
          />
          <button type="submit" className="button button-primary" disabled={text.trim() === ""}>
            {t.addBesluit}
          </button>
          <p className="visually-hidden" role="status">
            {recorded}
          </p>
        </form>
      )}
    </section>
  );
}
