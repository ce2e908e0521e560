/** Helpers for overleg tests: the demo overleg, its slots, and planning one with invitees or a guest. */
import { expect } from "vitest";
import type { AgendaSlotPlan, MeetingView } from "../../../shared/api/meetings.js";
import { insertActionItem } from "../../../shared/docs/planDoc.js";
import { wallTimeOf } from "../../../shared/domain/regionTime.js";
import type { TestServer } from "../../support/server.js";
import { demoUser, eventually, type Sockets } from "../../support/sessionClient.js";

/** The demo overleg as the chair sees it, with the slot ids of Demo casus A and B. */
export interface DemoOverleg {
  id: string;
  slotA: string;
  slotB: string;
  caseA: string;
  caseB: string;
}

/** Reads the demo overleg through the API as pr.jansen. */
export async function demoOverleg(server: TestServer, chairCookie: string): Promise<DemoOverleg> {
  const list = (await (await server.api("/api/meetings", { cookie: chairCookie })).json()) as {
    meetings: { id: string }[];
  };
  const id = list.meetings[0]?.id ?? "";
  const view = (await (
    await server.api(`/api/meetings/${id}`, { cookie: chairCookie })
  ).json()) as MeetingView;
  const slot = (title: string) => view.agenda.find((s) => s.title === title);
  return {
    id,
    slotA: slot("Demo casus A")?.id ?? "",
    slotB: slot("Demo casus B")?.id ?? "",
    caseA: slot("Demo casus A")?.caseId ?? "",
    caseB: slot("Demo casus B")?.caseId ?? "",
  };
}

/**
 * Writes an open action for Carlos Bakker (Politie) into the case's plan, as the chair's editor
 * would; the action index follows through the extractor.
 */
export async function addBakkerAction(
  server: TestServer,
  sockets: Sockets,
  chairCookie: string,
  caseId: string,
  action: { id: string; text: string },
): Promise<void> {
  const plan = sockets.open(chairCookie, `case/${caseId}/plan`);
  await eventually(() => plan.provider.synced, "plan synced");
  insertActionItem(plan.doc, {
    ...action,
    organisationId: demoUser(server, "cr.bakker").organisationId,
    responsible: "Carlos Bakker",
    dueDate: "2030-01-31",
    status: "open",
    kind: "zorg",
  });
}

/** An overleg planned for a test, with the id of the case's slot. */
export interface PlannedOverleg {
  id: string;
  slotId: string;
}

/**
 * Plans, as the chair, an overleg titled `title` at `startsAt` with the case, `invitees` (user
 * ids) invited to the case's slot; `before` slots come first on the agenda.
 */
export async function planWithInvitees(
  server: TestServer,
  chairCookie: string,
  caseId: string,
  startsAt: Date,
  invitees: string[],
  { title = "Casusoverleg", before = [] }: { title?: string; before?: AgendaSlotPlan[] } = {},
): Promise<PlannedOverleg> {
  const { date, time } = wallTimeOf(startsAt);
  const res = await server.api("/api/meetings", {
    cookie: chairCookie,
    body: {
      title,
      kind: "casusoverleg",
      date,
      time,
      location: "ZVH Westerduin",
      agenda: [...before, { caseId, plannedMinutes: 30, invitees }],
    },
  });
  expect(res.status).toBe(201);
  const id = ((await res.json()) as { ids: string[] }).ids[0] ?? "";
  const view = (await (
    await server.api(`/api/meetings/${id}`, { cookie: chairCookie })
  ).json()) as MeetingView;
  return { id, slotId: view.agenda.find((slot) => slot.caseId === caseId)?.id ?? "" };
}

/**
 * Plans, as the chair, an overleg at `startsAt` with the case, in.school (an incidental
 * participant) invited to the case's slot; `before` slots come first on the agenda.
 */
export function planWithSchool(
  server: TestServer,
  chairCookie: string,
  caseId: string,
  startsAt: Date,
  before: AgendaSlotPlan[] = [],
): Promise<PlannedOverleg> {
  const school = demoUser(server, "in.school").id;
  return planWithInvitees(server, chairCookie, caseId, startsAt, [school], {
    title: "Overleg met de school",
    before,
  });
}

/** The overleg as the user behind `cookie` sees it. */
export async function meetingAs(
  server: TestServer,
  cookie: string,
  id: string,
): Promise<MeetingView> {
  return (await (await server.api(`/api/meetings/${id}`, { cookie })).json()) as MeetingView;
}

/** The user ids the user behind `cookie` (the chair) sees invited to the slot. */
export async function inviteesOf(
  server: TestServer,
  cookie: string,
  meetingId: string,
  slotId: string,
): Promise<string[]> {
  const slot = (await meetingAs(server, cookie, meetingId)).agenda.find((s) => s.id === slotId);
  return slot?.invitees?.map((p) => p.userId) ?? [];
}
