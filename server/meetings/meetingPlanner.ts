/**
 * Plans an overleg: checks the chair, the cases and the invitees, builds the agenda with planned
 * times, and stores one overleg per occurrence of a recurring pattern (each with its own slots).
 */
import { invalidFieldMessage } from "../../shared/api/fieldLabels.js";
import { randomBytes } from "node:crypto";
import type { AgendaSlotPlan, MeetingPlan } from "../../shared/api/meetings.js";
import type { Principal } from "../auth/principal.js";
import { badRequest, forbidden } from "../errors.js";
import { newId } from "../ids.js";
import { caseAccess } from "../policies/casePolicy.js";
import { MEETING_GRACE_MS, mayPlanMeeting } from "../policies/meetingPolicy.js";
import type { MeetingRecord, MeetingSlotRecord, UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { checkTitle } from "./meetingTitle.js";
import { expandRecurrence } from "./recurrence.js";
import { dutchDate, instantOfWallTime } from "../../shared/domain/regionTime.js";

/** A new agenda slot id; also the name of the slot's document (`meeting/<slotId>`). */
export function newSlotId(): string {
  return `slot_${randomBytes(9).toString("base64url")}`;
}

/**
 * Whether an account can be invited to an overleg of `regio`: it exists, is not blocked, is no
 * beheerder, and works in that region (a ZVH invites its own region's partners; the planning form
 * offers no one else, and the server holds the same line).
 */
export function mayBeInvited(user: UserRecord | undefined, regio: string): boolean {
  return user !== undefined && !user.disabled && user.role !== "beheerder" && user.regio === regio;
}

/**
 * Checks one planned slot against the store (invitees exist and may be invited, the planner may
 * steer the case); returns it as stored (without an id yet). Planning and changing both ask here.
 */
export function checkSlot(store: Store, principal: Principal, slot: AgendaSlotPlan, index: number) {
  const invitees = [...new Set(slot.invitees)];
  const c = slot.caseId === undefined ? undefined : store.cases.get(slot.caseId);
  // The same answer for an unknown case and one the planner may not steer.
  if (slot.caseId !== undefined && (!c || caseAccess(principal, c) !== "write")) {
    // An id that names no case never enters the trail; a case not the planner's is a refusal.
    const denied = c ? { action: "meeting.update" as const, caseId: c.id } : undefined;
    throw badRequest(invalidFieldMessage(`agenda.${index}.caseId`, "onbekende casus."), denied);
  }
  // A case slot invites the case's region; a general item the planner's own.
  const regio = c?.regio ?? principal.regio;
  for (const userId of invitees) {
    if (!mayBeInvited(store.users.get(userId), regio)) {
      throw badRequest(
        invalidFieldMessage(
          `agenda.${index}.invitees`,
          "onbekende deelnemer, of iemand die niet (meer) kan worden uitgenodigd: geblokkeerd, beheerder of van een andere regio.",
        ),
      );
    }
  }
  if (c === undefined) {
    return { title: slot.title ?? "", plannedMinutes: slot.plannedMinutes, invitees };
  }
  return { title: c.title, caseId: c.id, plannedMinutes: slot.plannedMinutes, invitees };
}

/** The planned end of an agenda starting at `startsAt`: the start plus every slot's minutes. */
export function plannedEnd(startsAt: Date, agenda: readonly { plannedMinutes: number }[]): Date {
  const minutes = agenda.reduce((sum, slot) => sum + slot.plannedMinutes, 0);
  return new Date(startsAt.getTime() + minutes * 60_000);
}

/** How far ahead an overleg may be planned: a date beyond it is a typing error (2999 for 2029). */
export const MEETING_PLANNING_HORIZON_DAYS = 5 * 366;

/**
 * Refuses a start at which the overleg would be over already (its planned end and the grace after
 * it passed): it would be ended unheld at once, and could be neither started nor changed. A start
 * earlier today whose agenda still runs is taken (an overleg planned as it begins). Refuses a start
 * more than five years ahead too (`MEETING_PLANNING_HORIZON_DAYS`).
 */
export function checkStart(
  startsAt: Date,
  agenda: readonly { plannedMinutes: number }[],
  now: Date,
): void {
  if (startsAt.getTime() - now.getTime() > MEETING_PLANNING_HORIZON_DAYS * 86_400_000) {
    throw badRequest(invalidFieldMessage("date", "kies een datum binnen vijf jaar vanaf vandaag."));
  }
  if (now.getTime() > plannedEnd(startsAt, agenda).getTime() + MEETING_GRACE_MS) {
    // Today's date is right; the time has passed. An earlier day: the date is what is wrong.
    const field = dutchDate(startsAt) === dutchDate(now) ? "time" : "date";
    throw badRequest(
      invalidFieldMessage(
        field,
        "dit overleg zou al voorbij zijn. Kies een datum en tijd die nog komen.",
      ),
    );
  }
}

/** The stored overleg for one start instant, with fresh slot ids. */
export function buildMeeting(
  base: Omit<MeetingRecord, "id" | "agenda" | "startsAt" | "endsAt">,
  startsAt: Date,
  agenda: Omit<MeetingSlotRecord, "id">[],
): MeetingRecord {
  return {
    ...base,
    id: newId("meet"),
    startsAt: startsAt.toISOString(),
    endsAt: plannedEnd(startsAt, agenda).toISOString(),
    agenda: agenda.map((slot) => ({ ...slot, id: newSlotId() })),
  };
}

/** Plans the overleg (every occurrence); returns the stored overleggen. */
export async function planMeeting(
  store: Store,
  principal: Principal,
  plan: MeetingPlan,
  now: Date,
): Promise<MeetingRecord[]> {
  if (!mayPlanMeeting(principal)) throw forbidden();
  const chairUserId = plan.chairUserId ?? principal.userId;
  const chair = store.users.get(chairUserId);
  if (
    !chair ||
    chair.disabled ||
    chair.role !== "procesregisseur" ||
    chair.regio !== principal.regio
  ) {
    throw badRequest(invalidFieldMessage("chairUserId", "kies een procesregisseur van uw regio."));
  }
  const agenda = plan.agenda.map((slot, i) => checkSlot(store, principal, slot, i));
  checkTitle(plan.title, agenda);
  const dates = expandRecurrence(plan.date, plan.recurrence);
  // The first occurrence is the earliest, the last the furthest ahead: all lie between them.
  checkStart(instantOfWallTime(dates[0] ?? plan.date, plan.time), agenda, now);
  checkStart(instantOfWallTime(dates.at(-1) ?? plan.date, plan.time), agenda, now);
  const seriesId = dates.length > 1 ? newId("meet") : undefined;
  const meetings = dates.map((date) =>
    buildMeeting(
      {
        title: plan.title,
        kind: plan.kind,
        location: plan.location || undefined,
        videoLink: plan.videoLink || undefined,
        chairUserId,
        status: "gepland",
        seriesId,
        createdAt: now.toISOString(),
        createdBy: principal.userId,
      },
      instantOfWallTime(date, plan.time),
      agenda,
    ),
  );
  await store.meetings.add(...meetings);
  return meetings;
}
