/**
 * The client side of `/api/meetings`. Responses are typed by the shared API module; the server
 * builds them with the same types, so a shallow check (an object arrived) is enough here.
 */
import { z } from "zod";
import {
  FollowUpSchema,
  type FreezeVerslagRequest,
  type MeetingChange,
  type MeetingList,
  type MeetingPlan,
  type MeetingView,
  type PhaseChange,
  type PlanningOptions,
  type SamenvattingConceptRequest,
  type SamenvattingConceptView,
  type SlotCaseView,
  type SlotCorrectionInput,
  type VerklaringView,
  type VerslagOverview,
} from "../../shared/api/meetings.js";
import { requestJson, requestVoid } from "../api/http.js";

const isObject = (value: unknown) => typeof value === "object" && value !== null;
const shape = <T>() => z.custom<T>(isObject);

const base = "/api/meetings";
const meetingPath = (id: string) => `${base}/${encodeURIComponent(id)}`;
const slotPath = (id: string, slotId: string) =>
  `${meetingPath(id)}/slots/${encodeURIComponent(slotId)}`;

/** The overleggen the user is invited to or chairs. */
export function listMeetings(signal?: AbortSignal): Promise<MeetingList> {
  return requestJson("GET", base, shape<MeetingList>(), { signal });
}

/** One overleg with the agenda as the user may see it. */
export function loadMeeting(id: string, signal?: AbortSignal): Promise<MeetingView> {
  return requestJson("GET", meetingPath(id), shape<MeetingView>(), { signal });
}

/** What the planning form may choose from (procesregisseur). */
export function loadPlanningOptions(signal?: AbortSignal): Promise<PlanningOptions> {
  return requestJson("GET", `${base}/planning-options`, shape<PlanningOptions>(), { signal });
}

/** Plans an overleg; returns the ids of every occurrence. */
export function planMeeting(plan: MeetingPlan): Promise<{ ids: string[] }> {
  return requestJson("POST", base, shape<{ ids: string[] }>(), { body: plan });
}

/** Changes a planned overleg (chair); returns it as changed. */
export function changeMeeting(id: string, change: MeetingChange): Promise<MeetingView> {
  return requestJson("PATCH", meetingPath(id), shape<MeetingView>(), { body: change });
}

/** The geheimhoudingsverklaring for this overleg. */
export function loadVerklaring(id: string, signal?: AbortSignal): Promise<VerklaringView> {
  return requestJson("GET", `${meetingPath(id)}/verklaring`, shape<VerklaringView>(), { signal });
}

/** Signs the verklaring for this overleg. */
export function signVerklaring(id: string): Promise<VerklaringView> {
  return requestJson("POST", `${meetingPath(id)}/verklaring`, shape<VerklaringView>(), {
    body: { akkoord: true },
  });
}

/** Starts or ends the overleg (chair). */
export function setMeetingRunning(id: string, step: "start" | "end"): Promise<MeetingView> {
  return requestJson("POST", `${meetingPath(id)}/${step}`, shape<MeetingView>(), { body: {} });
}

/** The case data of one slot. */
export function loadSlot(id: string, slotId: string, signal?: AbortSignal): Promise<SlotCaseView> {
  return requestJson("GET", slotPath(id, slotId), shape<SlotCaseView>(), { signal });
}

/** The verslag versions (and, for the chair, the draft) of one slot. */
export function loadVerslag(
  id: string,
  slotId: string,
  signal?: AbortSignal,
): Promise<VerslagOverview> {
  return requestJson("GET", `${slotPath(id, slotId)}/verslag`, shape<VerslagOverview>(), {
    signal,
  });
}

/** Freezes the verslag as the new version `request.version` (chair). */
export function freezeVerslag(
  id: string,
  slotId: string,
  request: FreezeVerslagRequest,
): Promise<{ version: number }> {
  return requestJson("POST", `${slotPath(id, slotId)}/verslag`, shape<{ version: number }>(), {
    body: request,
  });
}

/** Stores the samenvatting the chair is typing for the next version (chair). */
export function saveSamenvattingConcept(
  id: string,
  slotId: string,
  request: SamenvattingConceptRequest,
): Promise<SamenvattingConceptView> {
  return requestJson(
    "PUT",
    `${slotPath(id, slotId)}/verslag/samenvatting`,
    shape<SamenvattingConceptView>(),
    { body: request },
  );
}

/** Moves the slot's case to a next phase (chair). */
export function changePhase(
  id: string,
  slotId: string,
  change: PhaseChange,
): Promise<SlotCaseView> {
  return requestJson("POST", `${slotPath(id, slotId)}/phase`, shape<SlotCaseView>(), {
    body: change,
  });
}

/**
 * Plans the follow-up of the slot's case (chair): in a new overleg, or with `meetingId` on an
 * overleg already planned. Answers the overleg it is in.
 */
export function planFollowUp(
  id: string,
  slotId: string,
  request: z.input<typeof FollowUpSchema>,
): Promise<{ id: string }> {
  return requestJson("POST", `${slotPath(id, slotId)}/follow-up`, shape<{ id: string }>(), {
    body: FollowUpSchema.parse(request),
  });
}

/** Sends one correction of a slot's record; rejects with the server's reason. */
export type SlotCorrector = (correction: SlotCorrectionInput) => Promise<void>;

/** Corrects a besluit or someone's attendance in an ended overleg's slot (chair, in the window). */
export function correctSlotRecord(
  id: string,
  slotId: string,
  correction: SlotCorrectionInput,
): Promise<void> {
  return requestVoid("POST", `${slotPath(id, slotId)}/correction`, { body: correction });
}
