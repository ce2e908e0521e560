/**
 * Takes people off a case's slots in every overleg that has not started yet, so an invitation does
 * not keep the case open to them as a guest: someone who leaves the case team, and the guests of a
 * case that closed. An overleg that ended keeps its agenda: it is the record of who was invited
 * (and whose attendance the verslag holds). In an overleg that runs, someone who leaves the case
 * team is taken off the slot too, or signing its verklaring would open the case to them again as a
 * guest; they move to the slot's `withdrawn`, so the attendance recorded for them stays in the
 * verslag. Each overleg changes through the repository's `changePlan`, which re-checks the open
 * sockets of everyone on it.
 */
import type { Case } from "../../shared/domain/case.js";
import { caseActorOf, isStandingPartner, mayBeGuestOf } from "../policies/casePolicy.js";
import { hasEnded } from "../policies/meetingPolicy.js";
import type { MeetingRecord, MeetingSlotRecord, UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/**
 * One overleg people were taken off: from how many of its slots, and who. For a case that closed,
 * also an overleg nobody was taken off (`userIds` empty) whose agenda now shows the case closed.
 */
export interface WithdrawnInvitation {
  meeting: MeetingRecord;
  slots: number;
  userIds: string[];
}

/** True for an overleg whose agenda may still change: planned, not started, not past its end. */
function notStartedYet(meeting: MeetingRecord, now: Date): boolean {
  return meeting.status === "gepland" && !hasEnded(meeting, now);
}

/** True for an overleg that runs now: started and not past its end. */
function runsNow(meeting: MeetingRecord, now: Date): boolean {
  return meeting.status === "bezig" && !hasEnded(meeting, now);
}

/** The slot without the invitees `leaves` picks; in an overleg that runs, they become `withdrawn`. */
function withoutLeaving(
  slot: MeetingSlotRecord,
  leaving: string[],
  running: boolean,
): MeetingSlotRecord {
  if (leaving.length === 0) return slot;
  const invitees = slot.invitees.filter((u) => !leaving.includes(u));
  if (!running) return { ...slot, invitees };
  return { ...slot, invitees, withdrawn: [...new Set([...(slot.withdrawn ?? []), ...leaving])] };
}

/** Which overleggen a withdrawal changes: those not started yet, or also the one that runs. */
type Reach = "notStarted" | "notStartedOrRunning";

/**
 * Removes the invitees `leaves` picks from the case's slots in every overleg `reach` names;
 * returns each overleg changed.
 */
async function withdrawFromCaseSlots(
  store: Store,
  caseId: string,
  leaves: (userId: string) => boolean,
  now: Date,
  reach: Reach,
): Promise<WithdrawnInvitation[]> {
  const leaving = (slot: MeetingSlotRecord) =>
    slot.caseId === caseId ? slot.invitees.filter(leaves) : [];
  const changes = (m: MeetingRecord) =>
    notStartedYet(m, now) || (reach === "notStartedOrRunning" && runsNow(m, now));
  const withdrawn: WithdrawnInvitation[] = [];
  const affected = store.meetings
    .list()
    .filter((m) => changes(m) && m.agenda.some((s) => leaving(s).length > 0));
  for (const meeting of affected) {
    const touched = meeting.agenda.filter((s) => leaving(s).length > 0);
    const userIds = [...new Set(touched.flatMap(leaving))];
    const running = runsNow(meeting, now);
    const agenda = meeting.agenda.map((s) => withoutLeaving(s, leaving(s), running));
    await store.meetings.changePlan(meeting.id, { agenda });
    withdrawn.push({ meeting, slots: touched.length, userIds });
  }
  return withdrawn;
}

/**
 * Takes `userId`, who left the case team, off the case's slots in every overleg not started yet and
 * in the one that runs.
 */
export function withdrawCaseInvitations(
  store: Store,
  caseId: string,
  userId: string,
  now: Date,
): Promise<WithdrawnInvitation[]> {
  return withdrawFromCaseSlots(store, caseId, (u) => u === userId, now, "notStartedOrRunning");
}

/**
 * Takes an account whose organisation, region or role changed off the slots of every case it may
 * no longer take part in (neither as a standing partner nor as a guest: `mayBeGuestOf`), in the
 * overleggen not started yet and the one that runs. Answers what went, per case.
 */
export async function withdrawMovedAccount(
  store: Store,
  account: UserRecord,
  now: Date,
): Promise<{ caseId: string; withdrawn: WithdrawnInvitation[] }[]> {
  const actor = caseActorOf(account);
  const invitedTo = new Set(
    store.meetings
      .list()
      .flatMap((m) => m.agenda)
      .filter((s) => s.caseId !== undefined && s.invitees.includes(account.id))
      .map((s) => s.caseId ?? ""),
  );
  const result: { caseId: string; withdrawn: WithdrawnInvitation[] }[] = [];
  for (const caseId of invitedTo) {
    const c = store.cases.get(caseId);
    if (c === undefined || isStandingPartner(actor, c) || mayBeGuestOf(actor, c)) continue;
    const withdrawn = await withdrawCaseInvitations(store, caseId, account.id, now);
    if (withdrawn.length > 0) result.push({ caseId, withdrawn });
  }
  return result;
}

/**
 * Takes the guests (invitees who are no standing partner) off the slots of a case that closed, in
 * every overleg not started yet: a closed case is no longer open to guests (meetingPolicy's
 * `isOpenToGuests`), so the invitation would only ask them to sign for nothing. The standing
 * partners stay invited; the chair takes the case off the agenda if it is not to be discussed.
 * Every other overleg not ended that holds the case (the running one that closed it, one with
 * standing partners only) counts a plan change too: its agenda marks the case closed now, and the
 * screens that have it open load it again when it is announced.
 */
export async function withdrawGuestsOfClosedCase(
  store: Store,
  c: Case,
  now: Date,
): Promise<WithdrawnInvitation[]> {
  const isGuest = (userId: string) => {
    const user = store.users.get(userId);
    return user === undefined || !isStandingPartner(caseActorOf(user), c);
  };
  const withdrawn = await withdrawFromCaseSlots(store, c.id, isGuest, now, "notStarted");
  const changed = new Set(withdrawn.map((w) => w.meeting.id));
  const marked = store.meetings
    .list()
    .filter(
      (m) =>
        !changed.has(m.id) && !hasEnded(m, now) && m.agenda.some((slot) => slot.caseId === c.id),
    );
  for (const meeting of marked) {
    await store.meetings.countPlanChange(meeting.id);
    withdrawn.push({ meeting, slots: 0, userIds: [] });
  }
  return withdrawn;
}
