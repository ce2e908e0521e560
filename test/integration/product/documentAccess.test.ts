import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import {
  caseIdByTitle,
  connectAs,
  eventually,
  type SessionClient,
} from "../../support/sessionClient.js";

let server: TestServer;
let clients: SessionClient[] = [];
let caseA: string;

beforeEach(async () => {
  server = await startTestServer();
  caseA = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus A");
});
afterEach(async () => {
  for (const client of clients) client.destroy();
  clients = [];
  await server.stop();
});

function open(cookie: string, docName: string): SessionClient {
  const client = connectAs(server, cookie, docName);
  clients.push(client);
  return client;
}

describe("case documents over the product's websocket", () => {
  it("syncs Demo casus A's plan between two participants logged in with real sessions", async () => {
    const chair = open(await server.login("pr.jansen"), `case/${caseA}/plan`);
    const police = open(await server.login("cr.bakker"), `case/${caseA}/plan`);
    await eventually(() => chair.provider.synced && police.provider.synced, "both synced");
    chair.doc.getText("t").insert(0, "Afspraak: huisbezoek");
    await eventually(
      () => police.doc.getText("t").toJSON() === "Afspraak: huisbezoek",
      "edit arrives",
    );
  });

  it("refuses dn.smit, who is not a participant, with the same code as an unknown case", async () => {
    const smit = await server.login("dn.smit");
    const refused = open(smit, `case/${caseA}/plan`);
    const unknown = open(smit, "case/case_doesnotexist/plan");
    await eventually(
      () => refused.closeCodes.length > 0 && unknown.closeCodes.length > 0,
      "both closed",
    );
    expect(refused.closeCodes[0]).toBe(CloseCode.Forbidden);
    expect(unknown.closeCodes[0]).toBe(CloseCode.Forbidden);
    expect(refused.doc.getText("t").toJSON()).toBe("");
  });

  it("closes a participant's socket when they are removed from the case", async () => {
    const devries = open(await server.login("dn.devries"), `case/${caseA}/analyse`);
    await eventually(() => devries.provider.synced, "synced");
    const found = server.store.cases.get(caseA);
    const user = server.store.users.findByUsername("dn.devries");
    const remaining = (found?.participants ?? []).filter((p) => p.userId !== user?.id);
    await server.store.cases.setParticipants(caseA, remaining);
    await eventually(
      () => devries.closeCodes.includes(CloseCode.Forbidden),
      "closed on revocation",
    );
  });

  it("closes the sockets of a session when its user logs out", async () => {
    const cookie = await server.login("cr.bakker");
    const client = open(cookie, `case/${caseA}/triage`);
    await eventually(() => client.provider.synced, "synced");
    await server.api("/api/auth/logout", { method: "POST", cookie });
    await eventually(
      () => client.closeCodes.includes(CloseCode.Unauthenticated),
      "closed on logout",
    );
  });

  it("closes the sockets of an account that is disabled", async () => {
    const client = open(await server.login("dn.devries"), `case/${caseA}/plan`);
    await eventually(() => client.provider.synced, "synced");
    await server.store.users.setDisabled(
      server.store.users.findByUsername("dn.devries")?.id ?? "",
      true,
    );
    await eventually(() => client.closeCodes.length > 0, "closed on disable");
  });

  it("keeps what was written across a server restart", async () => {
    const cookie = await server.login("pr.jansen");
    const writer = open(cookie, `case/${caseA}/analyse`);
    await eventually(() => writer.provider.synced, "synced");
    writer.doc.getText("t").insert(0, "Aanleiding: zorgen van de wijkagent");
    const reader = open(await server.login("cr.bakker"), `case/${caseA}/analyse`);
    await eventually(() => reader.doc.getText("t").length > 0, "reader received the edit");
    for (const client of clients) client.destroy();
    clients = [];
    const dir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer({}, dir);
    const again = open(await server.login("pr.jansen"), `case/${caseA}/analyse`);
    await eventually(() => again.provider.synced, "synced after restart");
    expect(again.doc.getText("t").toJSON()).toBe("Aanleiding: zorgen van de wijkagent");
  });
});
