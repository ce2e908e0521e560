/**
 * Who an action may name as its responsible person, across the wire. `PATCH /api/actions/:id`
 * takes a user as Verantwoordelijke only when they may see the case's actions; a free-text name
 * is always fine. An editor can still write any `user:<id>` into the live plan; then the overdue
 * signal and the action lists reach nobody outside the case. Real server on port 0, real
 * sessions, real sockets.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActionList, ActionView, SignalList } from "../../../shared/api/actions.js";
import { insertActionItem, readActionItems } from "../../../shared/docs/planDoc.js";
import type { ActionItem } from "../../../shared/domain/action.js";
import { pollUntil } from "../../support/eventually.js";
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
let caseB: string;
let jansen: string;
let bakker: string;

beforeEach(async () => {
  server = await startTestServer();
  jansen = await server.login("pr.jansen");
  bakker = await server.login("cr.bakker");
  caseA = await caseIdByTitle(server, jansen, "Demo casus A");
  caseB = await caseIdByTitle(server, jansen, "Demo casus B");
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** A complete open action for `username`, carried out by their organisation, due in 2030. */
function actionFor(id: string, username: string, dueDate = "2030-03-01"): ActionItem {
  const user = demoUser(server, username);
  return {
    id,
    text: `Huisbezoek afleggen (${id})`,
    organisationId: user.organisationId,
    responsible: `user:${user.id}`,
    dueDate,
    status: "open",
    kind: "zorg",
  };
}

/** The case's plan, opened live by pr.jansen (who chairs the region, so may write every case). */
async function openPlan(caseId: string): Promise<SessionClient> {
  const plan = sockets.open(jansen, `case/${caseId}/plan`);
  await eventually(() => plan.provider.synced, "plan synced");
  return plan;
}

/** Polls until pr.jansen's list of the case's actions holds the action with node id `key`. */
async function untilIndexed(caseId: string, key: string): Promise<ActionView> {
  const id = `${caseId}~${key}`;
  const list = await pollUntil(
    async () =>
      (await (
        await server.api(`/api/actions?caseId=${caseId}`, { cookie: jansen })
      ).json()) as ActionList,
    (l) => l.actions.some((a) => a.id === id),
    `${key} indexed`,
  );
  const found = list.actions.find((a) => a.id === id);
  if (found === undefined) throw new Error(`${key} not indexed`);
  return found;
}

/** `PATCH /api/actions/:id` of Demo casus A's action `key` as `cookie`. */
function patchAction(key: string, cookie: string, body: unknown): Promise<Response> {
  return server.api(`/api/actions/${encodeURIComponent(`${caseA}~${key}`)}`, {
    method: "PATCH",
    cookie,
    body,
  });
}

/** The responsible the live plan holds for `id`, as a connected editor sees it. */
function responsibleInDoc(plan: SessionClient, id: string): string | null {
  return readActionItems(plan.doc).value.find((a) => a.id === id)?.responsible ?? null;
}

describe("naming the responsible person through the action API", () => {
  it("refuses a user who does not exist, is disabled or may not see the case, and leaves the action as it was", async () => {
    const plan = await openPlan(caseA);
    insertActionItem(plan.doc, actionFor("act_wie", "cr.bakker"));
    await untilIndexed(caseA, "act_wie");
    const devries = demoUser(server, "dn.devries");
    await server.store.users.setDisabled(devries.id, true);

    const outsiders = [
      "user:usr_bestaat_niet",
      `user:${devries.id}`,
      `user:${demoUser(server, "dn.smit").id}`,
      `user:${demoUser(server, "in.school").id}`,
      `user:${demoUser(server, "beheer").id}`,
    ];
    for (const responsible of outsiders) {
      const res = await patchAction("act_wie", bakker, { responsible });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("bad_request");
      expect(body.error.message).toBe(
        'Ongeldige invoer in veld "Verantwoordelijke": deze persoon kan de acties van deze casus niet zien. Kies iemand uit het casusteam of vul een naam in.',
      );
    }

    const bakkerId = demoUser(server, "cr.bakker").id;
    const after = await untilIndexed(caseA, "act_wie");
    expect(after.responsible).toEqual({
      type: "user",
      userId: bakkerId,
      displayName: "Carlos Bakker",
      active: true,
    });
    expect(after.lastChangedBy.map((p) => p.displayName)).toEqual(["Petra Jansen"]);
    expect(responsibleInDoc(plan, "act_wie")).toBe(`user:${bakkerId}`);
  });

  it("makes a team member responsible, with their organisation, and accepts a name said at the table", async () => {
    const plan = await openPlan(caseA);
    insertActionItem(plan.doc, actionFor("act_team", "cr.bakker"));
    await untilIndexed(caseA, "act_team");
    const devries = demoUser(server, "dn.devries");

    const toMember = await patchAction("act_team", bakker, { responsible: `user:${devries.id}` });
    expect(toMember.status).toBe(200);
    const handedOn = (await toMember.json()) as ActionView;
    expect(handedOn.responsible).toEqual({
      type: "user",
      userId: devries.id,
      displayName: "Daan de Vries",
      active: true,
    });
    // A person brings their organisation along, as in the editor: the action is GGZ's now.
    expect(handedOn.organisationId).toBe(devries.organisationId);
    await eventually(
      () => responsibleInDoc(plan, "act_team") === `user:${devries.id}`,
      "the editor sees the new responsible",
    );

    const toName = await patchAction("act_team", bakker, {
      responsible: "mentor Duinzicht College",
    });
    expect(toName.status).toBe(200);
    const named = (await toName.json()) as ActionView;
    expect(named.responsible).toEqual({ type: "name", name: "mentor Duinzicht College" });
    // A name leaves the organisation as it was.
    expect(named.organisationId).toBe(devries.organisationId);
  });
});

describe("a responsible person outside the case, written into the live plan", () => {
  /** The signals `username` reads, after signing in. */
  async function signalsOf(username: string): Promise<SignalList> {
    const cookie = await server.login(username);
    return (await (await server.api("/api/signals", { cookie })).json()) as SignalList;
  }

  /** Every signal the server stored, as `{ userId, caseId, actionKey }`. */
  async function storedSignals(): Promise<{ userId: string; caseId: string; actionKey: string }[]> {
    const text = await readFile(join(server.dataDir, "actions", "signals.json"), "utf8");
    return (
      JSON.parse(text) as { signals: { userId: string; caseId: string; actionKey: string }[] }
    ).signals;
  }

  it("signals an overdue action to the casus- and procesregisseur only, never to the outsider or a guest it names", async () => {
    // Demo casus A: Noor Smit is not in its team. Demo casus B: the school sits at it only as an
    // incidental guest, who sees a case only while an overleg opens it to them.
    const planA = await openPlan(caseA);
    insertActionItem(planA.doc, actionFor("act_buiten", "dn.smit", "2020-01-06"));
    const planB = await openPlan(caseB);
    insertActionItem(planB.doc, actionFor("act_gast", "in.school", "2020-01-06"));
    await untilIndexed(caseA, "act_buiten");
    await untilIndexed(caseB, "act_gast");
    sockets.destroyAll();

    // The daily job also runs at start-up: a restart on the same data is the job's "next day".
    const dataDir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer({}, dataDir);

    const about = (list: SignalList, caseId: string) =>
      list.signals.filter((signal) => signal.action?.id.startsWith(`${caseId}~`));
    expect(about(await signalsOf("cr.bakker"), caseA).map((s) => s.action?.id)).toEqual([
      `${caseA}~act_buiten`,
    ]);
    expect(about(await signalsOf("dn.smit"), caseA)).toEqual([]);
    expect(about(await signalsOf("in.school"), caseB)).toEqual([]);

    // Not even a stored signal waits for them: nothing shows up should their access change.
    const smit = demoUser(server, "dn.smit").id;
    const school = demoUser(server, "in.school").id;
    const stored = await storedSignals();
    // Those who monitor the uitvoering: the casusregisseur and the procesregisseur.
    const recipients = stored.filter((s) => s.actionKey === "act_buiten").map((s) => s.userId);
    expect(recipients.sort()).toEqual(
      [demoUser(server, "cr.bakker").id, demoUser(server, "pr.jansen").id].sort(),
    );
    expect(stored.filter((s) => s.userId === smit && s.caseId === caseA)).toEqual([]);
    expect(stored.filter((s) => s.userId === school)).toEqual([]);
  });

  it("leaves the outsider's Mijn acties without the action", async () => {
    const plan = await openPlan(caseA);
    insertActionItem(plan.doc, actionFor("act_niet_van_jou", "dn.smit"));
    await untilIndexed(caseA, "act_niet_van_jou");

    const smit = await server.login("dn.smit");
    for (const query of ["assignee=me", "scope=mine", `caseId=${caseA}`]) {
      const res = await server.api(`/api/actions?${query}`, { cookie: smit });
      expect(res.status).toBe(200);
      const { actions } = (await res.json()) as ActionList;
      expect(actions.filter((a) => a.caseId === caseA)).toEqual([]);
    }
    const open = await server.api(`/api/cases/${caseA}/open-actions`, { cookie: smit });
    expect(open.status).toBe(404);
  });
});
