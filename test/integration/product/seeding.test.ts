import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readProseText } from "../../../shared/docs/proseDoc.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, connectAs, eventually } from "../../support/sessionClient.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

describe("new case documents in the product", () => {
  it("open the plan van aanpak of Demo casus A from its kind's template, once for two users", async () => {
    const caseA = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus A");
    const chair = connectAs(server, await server.login("pr.jansen"), `case/${caseA}/plan`);
    const police = connectAs(server, await server.login("cr.bakker"), `case/${caseA}/plan`);
    await eventually(() => chair.provider.synced && police.provider.synced, "both synced");
    const text = readProseText(chair.doc).value;
    expect(text).toContain("Doelen");
    expect(text.split("Doelen").length - 1).toBe(1);
    await eventually(() => readProseText(police.doc).value === text, "same content for both");
    chair.destroy();
    police.destroy();
  });
});
