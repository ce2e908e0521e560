import { afterEach, describe, expect, it } from "vitest";
import { BACKGROUND_REQUEST_HEADER } from "../../../shared/api/auth.js";
import { addParagraph } from "../../support/proseEdit.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, eventually, Sockets } from "../../support/sessionClient.js";

let server: TestServer;
const sockets = new Sockets(() => server);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

describe("a session while its user edits a live document", () => {
  it("stays alive past the idle timeout while the user keeps typing, and ends once they stop", async () => {
    // An idle timeout of 3 s.
    server = await startTestServer({ SESSION_IDLE_MINUTES: "0.05" });
    const cookie = await server.login("cr.bakker");
    const caseId = await caseIdByTitle(server, cookie, "Demo casus A");
    const editor = sockets.open(cookie, `case/${caseId}/analyse`);
    await eventually(() => editor.provider.synced, "synced");

    // Seven seconds of typing, and no HTTP request: only the edits count as activity.
    const text = addParagraph(editor.doc, "");
    for (let i = 0; i < 18; i++) {
      text.insert(text.length, "w");
      await sleep(400);
    }
    expect((await server.api("/api/me", { cookie })).status).toBe(200);

    await sleep(4_500);
    expect((await server.api("/api/me", { cookie })).status).toBe(401);
  });
});

describe("a session while its page works by itself", () => {
  it("ends at the idle timeout although the page keeps asking in the background", async () => {
    // An idle timeout of 3 s.
    server = await startTestServer({ SESSION_IDLE_MINUTES: "0.05" });
    const cookie = await server.login("cr.bakker");
    const background = { [BACKGROUND_REQUEST_HEADER]: "1" };

    // A background request is answered as any other.
    const first = await server.api("/api/signals", { cookie, headers: background });
    expect(first.status).toBe(200);
    const list = (await first.json()) as { unread: unknown };
    expect(typeof list.unread).toBe("number");

    // Seven seconds of polling (the unread count, a slot reloaded), every 400 ms.
    const statuses: number[] = [];
    for (let i = 0; i < 18; i++) {
      statuses.push((await server.api("/api/signals", { cookie, headers: background })).status);
      await sleep(400);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.at(-1)).toBe(401);
    expect((await server.api("/api/me", { cookie })).status).toBe(401);
  });

  it("counts the same requests without the header as activity", async () => {
    server = await startTestServer({ SESSION_IDLE_MINUTES: "0.05" });
    const cookie = await server.login("cr.bakker");
    for (let i = 0; i < 18; i++) {
      expect((await server.api("/api/signals", { cookie })).status).toBe(200);
      await sleep(400);
    }
    expect((await server.api("/api/me", { cookie })).status).toBe(200);
  });

  it("ends at the idle timeout although the page keeps reconnecting its documents", async () => {
    server = await startTestServer({ SESSION_IDLE_MINUTES: "0.05" });
    const cookie = await server.login("cr.bakker");
    const caseId = await caseIdByTitle(server, cookie, "Demo casus A");

    // Seven seconds of a socket opened, synced and closed again, without an edit.
    const opened: boolean[] = [];
    const until = Date.now() + 7_000;
    while (Date.now() < until) {
      const client = sockets.open(cookie, `case/${caseId}/analyse`);
      opened.push(
        await eventually(() => client.provider.synced, "synced", 1_000).then(
          () => true,
          () => false,
        ),
      );
      client.destroy();
      await sleep(300);
    }
    expect(opened[0]).toBe(true);
    expect(opened.at(-1)).toBe(false);
    expect((await server.api("/api/me", { cookie })).status).toBe(401);
  });
});
