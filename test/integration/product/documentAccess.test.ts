import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { readLeefgebieden, setLeefgebiedScore } from "../../../shared/docs/leefgebiedenDoc.js";
import { readTriage, setBekendBij, setCriterion, setRtiG } from "../../../shared/docs/triageDoc.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { hashToken } from "../../../server/auth/sessions.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { addParagraph, proseTextOf } from "../../support/proseEdit.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import {
  caseIdByTitle,
  demoUser,
  eventually,
  Sockets,
  type SessionClient,
} from "../../support/sessionClient.js";

let server: TestServer;
const sockets = new Sockets(() => server);
let caseA: string;

beforeEach(async () => {
  server = await startTestServer();
  caseA = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus A");
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

function open(cookie: string, docName: string): SessionClient {
  return sockets.open(cookie, docName);
}

describe("case documents over the product's websocket", () => {
  it("syncs Demo casus A's plan between two participants logged in with real sessions", async () => {
    const chair = open(await server.login("pr.jansen"), `case/${caseA}/plan`);
    const police = open(await server.login("cr.bakker"), `case/${caseA}/plan`);
    await eventually(() => chair.provider.synced && police.provider.synced, "both synced");
    addParagraph(chair.doc, "Afspraak: huisbezoek");
    await eventually(
      () => proseTextOf(police.doc).endsWith("Afspraak: huisbezoek"),
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

  it("closes the sockets of a session that a request finds expired", async () => {
    const cookie = await server.login("dn.devries");
    const client = open(cookie, `case/${caseA}/analyse`);
    await eventually(() => client.provider.synced, "synced");
    // Idle longer than the timeout, as if the browser had been left alone.
    const session = server.store.sessions.get(hashToken(cookie.slice(cookie.indexOf("=") + 1)));
    if (!session) throw new Error("no session");
    session.lastSeenAt = Date.now() - 24 * 60 * 60_000;

    const res = await server.api("/api/me", { cookie });
    expect(res.status).toBe(401);
    await eventually(
      () => client.closeCodes.includes(CloseCode.Unauthenticated),
      "closed when the session was found expired",
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
    addParagraph(writer.doc, "Aanleiding: zorgen van de wijkagent");
    const reader = open(await server.login("cr.bakker"), `case/${caseA}/analyse`);
    await eventually(
      () => proseTextOf(reader.doc).endsWith("Aanleiding: zorgen van de wijkagent"),
      "reader received the edit",
    );
    sockets.destroyAll();
    const dir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer({}, dir);
    const again = open(await server.login("pr.jansen"), `case/${caseA}/analyse`);
    await eventually(() => again.provider.synced, "synced after restart");
    expect(proseTextOf(again.doc).endsWith("Aanleiding: zorgen van de wijkagent")).toBe(true);
  });

  it("refuses writes outside each case document's own top-level types, and stores none of it", async () => {
    const cookie = await server.login("cr.bakker");
    for (const kind of ["analyse", "plan", "leefgebieden"] as const) {
      const writer = open(cookie, `case/${caseA}/${kind}`);
      await eventually(() => writer.provider.synced, `${kind} synced`);
      writer.doc.getMap("verborgen").set("notitie", "hoort in geen overzicht");
      await eventually(() => writer.closeCodes.includes(CloseCode.Forbidden), `${kind} closed`);
      const handle = await server.collab.openDocument(`case/${caseA}/${kind}`);
      expect(handle.doc.getMap("verborgen").size).toBe(0);
      handle.release();
    }
    // The document itself takes edits as before.
    const writer = open(cookie, `case/${caseA}/analyse`);
    await eventually(() => writer.provider.synced, "synced again");
    addParagraph(writer.doc, "Aanleiding: zorgen over de woning");
    const reader = open(await server.login("pr.jansen"), `case/${caseA}/analyse`);
    await eventually(
      () => proseTextOf(reader.doc).endsWith("Aanleiding: zorgen over de woning"),
      "edit arrives",
    );
  });
});

describe("the triage document's write policy", () => {
  function organisationOf(username: string): string {
    return demoUser(server, username).organisationId;
  }

  /** Who and when, as the user's own client stamps an answer. */
  function stampOf(username: string): { by: string; at: string } {
    return { by: demoUser(server, username).id, at: new Date().toISOString() };
  }

  function answerOf(doc: Y.Doc, organisationId: string): string | undefined {
    return readTriage(doc).value.bekendBij[organisationId]?.answer;
  }

  it("lets each partner answer 'bekend bij ons' for its own organisation, next to the shared questions", async () => {
    const police = open(await server.login("cr.bakker"), `case/${caseA}/triage`);
    const ggz = open(await server.login("dn.devries"), `case/${caseA}/triage`);
    await eventually(() => police.provider.synced && ggz.provider.synced, "both synced");
    setBekendBij(police.doc, organisationOf("cr.bakker"), "ja", stampOf("cr.bakker"));
    setBekendBij(ggz.doc, organisationOf("dn.devries"), "nee", stampOf("dn.devries"));
    setCriterion(police.doc, "multiproblem", "ja", stampOf("cr.bakker"));
    await eventually(
      () =>
        answerOf(police.doc, organisationOf("dn.devries")) === "nee" &&
        answerOf(ggz.doc, organisationOf("cr.bakker")) === "ja" &&
        readTriage(ggz.doc).value.criteria.multiproblem.answer === "ja",
      "answers exchanged",
    );
    expect([...police.closeCodes, ...ggz.closeCodes]).toEqual([]);
  });

  it("refuses an answer written under another organisation's key: the socket closes with 4403 and the stored answer stays", async () => {
    const ggzOrg = organisationOf("dn.devries");
    const ggz = open(await server.login("dn.devries"), `case/${caseA}/triage`);
    await eventually(() => ggz.provider.synced, "synced");
    setBekendBij(ggz.doc, ggzOrg, "ja", stampOf("dn.devries"));
    const police = open(await server.login("cr.bakker"), `case/${caseA}/triage`);
    await eventually(() => answerOf(police.doc, ggzOrg) === "ja", "police sees the GGZ answer");

    setBekendBij(police.doc, ggzOrg, "nee", stampOf("cr.bakker")); // what a tampered client could send
    await eventually(() => police.closeCodes.includes(CloseCode.Forbidden), "police closed");

    const handle = await server.collab.openDocument(`case/${caseA}/triage`);
    expect(answerOf(handle.doc, ggzOrg)).toBe("ja");
    handle.release();
    expect(answerOf(ggz.doc, ggzOrg)).toBe("ja");
    expect(ggz.closeCodes).toEqual([]);
  });

  it("refuses an answer or a score stamped with someone else's id: the socket closes with 4403 and nothing is stored", async () => {
    const jansen = demoUser(server, "pr.jansen").id;
    const forged = { by: jansen, at: new Date().toISOString() };
    const devries = await server.login("dn.devries");
    const triage = open(devries, `case/${caseA}/triage`);
    const leefgebieden = open(devries, `case/${caseA}/leefgebieden`);
    await eventually(() => triage.provider.synced && leefgebieden.provider.synced, "both synced");

    setRtiG(triage.doc, "zeer_hoog", forged); // what a tampered client could send
    setLeefgebiedScore(leefgebieden.doc, "justitie", 1, forged);
    await eventually(
      () =>
        triage.closeCodes.includes(CloseCode.Forbidden) &&
        leefgebieden.closeCodes.includes(CloseCode.Forbidden),
      "both closed",
    );

    // Both refusals are in the audit trail, as edits denied.
    const refused = (await readAuditTrail(server, `caseId=${caseA}&action=document.edit`)).filter(
      (e) => e.outcome === "denied",
    );
    expect(refused.map((e) => [e.docName, e.detail?.reason]).sort()).toEqual([
      [`case/${caseA}/leefgebieden`, "outside-rights"],
      [`case/${caseA}/triage`, "outside-rights"],
    ]);

    const storedTriage = await server.collab.openDocument(`case/${caseA}/triage`);
    expect(readTriage(storedTriage.doc).value.rtiG.level).toBeNull();
    storedTriage.release();
    const storedScores = await server.collab.openDocument(`case/${caseA}/leefgebieden`);
    expect(readLeefgebieden(storedScores.doc).value.scores.justitie?.score ?? null).toBeNull();
    storedScores.release();

    // Under their own id, the same answers are taken.
    const again = open(devries, `case/${caseA}/triage`);
    await eventually(() => again.provider.synced, "synced again");
    setRtiG(again.doc, "hoog", stampOf("dn.devries"));
    const reader = open(await server.login("pr.jansen"), `case/${caseA}/triage`);
    await eventually(() => readTriage(reader.doc).value.rtiG.level === "hoog", "stored");
    expect(readTriage(reader.doc).value.rtiG.setBy).toBe(demoUser(server, "dn.devries").id);
    expect(again.closeCodes).toEqual([]);
  });

  it("refuses writes outside the triage document's own keys", async () => {
    const police = open(await server.login("cr.bakker"), `case/${caseA}/triage`);
    await eventually(() => police.provider.synced, "synced");
    police.doc.getText("notities").insert(0, "hoort hier niet");
    await eventually(() => police.closeCodes.includes(CloseCode.Forbidden), "closed");
    const handle = await server.collab.openDocument(`case/${caseA}/triage`);
    expect(handle.doc.getText("notities").toJSON()).toBe("");
    handle.release();
  });
});
