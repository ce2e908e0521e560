/** Helpers for overleg tests: the demo overleg, its slots, and socket bookkeeping. */
import type { MeetingView } from "../../../shared/api/meetings.js";
import type { TestServer } from "../../support/server.js";

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
