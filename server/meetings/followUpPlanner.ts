/**
 * Plans a follow-up overleg for one case (chair only): same chair, kind and place, the case's slot
 * with the same invitees. The open actions of the plan carry over: they head the new slot. A closed
 * case gets none (409): it is not discussed again.
 */
import type { z } from "zod";
import type { FollowUpSchema } from "../../shared/api/meetings.js";
import type { Principal } from "../auth/principal.js";
import { conflict, forbidden } from "../errors.js";
import { isChair } from "../policies/meetingPolicy.js";
import type { MeetingRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import type { ClearedSlot } from "./meetingFinder.js";
import { buildMeeting } from "./meetingPlanner.js";
import { instantOfWallTime } from "../../shared/domain/regionTime.js";

/** Creates the follow-up overleg; returns it. 403 unless the chair, 409 for a closed case. */
export async function planFollowUp(
  store: Store,
  principal: Principal,
  found: ClearedSlot,
  request: z.infer<typeof FollowUpSchema>,
  now: Date,
): Promise<MeetingRecord> {
  if (!isChair(principal, found.meeting)) throw forbidden();
  if (found.caseRecord.phase === "gesloten") {
    throw conflict("Voor een gesloten casus wordt geen vervolgoverleg gepland.");
  }
  const { meeting, slot } = found;
  const followUp = buildMeeting(
    {
      title: `Vervolgoverleg: ${slot.title}`,
      kind: meeting.kind,
      location: meeting.location,
      videoLink: meeting.videoLink,
      chairUserId: meeting.chairUserId,
      status: "gepland",
      followUpOf: meeting.id,
      createdAt: now.toISOString(),
      createdBy: principal.userId,
    },
    instantOfWallTime(request.date, request.time),
    [
      {
        title: slot.title,
        caseId: slot.caseId,
        plannedMinutes: request.plannedMinutes,
        invitees: slot.invitees,
      },
    ],
  );
  await store.meetings.add(followUp);
  return followUp;
}
