/**
 * Corrections of a slot's record after the overleg ended ("corrigeren na afloop"): the text of a
 * besluit, its withdrawal, or one person's attendance. The server writes them, for the chair, in one transaction
 * on the slot document (meetingDoc.ts describes the layout). A correction never erases the record:
 * the entry keeps what the overleg left (the first original, through later corrections) in its
 * `correctionAfterEnd`, with who corrected it last, when and why. Each correction names what the
 * chair saw; when the record changed since, nothing is written ("stale").
 */
import type * as Y from "yjs";
import type { AttendanceStatus, Besluit } from "../domain/meeting.js";
import { attendanceKey, changeBesluit, MEETING_DOC_KEYS, parseAttendance } from "./meetingDoc.js";
import type { Stamp } from "./readSupport.js";

/**
 * What a correction came to: made; nothing to correct (no such besluit in the slot, or it was
 * withdrawn); the record changed since the chair saw it; the same as it stands already.
 */
export type CorrectionOutcome = "corrected" | "notFound" | "withdrawn" | "stale" | "unchanged";

/** A besluit's new text, the text the chair corrected, and an optional reason. */
export interface BesluitTextCorrection {
  text: string;
  previousText: string;
  reason?: string | undefined;
}

/** A person's new attendance status, the status the chair corrected (null: none), a reason. */
export interface AttendanceStatusCorrection {
  status: AttendanceStatus;
  previousStatus: AttendanceStatus | null;
  reason?: string | undefined;
}

/** The correction's stamp and, when given, its reason. */
function correctionStamp(stamp: Stamp, reason: string | undefined) {
  return { by: stamp.by, at: stamp.at, ...(reason ? { reason } : {}) };
}

/**
 * Changes besluit `id` of slot `slotId` with `change`, if it stands and still has the text the
 * chair saw (`previousText`); `change` returns null when it would change nothing.
 */
function changeStandingBesluit(
  doc: Y.Doc,
  slotId: string,
  id: string,
  previousText: string,
  change: (current: Besluit) => Besluit | null,
): CorrectionOutcome {
  // Widened on purpose: the callback below sets it.
  let outcome = "notFound" as CorrectionOutcome;
  const written = changeBesluit(doc, id, (current) => {
    if (current.agendaItemId !== slotId) return current;
    if (current.withdrawnBy !== undefined) outcome = "withdrawn";
    else if (current.text !== previousText) outcome = "stale";
    else {
      const changed = change(current);
      outcome = changed === null ? "unchanged" : "corrected";
      return changed ?? current;
    }
    return current;
  });
  return written ? outcome : "notFound";
}

/** Corrects the text of besluit `id` of slot `slotId`, keeping the original beside it. */
export function correctBesluitAfterEnd(
  doc: Y.Doc,
  slotId: string,
  id: string,
  correction: BesluitTextCorrection,
  stamp: Stamp,
): CorrectionOutcome {
  return changeStandingBesluit(doc, slotId, id, correction.previousText, (current) =>
    current.text === correction.text
      ? null
      : {
          ...current,
          text: correction.text,
          correctionAfterEnd: {
            originalText: current.correctionAfterEnd?.originalText ?? current.text,
            ...correctionStamp(stamp, correction.reason),
          },
        },
  );
}

/** What a withdrawal after the overleg names: the text the chair saw, and why. */
export interface BesluitWithdrawalRequest {
  previousText: string;
  reason: string;
}

/**
 * Withdraws besluit `id` of slot `slotId` after the overleg ended. It stays in the document,
 * marked withdrawn as during the overleg, with the withdrawal's stamp and reason beside it.
 */
export function withdrawBesluitAfterEnd(
  doc: Y.Doc,
  slotId: string,
  id: string,
  request: BesluitWithdrawalRequest,
  stamp: Stamp,
): CorrectionOutcome {
  return changeStandingBesluit(doc, slotId, id, request.previousText, (current) => ({
    ...current,
    withdrawnBy: stamp.by,
    withdrawnAt: stamp.at,
    withdrawalAfterEnd: { by: stamp.by, at: stamp.at, reason: request.reason },
  }));
}

/**
 * Corrects the attendance of `userId` in slot `slotId`, keeping the mark the overleg left (or
 * that there was none) beside it.
 */
export function correctAttendanceAfterEnd(
  doc: Y.Doc,
  slotId: string,
  userId: string,
  correction: AttendanceStatusCorrection,
  stamp: Stamp,
): CorrectionOutcome {
  const attendance = doc.getMap<unknown>(MEETING_DOC_KEYS.attendance);
  const key = attendanceKey(slotId, userId);
  const current = parseAttendance(key, attendance.get(key))?.entry ?? null;
  if ((current?.status ?? null) !== correction.previousStatus) return "stale";
  if (current?.status === correction.status) return "unchanged";
  const original =
    current === null
      ? null
      : current.correctionAfterEnd !== undefined
        ? current.correctionAfterEnd.original
        : { status: current.status, setBy: current.setBy, setAt: current.setAt };
  doc.transact(() => {
    attendance.set(key, {
      status: correction.status,
      setBy: stamp.by,
      setAt: stamp.at,
      correctionAfterEnd: { original, ...correctionStamp(stamp, correction.reason) },
    });
  });
  return "corrected";
}
