/**
 * The chair's correction of one person's attendance after the overleg ended: the status it should
 * have been and an optional short reason. It is sent with the status as it was when the form
 * opened, so a mark changed since (in another window) is refused instead of overwritten.
 */
import { useState } from "react";
import type { SlotCorrectionInput } from "../../shared/api/meetings.js";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "../../shared/domain/meeting.js";
import { messages } from "../i18n/messages.js";
import { CorrectionFormEnd } from "./CorrectionFormEnd.js";
import type { SlotCorrector } from "./meetingsApi.js";
import { useSlotCorrection } from "./useSlotCorrection.js";

const t = messages.meetings;

/** Props of the form. */
export interface AttendanceCorrectionFormProps {
  userId: string;
  displayName: string;
  /** The status recorded now (null: niet vastgelegd). */
  current: AttendanceStatus | null;
  correct: SlotCorrector;
  /** Called when the correction was made or cancelled. */
  onClose: () => void;
}

/** The form in a person's attendance cell while the chair corrects it. */
export function AttendanceCorrectionForm({
  userId,
  displayName,
  current,
  correct,
  onClose,
}: AttendanceCorrectionFormProps) {
  const [previousStatus] = useState(current);
  const [status, setStatus] = useState<AttendanceStatus>(current ?? "aanwezig");
  const [reason, setReason] = useState("");
  const inputId = `aanwezigheid-corrigeren-${userId}`;
  const correction: SlotCorrectionInput = {
    kind: "aanwezigheid",
    userId,
    previousStatus,
    status,
    reason,
  };
  const { failure, busy, onSubmit } = useSlotCorrection(correct, correction, onClose);
  return (
    <form className="mt-inline-form" onSubmit={onSubmit}>
      <label htmlFor={inputId}>{t.correctAttendanceLabel(displayName)}</label>
      <select
        id={inputId}
        value={status}
        onChange={(e) => setStatus(e.target.value as AttendanceStatus)}
      >
        {ATTENDANCE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t.attendance[s]}
          </option>
        ))}
      </select>
      <CorrectionFormEnd
        inputId={inputId}
        reason={reason}
        onReason={setReason}
        failure={failure}
        busy={busy}
        canSave={status !== previousStatus}
        onCancel={onClose}
      />
    </form>
  );
}
