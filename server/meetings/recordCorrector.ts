/**
 * Corrigeren na afloop: the chair corrects the record of an ended overleg in one case slot (the
 * text of a besluit, its withdrawal, or one person's attendance) until
 * `MEETING_CORRECTION_WINDOW_DAYS` after the end. The correction is made in the slot's live
 * document in one server-side transaction, so every page that has the slot open shows it at once
 * and the next verslag version holds it; the original stays in the document beside it
 * (meetingCorrections.ts). A correction of a record that changed since the chair's page showed it
 * is refused (409), never written over it.
 */
import { invalidFieldMessage } from "../../shared/api/fieldLabels.js";
import type * as Y from "yjs";
import type { SlotCorrection } from "../../shared/api/meetings.js";
import {
  correctAttendanceAfterEnd,
  correctBesluitAfterEnd,
  withdrawBesluitAfterEnd,
  type CorrectionOutcome,
} from "../../shared/docs/meetingCorrections.js";
import { MEETING_CORRECTION_WINDOW_DAYS } from "../../shared/domain/meeting.js";
import type { Stamp } from "../../shared/docs/readSupport.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import type { Principal } from "../auth/principal.js";
import { badRequest, conflict, forbidden, unexpectedCase } from "../errors.js";
import {
  hasEnded,
  isCorrectionWindowOpen,
  mayCorrectMeetingRecord,
  slotAttendeeIds,
} from "../policies/meetingPolicy.js";
import { withDocument, type DocumentOpener } from "./documentReader.js";
import type { ClearedSlot } from "./meetingFinder.js";

/** The Dutch answers to a correction that was not made, per kind of record. */
const REFUSED = {
  notEnded:
    "Dit overleg is nog niet afgerond. Tijdens het overleg legt u besluiten en aanwezigheid vast in de vergaderkamer.",
  windowClosed: `De termijn om dit overleg te corrigeren is verstreken: dat kan tot ${MEETING_CORRECTION_WINDOW_DAYS} dagen na afloop. Leg de wijziging vast in het volgende overleg.`,
  notAttendee: invalidFieldMessage("userId", "deze persoon staat niet op dit agendapunt."),
  besluit: {
    notFound: "Dit besluit staat niet (meer) bij dit agendapunt.",
    withdrawn: "Dit besluit is ingetrokken en kan niet meer worden gecorrigeerd.",
    stale:
      "Dit besluit is intussen gewijzigd. Bekijk de tekst zoals die nu is en corrigeer zo nodig opnieuw.",
    unchanged: "De gecorrigeerde tekst is gelijk aan de tekst zoals die nu is.",
  },
  besluitIntrekking: {
    stale:
      "Dit besluit is intussen gewijzigd. Bekijk de tekst zoals die nu is en trek het zo nodig opnieuw in.",
    // A withdrawal always changes the besluit; a second one is refused as `withdrawn`.
    unchanged: "Dit besluit is al ingetrokken.",
  },
  aanwezigheid: {
    stale:
      "De aanwezigheid van deze persoon is intussen gewijzigd. Bekijk hoe die nu is vastgelegd en corrigeer zo nodig opnieuw.",
    unchanged: "De gecorrigeerde aanwezigheid is gelijk aan wat nu is vastgelegd.",
  },
} as const;

/** Applies the correction to the slot document as it stands. */
function apply(
  doc: Y.Doc,
  slotId: string,
  correction: SlotCorrection,
  stamp: Stamp,
): CorrectionOutcome {
  switch (correction.kind) {
    case "besluit":
      return correctBesluitAfterEnd(doc, slotId, correction.besluitId, correction, stamp);
    case "besluitIntrekking":
      return withdrawBesluitAfterEnd(doc, slotId, correction.besluitId, correction, stamp);
    case "aanwezigheid":
      return correctAttendanceAfterEnd(doc, slotId, correction.userId, correction, stamp);
    default:
      return unexpectedCase(correction);
  }
}

/** Throws the Dutch refusal of a correction that was not made. */
function refuse(kind: SlotCorrection["kind"], outcome: Exclude<CorrectionOutcome, "corrected">) {
  switch (outcome) {
    case "unchanged":
      return badRequest(REFUSED[kind].unchanged);
    case "stale":
      return conflict(REFUSED[kind].stale);
    case "notFound":
    case "withdrawn":
      // An attendance correction is always found (a missing mark is "niet vastgelegd").
      return conflict(REFUSED.besluit[outcome]);
    default:
      return unexpectedCase(outcome);
  }
}

/**
 * Corrects the slot's record as `principal`: 403 for anyone but the chair, 409 before the end,
 * after the window, or when the record changed since the chair saw it.
 */
export async function correctSlotRecord(
  open: DocumentOpener,
  principal: Principal,
  found: ClearedSlot,
  correction: SlotCorrection,
  now: Date,
): Promise<void> {
  const { meeting, slot } = found;
  if (!mayCorrectMeetingRecord(principal, meeting)) throw forbidden();
  if (!hasEnded(meeting, now)) throw conflict(REFUSED.notEnded);
  if (!isCorrectionWindowOpen(meeting, now)) throw conflict(REFUSED.windowClosed);
  if (
    correction.kind === "aanwezigheid" &&
    !slotAttendeeIds(meeting, slot).includes(correction.userId)
  ) {
    throw badRequest(REFUSED.notAttendee);
  }
  const stamp = { by: principal.userId, at: now.toISOString() };
  const docName = formatDocName({ type: "meeting", meetingId: slot.id });
  const outcome = await withDocument(open, docName, (doc) =>
    apply(doc, slot.id, correction, stamp),
  );
  if (outcome !== "corrected") throw refuse(correction.kind, outcome);
}
