/**
 * Takes someone who leaves a case team off that case's slots in every overleg that has not started
 * yet, so the invitation does not keep the case open to them as a guest. An overleg that runs or
 * ended keeps its agenda: it is the record of who was invited (and whose attendance the verslag
 * holds). Each overleg changes through the repository's `changePlan`, which re-checks the open
 * sockets of everyone on it.
 */
import { hasEnded } from "../policies/meetingPolicy.js";
import type { MeetingRecord, MeetingSlotRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/** One overleg the person was taken off, and from how many of its slots. */
export interface WithdrawnInvitation {
  meeting: MeetingRecord;
  slots: number;
}

/** True for an overleg whose agenda may still change: planned, not started, not past its end. */
function notStartedYet(meeting: MeetingRecord, now: Date): boolean {
  return meeting.status === "gepland" && !hasEnded(meeting, now);
}

/** True when `userId` is invited to this slot of the case. */
function invitesTo(slot: MeetingSlotRecord, caseId: string, userId: string): boolean {
  return slot.caseId === caseId && slot.invitees.includes(userId);
}

/** Removes `userId` from the invitees of the case's slots in every overleg not started yet. */
export async function withdrawCaseInvitations(
  store: Store,
  caseId: string,
  userId: string,
  now: Date,
): Promise<WithdrawnInvitation[]> {
  const withdrawn: WithdrawnInvitation[] = [];
  const affected = store.meetings
    .list()
    .filter((m) => notStartedYet(m, now) && m.agenda.some((s) => invitesTo(s, caseId, userId)));
  for (const meeting of affected) {
    const slots = meeting.agenda.filter((s) => invitesTo(s, caseId, userId)).length;
    const agenda = meeting.agenda.map((s) =>
      invitesTo(s, caseId, userId) ? { ...s, invitees: s.invitees.filter((u) => u !== userId) } : s,
    );
    await store.meetings.changePlan(meeting.id, { agenda });
    withdrawn.push({ meeting, slots });
  }
  return withdrawn;
}
