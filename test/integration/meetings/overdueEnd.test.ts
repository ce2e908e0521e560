import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readMeeting } from "../../../shared/docs/meetingDoc.js";
import { createLogger } from "../../../server/log.js";
import { endOverdueMeetings } from "../../../server/meetings/meetingsModule.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { eventually, Sockets } from "../../support/sessionClient.js";
import { demoOverleg, type DemoOverleg } from "./meetingSupport.js";

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;
const sockets = new Sockets(() => server);

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
  await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** The job's dependencies, on the running test server. */
const jobDeps = () => ({
  store: server.store,
  log: createLogger("silent"),
  openDocument: (docName: string) => server.collab.openDocument(docName),
});

describe("the job that ends overleggen nobody ended", () => {
  it("tells a participant's open overleg page that the overleg has ended", async () => {
    const participant = sockets.open(await server.login("cr.bakker"), `meeting/${overleg.id}`);
    await eventually(
      () => readMeeting(participant.doc).value.status === "bezig",
      "the start was announced",
    );
    const endsAt = Date.parse(server.store.meetings.get(overleg.id)?.endsAt ?? "");
    const dayLater = new Date(endsAt + 24 * 3_600_000);

    expect(await endOverdueMeetings(jobDeps(), dayLater)).toEqual([overleg.id]);

    expect(server.store.meetings.get(overleg.id)?.status).toBe("afgerond");
    await eventually(
      () => readMeeting(participant.doc).value.status === "afgerond",
      "the end reaches the open page without a reload",
    );
  });

  it("leaves an overleg alone while it is within its planned time", async () => {
    const startsAt = Date.parse(server.store.meetings.get(overleg.id)?.startsAt ?? "");

    expect(await endOverdueMeetings(jobDeps(), new Date(startsAt))).toEqual([]);

    expect(server.store.meetings.get(overleg.id)?.status).toBe("bezig");
  });
});
