import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SlotCaseView } from "../../../shared/api/meetings.js";
import { readMeeting, setAttendance } from "../../../shared/docs/meetingDoc.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { pollUntil } from "../../support/eventually.js";
import { eventually, Sockets } from "../../support/sessionClient.js";
import { demoOverleg, type DemoOverleg } from "./meetingSupport.js";

let server: TestServer;
let chair: string;
let chairId: string;
let overleg: DemoOverleg;
const sockets = new Sockets(() => server);

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  chairId = server.store.users.findByUsername("pr.jansen")?.id ?? "";
  overleg = await demoOverleg(server, chair);
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** The chair's attendance mark in a slot, as a fresh reader of the slot document sees it. */
async function chairMark(slotId: string): Promise<string | undefined> {
  const reader = sockets.open(chair, `meeting/${slotId}`);
  await eventually(() => reader.provider.synced, "synced");
  return readMeeting(reader.doc).value.attendance.find(
    (a) => a.agendaItemId === slotId && a.userId === chairId,
  )?.status;
}

describe("the chair's own attendance", () => {
  it("puts the chair first among the people whose attendance the chair records in a slot", async () => {
    const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}`, {
      cookie: chair,
    });
    const view = (await res.json()) as SlotCaseView;
    expect(view.attendees.map((p) => [p.displayName, p.chair])).toEqual([
      ["Petra Jansen", true],
      ["Carlos Bakker", false],
      ["Daan de Vries", false],
    ]);
  });

  it("is recorded as present in every case slot when the chair starts the overleg", async () => {
    expect(await chairMark(overleg.slotA)).toBeUndefined();
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    expect(await chairMark(overleg.slotA)).toBe("aanwezig");
    expect(await chairMark(overleg.slotB)).toBe("aanwezig");
  });

  it("keeps a mark the chair set before starting", async () => {
    const slot = sockets.open(chair, `meeting/${overleg.slotB}`);
    await eventually(() => slot.provider.synced, "synced");
    setAttendance(slot.doc, overleg.slotB, chairId, "afgemeld", {
      by: chairId,
      at: new Date().toISOString(),
    });
    await pollUntil(
      () => chairMark(overleg.slotB),
      (mark) => mark === "afgemeld",
      "mark stored",
    );
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    expect(await chairMark(overleg.slotB)).toBe("afgemeld");
    expect(await chairMark(overleg.slotA)).toBe("aanwezig");
  });
});
