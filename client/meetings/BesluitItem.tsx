/**
 * One besluit in the slot's list: its text and, when it was corrected, who did and at what time.
 * The chair may change the text in place ("Wijzigen") or withdraw it ("Intrekken", after asking).
 * A correction being typed is kept by the room (slotDrafts.ts), so moving through the agenda and
 * back finds it open with what was typed.
 */
import type * as Y from "yjs";
import { correctBesluit, withdrawBesluit } from "../../shared/docs/meetingDoc.js";
import type { Besluit } from "../../shared/domain/meeting.js";
import { messages } from "../i18n/messages.js";
import { formatClockTime } from "./meetingTime.js";
import { useSlotDraft } from "./slotDrafts.js";

const t = messages.meetings;

/** Props of one besluit. */
export interface BesluitItemProps {
  doc: Y.Doc;
  besluit: Besluit;
  userId: string;
  mayRecord: boolean;
  /** The display name of a user id (the chair's, as a rule). */
  nameOf: (userId: string) => string;
}

/** A standing besluit, with the chair's Wijzigen and Intrekken. */
export function BesluitItem({ doc, besluit, userId, mayRecord, nameOf }: BesluitItemProps) {
  // Null while not being corrected; the typed text while it is.
  const correction = useSlotDraft(besluit.agendaItemId, "besluitCorrectie", besluit.id);
  const editing = correction.text;
  const stamp = () => ({ by: userId, at: new Date().toISOString() });
  const inputId = `besluit-wijzigen-${besluit.id}`;

  if (editing !== null) {
    const trimmed = editing.trim();
    return (
      <li>
        <form
          className="mt-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (trimmed === "") return;
            if (correctBesluit(doc, besluit.id, trimmed, stamp())) correction.discard();
          }}
        >
          <label htmlFor={inputId}>{t.editBesluitLabel}</label>
          <textarea
            id={inputId}
            value={editing}
            maxLength={2000}
            rows={2}
            onChange={(e) => correction.edit(e.target.value)}
          />
          <div className="mt-besluit-actions">
            <button type="submit" className="button button-primary" disabled={trimmed === ""}>
              {t.saveBesluit}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => correction.discard()}
            >
              {t.cancelEdit}
            </button>
          </div>
        </form>
      </li>
    );
  }

  const withdraw = () => {
    if (window.confirm(t.withdrawBesluitConfirm)) withdrawBesluit(doc, besluit.id, stamp());
  };
  return (
    <li>
      {besluit.text}
      {besluit.correctedBy !== undefined && besluit.correctedAt !== undefined && (
        <span className="muted mt-besluit-note">
          {" "}
          ({t.besluitCorrected(nameOf(besluit.correctedBy), formatClockTime(besluit.correctedAt))})
        </span>
      )}
      {mayRecord && (
        <span className="mt-besluit-actions">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => correction.begin(besluit.text)}
          >
            {t.editBesluit}
          </button>
          <button type="button" className="button button-quiet" onClick={withdraw}>
            {t.withdrawBesluit}
          </button>
        </span>
      )}
    </li>
  );
}
