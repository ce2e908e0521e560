/**
 * Starting an overleg opens its first agenda item: the server writes the start, the first item and
 * that item's timer into the overleg's live document in one transaction, so every open screen
 * begins at item 1 without the chair clicking it. A choice the chair made before starting stays,
 * its timer started with the overleg.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MeetingView } from "../../../shared/api/meetings.js";
import { readMeeting, setCurrentAgendaItem } from "../../../shared/docs/meetingDoc.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { eventually, Sockets } from "../../support/sessionClient.js";
import { demoOverleg, type DemoOverleg } from "./meetingSupport.js";

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;
let firstItem: string;
const sockets = new Sockets(() => server);

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
  const view = (await (
    await server.api(`/api/meetings/${overleg.id}`, { cookie: chair })
  ).json()) as MeetingView;
  firstItem = view.agenda[0]?.id ?? "";
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

describe("starting an overleg", () => {
  it("opens the first agenda item with its timer on a participant's open screen", async () => {
    const bakker = await server.login("cr.bakker");
    const screen = sockets.open(bakker, `meeting/${overleg.id}`);
    await eventually(() => screen.provider.synced, "synced");
    expect(readMeeting(screen.doc).value.currentAgendaItemId).toBeNull();

    const before = Date.now();
    const res = await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    expect(res.status).toBe(200);

    await eventually(() => readMeeting(screen.doc).value.status === "bezig", "start arrived");
    const live = readMeeting(screen.doc).value;
    expect(firstItem).not.toBe("");
    expect(live.currentAgendaItemId).toBe(firstItem);
    expect(Date.parse(live.timerStartedAt ?? "")).toBeGreaterThanOrEqual(before - 1000);
  });

  it("keeps the item the chair moved to before starting, and starts its timer", async () => {
    const chairDoc = sockets.open(chair, `meeting/${overleg.id}`);
    await eventually(() => chairDoc.provider.synced, "synced");
    setCurrentAgendaItem(chairDoc.doc, overleg.slotB);
    const reader = sockets.open(chair, `meeting/${overleg.id}`);
    await eventually(
      () => readMeeting(reader.doc).value.currentAgendaItemId === overleg.slotB,
      "move stored",
    );

    const before = Date.now();
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    await eventually(() => readMeeting(reader.doc).value.status === "bezig", "start arrived");
    expect(readMeeting(reader.doc).value.currentAgendaItemId).toBe(overleg.slotB);
    const timer = readMeeting(reader.doc).value.timerStartedAt;
    expect(Date.parse(timer ?? "")).toBeGreaterThanOrEqual(before - 1000);
  });
});
