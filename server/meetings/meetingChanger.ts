/**
 * Changes a planned overleg (one occurrence): its facts and its agenda. Every slot is checked as
 * planning checks it (`checkSlot`), and the planned times are recomputed from the new start.
 *
 * An existing slot keeps its id, because the id also names its live document (`meeting/<slotId>`,
 * attendance and besluiten) and the verslagen made from it; for the same reason it keeps its case:
 * another case needs a new slot. Verklaringen are per overleg and person, so they stay; a person
 * taken off every slot keeps a signature that clears nothing (clearance follows the invitations).
 *
 * A slot whose case closed since stays as it was (fewer invitees, other minutes) until the chair
 * takes it off: a closed case may not be planned anew.
 *
 * A slot taken off the agenda is gone with what was written in its document before the overleg (the
 * route deletes that document): nobody could open it again, and it may hold case data.
 *
 * A change made on an older `planRevision` than the stored one (the chair's other window saved
 * first, or a member left the case team meanwhile) is refused rather than saved over that change.
 */
import { invalidFieldMessage } from "../../shared/api/fieldLabels.js";
import type { AgendaSlotChange, MeetingChange } from "../../shared/api/meetings.js";
import type { Principal } from "../auth/principal.js";
import { badRequest, conflict, forbidden } from "../errors.js";
import { caseAccess } from "../policies/casePolicy.js";
import { hasEnded, mayChangeMeeting } from "../policies/meetingPolicy.js";
import type { MeetingRecord, MeetingSlotRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { findVisibleMeeting } from "./meetingFinder.js";
import { checkStart, checkSlot, newSlotId, plannedEnd } from "./meetingPlanner.js";
import { checkTitle } from "./meetingTitle.js";
import { instantOfWallTime } from "../../shared/domain/regionTime.js";

/** What a change did to the agenda: for the audit trail, and the slots whose documents go. */
export interface MeetingChangeSummary {
  meeting: MeetingRecord;
  added: number;
  /** The slots taken off the agenda. */
  removedSlotIds: string[];
  /** Every case on the agenda before or after the change (for the audit trail). */
  caseIds: string[];
}

/** Refused once the overleg started or ended: its agenda is then the record of what happened. */
export const notPlannedAnymore = () =>
  conflict("Dit overleg is al begonnen of afgerond en kan niet meer worden gewijzigd.");

/** Refused when the plan changed since the form was loaded: saving would undo that change. */
export const planChangedMeanwhile = () =>
  conflict(
    "Dit overleg is intussen gewijzigd, in een ander venster of door iemand anders. Laad het opnieuw; uw wijzigingen zijn nog niet opgeslagen.",
  );

/** True for a slot whose case closed since it was planned, and which the chair may still see. */
function isClosedCaseSlot(store: Store, principal: Principal, slot: MeetingSlotRecord): boolean {
  const c = slot.caseId === undefined ? undefined : store.cases.get(slot.caseId);
  return c?.phase === "gesloten" && caseAccess(principal, c) !== "none";
}

/**
 * A slot of a closed case as the change keeps it (the chair takes it off by leaving it out): its
 * minutes may change, its invitees only become fewer. A closed case is not planned anew, and is no
 * longer open to guests (meetingPolicy's `isOpenToGuests`).
 */
function keptClosedSlot(
  existing: MeetingSlotRecord,
  slot: AgendaSlotChange,
  index: number,
): MeetingSlotRecord {
  const invitees = [...new Set(slot.invitees)];
  if (invitees.some((userId) => !existing.invitees.includes(userId))) {
    throw badRequest(
      invalidFieldMessage(
        `agenda.${index}.invitees`,
        "deze casus is gesloten; er kan niemand meer bij worden uitgenodigd.",
      ),
    );
  }
  return { ...existing, plannedMinutes: slot.plannedMinutes, invitees };
}

/** One slot of the change as stored: an existing slot (by id) with its case, or a new slot. */
function changedSlot(
  store: Store,
  principal: Principal,
  meeting: MeetingRecord,
  slot: AgendaSlotChange,
  index: number,
): MeetingSlotRecord {
  if (slot.id === undefined)
    return { ...checkSlot(store, principal, slot, index), id: newSlotId() };
  const existing = meeting.agenda.find((s) => s.id === slot.id);
  if (!existing) {
    throw badRequest(invalidFieldMessage(`agenda.${index}.id`, "onbekend agendapunt."));
  }
  if (slot.caseId !== undefined && slot.caseId !== existing.caseId) {
    throw badRequest(
      invalidFieldMessage(
        `agenda.${index}.caseId`,
        "een agendapunt houdt zijn casus; voeg voor een andere casus een nieuw punt toe.",
      ),
    );
  }
  if (isClosedCaseSlot(store, principal, existing)) return keptClosedSlot(existing, slot, index);
  const general = existing.caseId === undefined;
  const checked = checkSlot(
    store,
    principal,
    {
      caseId: existing.caseId,
      title: general && (slot.title ?? "") !== "" ? slot.title : existing.title,
      plannedMinutes: slot.plannedMinutes,
      invitees: slot.invitees,
    },
    index,
  );
  // A slot whose case was destroyed still counts as a case slot in reports.
  return {
    ...checked,
    id: existing.id,
    ...(existing.removedCase ? { removedCase: existing.removedCase } : {}),
  };
}

/**
 * Changes the planned overleg; 404 unless visible, 403 unless its chair, 409 once started or when
 * `change.planRevision` is given and is not the stored revision.
 */
export async function changeMeeting(
  store: Store,
  principal: Principal,
  id: string,
  change: MeetingChange,
  now: Date,
): Promise<MeetingChangeSummary> {
  const meeting = findVisibleMeeting(store, principal, id);
  if (!mayChangeMeeting(principal, meeting)) throw forbidden();
  if (meeting.status !== "gepland" || hasEnded(meeting, now)) throw notPlannedAnymore();
  // Checked with no await before `changePlan` counts the revision up, so of two changes made on
  // the same revision exactly one is saved.
  if (change.planRevision !== undefined && change.planRevision !== (meeting.planRevision ?? 0)) {
    throw planChangedMeanwhile();
  }
  const seen = new Set<string>();
  change.agenda.forEach((slot, i) => {
    if (slot.id === undefined) return;
    if (seen.has(slot.id)) {
      throw badRequest(invalidFieldMessage(`agenda.${i}.id`, "dit agendapunt staat er al."));
    }
    seen.add(slot.id);
  });
  const agenda = change.agenda.map((slot, i) => changedSlot(store, principal, meeting, slot, i));
  checkTitle(change.title, agenda, meeting.agenda);
  const startsAt = instantOfWallTime(change.date, change.time);
  checkStart(startsAt, agenda, now);
  const kept = new Set(agenda.map((s) => s.id));
  const summary = {
    added: change.agenda.filter((s) => s.id === undefined).length,
    removedSlotIds: meeting.agenda.filter((s) => !kept.has(s.id)).map((s) => s.id),
    caseIds: [
      ...new Set([...meeting.agenda, ...agenda].flatMap((s) => (s.caseId ? [s.caseId] : []))),
    ],
  };
  await store.meetings.changePlan(meeting.id, {
    title: change.title,
    kind: change.kind,
    location: change.location || undefined,
    videoLink: change.videoLink || undefined,
    startsAt: startsAt.toISOString(),
    endsAt: plannedEnd(startsAt, agenda).toISOString(),
    agenda,
  });
  return { meeting, ...summary };
}
