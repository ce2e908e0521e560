/**
 * Progress notes on actions (voortgang) across the wire: written through the action API, stamped
 * and kept by the server beside the plan (never in a document an editor writes), audited, refused
 * to whoever may not change the action, and carried to the next overleg for those who follow it.
 * Real server on port 0, real sessions, real sockets.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  ActionList,
  ActionProgressList,
  ActionView,
  ProgressNoteView,
} from "../../../shared/api/actions.js";
import type { SlotCaseView } from "../../../shared/api/meetings.js";
import { insertActionItem } from "../../../shared/docs/planDoc.js";
import { MAX_PROGRESS_NOTES, MAX_PROGRESS_NOTES_PER_DAY } from "../../../shared/domain/action.js";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { pollUntil } from "../../support/eventually.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import {
  caseIdByTitle,
  demoUser,
  eventually,
  Sockets,
  type SessionClient,
} from "../../support/sessionClient.js";
import { demoOverleg, planWithSchool } from "../meetings/meetingSupport.js";

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

/** Opens the case's plan as `cookie` and writes an open police action for Carlos Bakker. */
async function planWithPoliceAction(
  caseId: string,
  cookie: string,
  id = "act_follow",
): Promise<SessionClient> {
  const police = demoUser(server, "cr.bakker");
  const editor = sockets.open(cookie, `case/${caseId}/plan`);
  await eventually(() => editor.provider.synced, "plan synced");
  insertActionItem(editor.doc, {
    id,
    text: "Contact leggen met de wijkagent",
    organisationId: police.organisationId,
    responsible: `user:${police.id}`,
    dueDate: "2030-01-31",
    status: "open",
    kind: "straf",
  });
  await pollUntil(
    () => actionsOf(caseId, cookie),
    (actions) => actions.some((a) => a.id === `${caseId}~${id}`),
    "action indexed",
  );
  return editor;
}

async function actionsOf(caseId: string, cookie: string): Promise<ActionView[]> {
  const res = await server.api(`/api/actions?caseId=${caseId}`, { cookie });
  expect(res.status).toBe(200);
  return ((await res.json()) as ActionList).actions;
}

async function notesOf(cookie: string, actionId: string): Promise<ProgressNoteView[]> {
  const res = await server.api(`/api/actions/${encodeURIComponent(actionId)}/voortgang`, {
    cookie,
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as ActionProgressList).notes;
}

function addProgress(cookie: string, actionId: string, voortgang: unknown): Promise<Response> {
  return server.api(`/api/actions/${encodeURIComponent(actionId)}/voortgang`, {
    cookie,
    body: { voortgang },
  });
}

describe("progress notes on an action", () => {
  it("are added by the responsible partner, stamped by the server, kept beside the plan and shown to the follow-up", async () => {
    const editor = await planWithPoliceAction(caseA, devries);
    const id = `${caseA}~act_follow`;

    const first = await addProgress(bakker, id, "  Wijkagent gebeld; huisbezoek volgende week.  ");
    expect(first.status).toBe(201);
    const view = (await first.json()) as ActionView;
    expect(view.progressCount).toBe(1);
    expect(view.lastProgress).toEqual({
      at: expect.any(String) as string,
      by: { userId: demoUser(server, "cr.bakker").id, displayName: "Carlos Bakker" },
      text: "Wijkagent gebeld; huisbezoek volgende week.",
    });
    expect(Date.now() - Date.parse(view.lastProgress?.at ?? "")).toBeLessThan(60_000);
    expect((await addProgress(bakker, id, "Huisbezoek gedaan.")).status).toBe(201);

    // Kept by the server beside the plan: nothing of them is in the document its editors write.
    const plan = JSON.stringify(editor.doc.getXmlFragment("body").toJSON());
    expect(plan).toContain("Contact leggen met de wijkagent");
    expect(plan).not.toContain("Wijkagent gebeld");
    expect([...editor.doc.share.keys()]).toEqual(["body"]);
    // Whoever follows the case's actions reads them, also without the right to add one.
    const [seen] = await actionsOf(caseA, devries);
    expect(seen?.mayChange).toBe(false);
    // The list says how many and the newest; the action's own answer lists them all.
    expect(seen?.progressCount).toBe(2);
    expect(seen?.lastProgress?.text).toBe("Huisbezoek gedaan.");
    expect((await notesOf(devries, id)).map((n) => [n.by.displayName, n.text])).toEqual([
      ["Carlos Bakker", "Wijkagent gebeld; huisbezoek volgende week."],
      ["Carlos Bakker", "Huisbezoek gedaan."],
    ]);
  });

  it("are audited as a change of the action's progress through the API, by ids and field names only", async () => {
    await planWithPoliceAction(caseA, devries);
    expect((await addProgress(bakker, `${caseA}~act_follow`, "Dossier opgevraagd.")).status).toBe(
      201,
    );
    const entries = await readAuditTrail(server, `action=action.update&caseId=${caseA}`);
    const note = entries.find((e) => e.detail?.fields === "progress");
    expect(note).toMatchObject({
      actor: { userId: demoUser(server, "cr.bakker").id },
      outcome: "allowed",
      // Named as reads and refusals of the action name it.
      targetId: `${caseA}~act_follow`,
      detail: { via: "api", what: "gewijzigd" },
    });
    expect(JSON.stringify(entries)).not.toContain("Dossier opgevraagd");
  });

  it("are still there after a restart, with the action they belong to", async () => {
    await planWithPoliceAction(caseA, devries);
    expect((await addProgress(bakker, `${caseA}~act_follow`, "Wijkagent gebeld.")).status).toBe(
      201,
    );
    sockets.destroyAll();
    const dataDir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer({}, dataDir);
    bakker = await server.login("cr.bakker");
    const [action] = await actionsOf(caseA, bakker);
    expect(action?.progressCount).toBe(1);
    expect((await notesOf(bakker, `${caseA}~act_follow`)).map((n) => n.text)).toEqual([
      "Wijkagent gebeld.",
    ]);
  });

  it("are read one action at a time by whoever follows its case, audited, and never shown to an outsider (404)", async () => {
    await planWithPoliceAction(caseA, devries);
    const id = `${caseA}~act_follow`;
    expect((await addProgress(bakker, id, "Wijkagent gebeld.")).status).toBe(201);
    expect(await notesOf(devries, id)).toHaveLength(1);

    const smit = await server.login("dn.smit");
    for (const asked of [id, `${caseA}~bestaat_niet`, "geen-id"]) {
      const res = await server.api(`/api/actions/${encodeURIComponent(asked)}/voortgang`, {
        cookie: smit,
      });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("Wijkagent");
    }
    const entries = await readAuditTrail(server, "action=action.view");
    const actorOf = (e: AuditEntry) => ("userId" in e.actor ? e.actor.userId : e.actor.component);
    const read = entries.filter((e) => e.detail?.progress === true);
    expect(read.map((e) => [actorOf(e), e.caseId, e.targetId, e.outcome])).toEqual([
      [demoUser(server, "dn.devries").id, caseA, id, "allowed"],
    ]);
    const refused = entries.filter((e) => e.outcome === "denied");
    expect(refused.map(actorOf)).toContain(demoUser(server, "dn.smit").id);
  });

  it("are refused to a partner who may not change the action (403) and to an outsider (404), adding nothing", async () => {
    await planWithPoliceAction(caseA, devries);
    const id = `${caseA}~act_follow`;
    expect((await addProgress(devries, id, "Niet mijn actie.")).status).toBe(403);
    const smit = await server.login("dn.smit");
    expect((await addProgress(smit, id, "Niet mijn casus.")).status).toBe(404);
    expect((await addProgress(smit, `${caseA}~bestaat_niet`, "Niets.")).status).toBe(404);
    const [action] = await actionsOf(caseA, bakker);
    expect(action?.progressCount).toBe(0);
    expect(server.store.progress.ofCase(caseA)).toEqual([]);
  });

  it("refuse an empty or too long note naming the field, and a note on an action deleted from the plan", async () => {
    const editor = await planWithPoliceAction(caseA, devries);
    const id = `${caseA}~act_follow`;

    const empty = await addProgress(bakker, id, "   ");
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toBe(
      'Ongeldige invoer in veld "Voortgang": Schrijf wat er is gebeurd.',
    );
    expect((await addProgress(bakker, id, "x".repeat(1001))).status).toBe(400);
    expect((await addProgress(bakker, id, 42)).status).toBe(400);

    editor.doc.getXmlFragment("body").delete(0, editor.doc.getXmlFragment("body").length);
    await pollUntil(
      () => actionsOf(caseA, bakker),
      (actions) => actions.length === 0,
      "action removed from the plan",
    );
    const removed = await addProgress(bakker, id, "Te laat.");
    expect(removed.status).toBe(409);
  });

  it("take at most a day's worth from one person per action (429), so no one fills an action's history", async () => {
    await planWithPoliceAction(caseA, devries);
    const id = `${caseA}~act_follow`;
    for (let n = 1; n <= MAX_PROGRESS_NOTES_PER_DAY; n++) {
      expect((await addProgress(bakker, id, `Notitie ${n}`)).status).toBe(201);
    }
    const tooMany = await addProgress(bakker, id, "Nog een");
    expect(tooMany.status).toBe(429);
    expect(((await tooMany.json()) as { error: { message: string } }).error.message).toContain(
      "Morgen kan het weer",
    );
    // Someone else following the action up still can.
    const chair = await server.login("pr.jansen");
    expect((await addProgress(chair, id, "Besproken in het overleg.")).status).toBe(201);
    const [action] = await actionsOf(caseA, bakker);
    expect(action?.progressCount).toBe(MAX_PROGRESS_NOTES_PER_DAY + 1);
  });

  it("stop at the most an action keeps, with a 409 that says so", async () => {
    await planWithPoliceAction(caseA, devries);
    // A history written over the years, as the server would have stamped it.
    const old = new Date("2024-01-01T09:00:00.000Z").getTime();
    await Promise.all(
      Array.from({ length: MAX_PROGRESS_NOTES }, (_, n) =>
        server.store.progress.add({
          caseId: caseA,
          actionKey: "act_follow",
          at: new Date(old + n * 86_400_000).toISOString(),
          by: "u-oud",
          text: `Week ${n}`,
        }),
      ),
    );
    const full = await addProgress(bakker, `${caseA}~act_follow`, "Nog een");
    expect(full.status).toBe(409);
    const [action] = await actionsOf(caseA, bakker);
    expect(action?.progressCount).toBe(MAX_PROGRESS_NOTES);
    expect(action?.lastProgress?.text).toBe(`Week ${MAX_PROGRESS_NOTES - 1}`);
    expect(await notesOf(bakker, `${caseA}~act_follow`)).toHaveLength(MAX_PROGRESS_NOTES);
  });

  it("are closed to new notes once the case is closed, and stay readable", async () => {
    const chair = await server.login("pr.jansen");
    const caseB = await caseIdByTitle(server, chair, "Demo casus B");
    const editor = await planWithPoliceAction(caseB, chair);
    const id = `${caseB}~act_follow`;
    expect((await addProgress(chair, id, "Overgedragen aan het wijkteam.")).status).toBe(201);
    editor.destroy();

    const closed = await server.api(`/api/cases/${caseB}/triage-besluit`, {
      cookie: chair,
      body: { besluit: "advies", toelichting: "Advies aan het sociaal wijkteam gegeven." },
    });
    expect(closed.status).toBe(200);
    expect((await addProgress(chair, id, "Nog iets.")).status).toBe(403);
    expect((await notesOf(chair, id)).map((n) => n.text)).toEqual([
      "Overgedragen aan het wijkteam.",
    ]);
  });

  it("bring the latest note to the open actions the overleg carries over, where the chair may add one", async () => {
    const chair = await server.login("pr.jansen");
    const overleg = await demoOverleg(server, chair);
    await planWithPoliceAction(overleg.caseA, chair);
    const id = `${overleg.caseA}~act_follow`;
    expect((await addProgress(bakker, id, "Eerste contact gelegd.")).status).toBe(201);
    expect((await addProgress(bakker, id, "Afspraak staat op 3 december.")).status).toBe(201);

    const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}`, {
      cookie: chair,
    });
    expect(res.status).toBe(200);
    const slot = (await res.json()) as SlotCaseView;
    const carried = slot.openActions.find((a) => a.id === "act_follow");
    expect(carried?.lastProgress).toEqual({
      at: expect.any(String) as string,
      by: "Carlos Bakker",
      text: "Afspraak staat op 3 december.",
    });
    // The chair may add a note there; a partner of another organisation at the table may not.
    expect(carried?.progressActionId).toBe(id);
    const other = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}`, {
      cookie: devries,
    });
    expect(other.status).toBe(200);
    const seen = ((await other.json()) as SlotCaseView).openActions.find(
      (a) => a.id === "act_follow",
    );
    expect(seen?.lastProgress?.text).toBe("Afspraak staat op 3 december.");
    expect(seen?.progressActionId).toBeNull();
  });

  it("stay with those who follow the case's actions: a guest at the table reads the open actions without them", async () => {
    const chair = await server.login("pr.jansen");
    const caseC = await caseIdByTitle(server, chair, "Demo casus C");
    const overleg = await planWithSchool(server, chair, caseC, new Date(Date.now() + 10 * 60_000));
    const school = await server.login("in.school");
    const signed = await server.api(`/api/meetings/${overleg.id}/verklaring`, {
      cookie: school,
      body: { akkoord: true },
    });
    expect(signed.status).toBe(200);

    const slotAs = async (cookie: string) => {
      const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotId}`, {
        cookie,
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as SlotCaseView).openActions;
    };
    // The demo's intake action has notes by its responsible partner.
    const forChair = (await slotAs(chair)).find((a) => a.text.startsWith("Intake dagbesteding"));
    expect(forChair?.lastProgress?.by).toBe("Noor Smit");
    expect(forChair?.progressActionId).toBe(`${caseC}~act_demo_2`);
    const forGuest = await slotAs(school);
    expect(forGuest.map((a) => a.text)).toContain(forChair?.text);
    expect(forGuest.every((a) => a.lastProgress === null && a.progressActionId === null)).toBe(
      true,
    );
  });
});
