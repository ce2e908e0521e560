/**
 * Action tracking across the wire: a real y-websocket client writes action items into Demo casus
 * A's plan, the server's extraction indexes them, the action API changes them through the live
 * document, and the editor sees it. Real server on port 0, real sessions, real sockets.
 */
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type {
  ActionList,
  ActionView,
  CaseActions,
  SignalList,
} from "../../../shared/api/actions.js";
import { ACTION_ITEM_NODE } from "../../../shared/docs/actionItemNode.js";
import {
  insertActionItem,
  readActionItems,
  setActionStatus,
} from "../../../shared/docs/planDoc.js";
import { PROSE_FIELD } from "../../../shared/docs/proseDoc.js";
import type { ActionItem } from "../../../shared/domain/action.js";
import type { AuditActor } from "../../../server/audit/auditEvent.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { pollUntil } from "../../support/eventually.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { filesIn } from "../../support/storedDocument.js";
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
let bakker: string;
let devries: string;

beforeEach(async () => {
  server = await startTestServer();
  bakker = await server.login("cr.bakker");
  devries = await server.login("dn.devries");
  caseA = await caseIdByTitle(server, bakker, "Demo casus A");
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

function open(cookie: string, docName: string): SessionClient {
  return sockets.open(cookie, docName);
}

function actorId(actor: AuditActor): string | null {
  return actor.kind === "user" ? actor.userId : null;
}

function userId(username: string): { id: string; organisationId: string } {
  return demoUser(server, username);
}

/** A complete action for cr.bakker (politie), due in a week unless told otherwise. */
function buildAction(id: string, overrides: Partial<ActionItem> = {}): ActionItem {
  const police = userId("cr.bakker");
  return {
    id,
    text: `Huisbezoek afleggen (${id})`,
    organisationId: police.organisationId,
    responsible: `user:${police.id}`,
    dueDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    status: "open",
    kind: "straf",
    ...overrides,
  };
}

async function listActions(cookie: string, query = `caseId=${caseA}`): Promise<ActionView[]> {
  const res = await server.api(`/api/actions?${query}`, { cookie });
  expect(res.status).toBe(200);
  return ((await res.json()) as ActionList).actions;
}

/** Polls the API until `check` holds for the case's actions. */
async function untilActions(
  cookie: string,
  check: (actions: ActionView[]) => boolean,
  what: string,
  query?: string,
): Promise<ActionView[]> {
  return pollUntil(() => listActions(cookie, query), check, what);
}

async function openPlan(cookie: string): Promise<SessionClient> {
  const client = open(cookie, `case/${caseA}/plan`);
  await eventually(() => client.provider.synced, "plan synced");
  return client;
}

function statusInDoc(doc: Y.Doc, id: string): string | null {
  return readActionItems(doc).value.find((a) => a.id === id)?.status ?? null;
}

describe("action items extracted from the plan", () => {
  it("indexes action items a client writes into the plan, incomplete ones marked onvolledig", async () => {
    const editor = await openPlan(devries);
    insertActionItem(editor.doc, buildAction("act_one"));
    editor.doc.transact(() => {
      // No owner, no due date: the extractor must keep it, marked onvolledig.
      const incomplete = new Y.XmlElement(ACTION_ITEM_NODE);
      incomplete.setAttribute("id", "act_two");
      incomplete.insert(0, [new Y.XmlText("Zoeken naar passende woonruimte")]);
      editor.doc.getXmlFragment(PROSE_FIELD).insert(0, [incomplete]);
    });

    const actions = await untilActions(bakker, (a) => a.length === 2, "two actions indexed");
    const one = actions.find((a) => a.id === `${caseA}~act_one`);
    const two = actions.find((a) => a.id === `${caseA}~act_two`);
    expect(one).toMatchObject({
      status: "open",
      onvolledig: false,
      kind: "straf",
      mayChange: true,
    });
    expect(one?.responsible).toMatchObject({ type: "user", displayName: "Carlos Bakker" });
    expect(one?.lastChangedBy.map((p) => p.displayName)).toEqual(["Daan de Vries"]);
    expect(two?.onvolledig).toBe(true);
    expect(two?.problems).toContain("Geen uitvoerende organisatie gekozen.");

    const mine = await listActions(bakker, `assignee=me&caseId=${caseA}`);
    expect(mine.map((a) => a.id)).toEqual([`${caseA}~act_one`]);
  });

  it("marks an action done through the API and a connected editor sees the node change", async () => {
    const editor = await openPlan(devries);
    insertActionItem(editor.doc, buildAction("act_done"));
    await untilActions(bakker, (a) => a.length === 1, "action indexed");

    const res = await server.api(`/api/actions/${encodeURIComponent(`${caseA}~act_done`)}`, {
      method: "PATCH",
      cookie: bakker,
      body: { status: "afgerond" },
    });
    expect(res.status).toBe(200);
    const view = (await res.json()) as ActionView;
    expect(view.status).toBe("afgerond");
    expect(view.completedBy?.displayName).toBe("Carlos Bakker");

    await eventually(
      () => statusInDoc(editor.doc, "act_done") === "afgerond",
      "editor sees afgerond",
    );
    const inDoc = readActionItems(editor.doc).value.find((a) => a.id === "act_done");
    expect(inDoc?.completedBy).toBe(userId("cr.bakker").id);
    expect(inDoc?.onvolledig).toBe(false);
  });

  it("audits a change through the API as a change, and a change that changes nothing as a read of the action it shows", async () => {
    const editor = await openPlan(devries);
    insertActionItem(editor.doc, buildAction("act_same"));
    await untilActions(bakker, (a) => a.length === 1, "action indexed");
    const path = `/api/actions/${encodeURIComponent(`${caseA}~act_same`)}`;
    const patch = { method: "PATCH", cookie: bakker, body: { status: "afgerond" } };

    expect((await server.api(path, patch)).status).toBe(200);
    const again = await server.api(path, patch);
    expect(again.status).toBe(200);
    expect(((await again.json()) as ActionView).status).toBe("afgerond");

    const entries = (await readAuditTrail(server, `caseId=${caseA}`)).filter(
      (e) => e.targetId === `${caseA}~act_same`,
    );
    // Every entry names the action by its API id: written, changed, read.
    expect(entries.map((e) => [e.action, actorId(e.actor), e.detail])).toEqual([
      ["action.update", userId("dn.devries").id, { what: "toegevoegd", via: "plan", fields: "" }],
      [
        "action.update",
        userId("cr.bakker").id,
        {
          what: "gewijzigd",
          via: "api",
          fields: "status,completedAt,completedBy",
          status: "afgerond",
        },
      ],
      ["action.view", userId("cr.bakker").id, { unchanged: true }],
    ]);
  });

  it("keeps an action deleted from the plan as verwijderd uit plan, with who deleted it", async () => {
    const editor = await openPlan(devries);
    insertActionItem(editor.doc, buildAction("act_gone"));
    await untilActions(bakker, (a) => a.length === 1, "action indexed");

    const fragment = editor.doc.getXmlFragment(PROSE_FIELD);
    const index = fragment
      .toArray()
      .findIndex((n) => n instanceof Y.XmlElement && n.nodeName === ACTION_ITEM_NODE);
    fragment.delete(index, 1);

    const removed = await untilActions(
      bakker,
      (a) => a.some((x) => x.removed !== null),
      "action marked removed",
      `caseId=${caseA}&includeRemoved=true`,
    );
    expect(removed[0]?.removed?.by.map((p) => p.displayName)).toEqual(["Daan de Vries"]);
    expect(await listActions(bakker)).toEqual([]);

    const overview = (await (
      await server.api(`/api/cases/${caseA}/actions`, { cookie: bakker })
    ).json()) as CaseActions;
    expect(overview.caseTitle).toBe("Demo casus A");
    expect(overview.actions[0]?.removed).not.toBeNull();
    expect(overview.progress.totaal).toBe(0);
  });

  it("answers a non-participant with nothing: no actions, 404 on the case and on a change", async () => {
    const editor = await openPlan(devries);
    insertActionItem(editor.doc, buildAction("act_secret"));
    await untilActions(bakker, (a) => a.length === 1, "action indexed");

    const smit = await server.login("dn.smit");
    expect(await listActions(smit)).toEqual([]);
    // The same empty answer as for an unknown case, but the trail records the refusal.
    const refused = (await readAuditTrail(server, `caseId=${caseA}&action=action.list`)).filter(
      (e) => actorId(e.actor) === userId("dn.smit").id,
    );
    expect(refused.map((e) => e.outcome)).toEqual(["denied"]);
    expect(await listActions(smit, "")).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ caseId: caseA })]),
    );
    expect((await server.api(`/api/cases/${caseA}/actions`, { cookie: smit })).status).toBe(404);
    expect((await server.api(`/api/cases/${caseA}/open-actions`, { cookie: smit })).status).toBe(
      404,
    );
    const patch = await server.api(`/api/actions/${encodeURIComponent(`${caseA}~act_secret`)}`, {
      method: "PATCH",
      cookie: smit,
      body: { status: "afgerond" },
    });
    expect(patch.status).toBe(404);
    expect(statusInDoc(editor.doc, "act_secret")).toBe("open");
  });

  it("refuses a status change by a participant who is neither responsible, of the organisation, nor a regisseur", async () => {
    const editor = await openPlan(devries);
    insertActionItem(editor.doc, buildAction("act_police"));
    const [view] = await untilActions(devries, (a) => a.length === 1, "action indexed");
    expect(view?.mayChange).toBe(false);
    const patch = await server.api(`/api/actions/${encodeURIComponent(`${caseA}~act_police`)}`, {
      method: "PATCH",
      cookie: devries,
      body: { status: "afgerond" },
    });
    expect(patch.status).toBe(403);
  });

  it("converges when the list and an editor change the same action's status at once", async () => {
    const editor = await openPlan(devries);
    const other = await openPlan(await server.login("pr.jansen"));
    insertActionItem(editor.doc, buildAction("act_race"));
    await untilActions(bakker, (a) => a.length === 1, "action indexed");

    const editorUser = userId("dn.devries").id;
    const viaApi = server.api(`/api/actions/${encodeURIComponent(`${caseA}~act_race`)}`, {
      method: "PATCH",
      cookie: bakker,
      body: { status: "afgerond" },
    });
    setActionStatus(editor.doc, "act_race", {
      status: "in_uitvoering",
      at: new Date().toISOString(),
      by: editorUser,
    });
    expect((await viaApi).status).toBe(200);

    await eventually(() => {
      const a = readActionItems(editor.doc).value[0];
      const b = readActionItems(other.doc).value[0];
      return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
    }, "both editors agree");
    const agreed = statusInDoc(editor.doc, "act_race");
    await untilActions(bakker, (a) => a[0]?.status === agreed, "index follows the document");
  });

  it("carries open and overdue actions of a case over for the next overleg, without finished ones", async () => {
    const editor = await openPlan(devries);
    insertActionItem(editor.doc, buildAction("act_late", { dueDate: "2020-01-06" }));
    insertActionItem(editor.doc, buildAction("act_open"));
    insertActionItem(
      editor.doc,
      buildAction("act_finished", {
        status: "afgerond",
        completedAt: new Date().toISOString(),
        completedBy: userId("cr.bakker").id,
      }),
    );
    await untilActions(bakker, (a) => a.length === 3, "three actions indexed");

    const res = await server.api(`/api/cases/${caseA}/open-actions`, { cookie: bakker });
    const { actions } = (await res.json()) as ActionList;
    expect(actions.map((a) => a.id)).toEqual([`${caseA}~act_late`, `${caseA}~act_open`]);
    expect(actions[0]?.effectiveStatus).toBe("te_laat");
    expect(actions[0]?.score.reasons.some((r) => r.includes("te laat"))).toBe(true);

    const overview = (await (
      await server.api(`/api/cases/${caseA}/actions`, { cookie: bakker })
    ).json()) as CaseActions;
    expect(overview.progress).toEqual({ afgerond: 1, totaal: 3, teLaat: 1 });
    expect(overview.behind[0]).toEqual({
      who: "Carlos Bakker (Politie Basisteam Westerduin)",
      overdue: 1,
    });
  });
});

describe("actions of a closed case", () => {
  it("leave Mijn acties once the case closes, and stay listed with the case itself", async () => {
    const chair = await server.login("pr.jansen");
    const caseB = await caseIdByTitle(server, chair, "Demo casus B");
    const jansen = userId("pr.jansen");
    const editor = open(chair, `case/${caseB}/plan`);
    await eventually(() => editor.provider.synced, "plan synced");
    insertActionItem(
      editor.doc,
      buildAction("act_belegd", {
        responsible: `user:${jansen.id}`,
        organisationId: jansen.organisationId,
      }),
    );
    const mine = "assignee=me";
    const ofB = (actions: ActionView[]) => actions.filter((a) => a.caseId === caseB);
    await untilActions(chair, (a) => ofB(a).length === 1, "listed as mine", mine);
    editor.destroy();

    const closed = await server.api(`/api/cases/${caseB}/triage-besluit`, {
      cookie: chair,
      body: { besluit: "advies", toelichting: "Advies aan het sociaal wijkteam gegeven." },
    });
    expect(closed.status).toBe(200);
    expect(ofB(await listActions(chair, mine))).toEqual([]);
    expect((await listActions(chair, `caseId=${caseB}`)).map((a) => a.text)).toEqual([
      "Huisbezoek afleggen (act_belegd)",
    ]);
  });
});

describe("follow-up signals", () => {
  async function signalsOf(cookie: string): Promise<SignalList> {
    return (await (await server.api("/api/signals", { cookie })).json()) as SignalList;
  }

  /** The signals about Demo casus A (the demo data's own overdue action, in C, is signalled too). */
  function aboutCaseA(list: SignalList): SignalList["signals"] {
    return list.signals.filter((signal) => signal.action?.id.startsWith(`${caseA}~`));
  }

  it("signals a newly overdue action to the responsible user, the casusregisseur and the procesregisseur once, in the app", async () => {
    const unreadBefore = (await signalsOf(bakker)).unread;
    const editor = await openPlan(devries);
    insertActionItem(
      editor.doc,
      buildAction("act_missed", {
        dueDate: "2020-01-06",
        responsible: `user:${userId("dn.devries").id}`,
        organisationId: userId("dn.devries").organisationId,
      }),
    );
    await untilActions(bakker, (a) => a.length === 1, "action indexed");
    editor.destroy();
    expect(aboutCaseA(await signalsOf(bakker))).toEqual([]);

    // The daily job also runs at start-up: a restart on the same data is the job's "next day".
    const dataDir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer({}, dataDir);
    bakker = await server.login("cr.bakker");
    devries = await server.login("dn.devries");

    const signals = await signalsOf(bakker);
    expect(signals.unread).toBe(unreadBefore + 1);
    const missed = aboutCaseA(signals);
    expect(missed.map((signal) => signal.action?.id)).toEqual([`${caseA}~act_missed`]);
    const forResponsible = await signalsOf(devries);
    expect(forResponsible.unread).toBe(1);
    // The procesregisseur monitors the uitvoering with the casusregisseur.
    const forChair = aboutCaseA(await signalsOf(await server.login("pr.jansen")));
    expect(forChair.map((signal) => signal.action?.id)).toEqual([`${caseA}~act_missed`]);
    expect(aboutCaseA(await signalsOf(await server.login("dn.smit")))).toEqual([]);

    const id = missed[0]?.id ?? "";
    expect(
      (await server.api(`/api/signals/${id}/read`, { method: "POST", cookie: devries })).status,
    ).toBe(404);
    expect(
      (await server.api(`/api/signals/${id}/read`, { method: "POST", cookie: bakker })).status,
    ).toBe(204);
    expect((await signalsOf(bakker)).unread).toBe(unreadBefore);

    // Another restart (another "day") does not signal the same miss again.
    await server.stop({ keepData: true });
    server = await startTestServer({}, dataDir);
    bakker = await server.login("cr.bakker");
    expect(aboutCaseA(await signalsOf(bakker))).toHaveLength(1);
  });

  it("settles a signal once its action is done: still listed, no longer unread", async () => {
    const before = await signalsOf(bakker);
    const signal = before.signals.find((s) => !s.read && s.action !== null);
    expect(signal?.settled).toBe(false);
    const actionId = signal?.action?.id ?? "";
    const done = await server.api(`/api/actions/${encodeURIComponent(actionId)}`, {
      method: "PATCH",
      cookie: bakker,
      body: { status: "afgerond" },
    });
    expect(done.status).toBe(200);
    const after = await signalsOf(bakker);
    expect(after.signals.find((s) => s.id === signal?.id)).toMatchObject({
      read: false,
      settled: true,
    });
    expect(after.unread).toBe(before.unread - 1);
  });

  it("answers 503 and changes nothing when the plan cannot be loaded, without reading it again for a second try", async () => {
    const editor = await openPlan(devries);
    insertActionItem(editor.doc, buildAction("act_kapot"));
    await untilActions(bakker, (a) => a.length === 1, "action indexed");
    editor.destroy();
    const dataDir = server.dataDir;
    await server.stop({ keepData: true });
    // Unloading compacted the plan into a snapshot; a damaged snapshot makes it unreadable.
    const planDir = join(dataDir, "docs", "case", caseA, "plan");
    const snapshots = (await readdir(planDir)).filter((name) => name.startsWith("snapshot-"));
    expect(snapshots).not.toEqual([]);
    for (const name of snapshots) await writeFile(join(planDir, name), "beschadigd");
    const filesBefore = await filesIn(planDir);

    const logs: string[] = [];
    server = await startTestServer({}, dataDir, logs);
    bakker = await server.login("cr.bakker");
    const change = () =>
      server.api(`/api/actions/${encodeURIComponent(`${caseA}~act_kapot`)}`, {
        method: "PATCH",
        cookie: bakker,
        body: { status: "afgerond" },
      });
    for (const attempt of [await change(), await change()]) {
      expect(attempt.status).toBe(503);
      const body = (await attempt.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("unavailable");
      expect(body.error.message).toContain("niet te openen");
    }
    expect(logs.filter((line) => line.includes("document failed to load"))).toHaveLength(1);
    expect((await listActions(bakker))[0]?.status).toBe("open");
    expect(await filesIn(planDir)).toEqual(filesBefore);
  });
});
