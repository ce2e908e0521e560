import { afterEach, describe, expect, it } from "vitest";
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
