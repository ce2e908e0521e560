/**
 * The overleg's carried-over actions follow what happens to them while the slot is open: the
 * server raises the slot document's `actionsRevision` when the case's actions change (in the plan,
 * through the action API, by a progress note) or the case moves on (a triagebesluit taken beside
 * the slot), and the slot loaded again shows the change. Real server on port 0, real sessions,
 * real sockets.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SlotCaseView } from "../../../shared/api/meetings.js";
import { readMeeting } from "../../../shared/docs/meetingDoc.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { eventually, Sockets, type SessionClient } from "../../support/sessionClient.js";
import { addBakkerAction, demoOverleg, type DemoOverleg } from "./meetingSupport.js";

let server: TestServer;
const sockets = new Sockets(() => server);
let chair: string;
let bakker: string;
let overleg: DemoOverleg;

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  bakker = await server.login("cr.bakker");
  overleg = await demoOverleg(server, chair);
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** The counter of action changes in the slot document as `client` has it. */
function revision(client: SessionClient): number {
  return readMeeting(client.doc).value.actionsRevision ?? 0;
}

/** Opens the slot's live document as `cookie`, as the overleg page does. */
async function openSlot(cookie: string, slotId: string): Promise<SessionClient> {
  const client = sockets.open(cookie, `meeting/${slotId}`);
  await eventually(() => client.provider.synced, "slot synced");
  return client;
}

async function openActionsOf(cookie: string, slotId: string): Promise<SlotCaseView["openActions"]> {
  const res = await server.api(`/api/meetings/${overleg.id}/slots/${slotId}`, { cookie });
  expect(res.status).toBe(200);
  return ((await res.json()) as SlotCaseView).openActions;
}

describe("the open actions of a slot during the overleg", () => {
  it("are announced to the screens at the table when an action is written, gets a note or is done", async () => {
    const atTable = await openSlot(bakker, overleg.slotA);
    const otherSlot = await openSlot(chair, overleg.slotB);
    const start = revision(atTable);

    await addBakkerAction(server, sockets, chair, overleg.caseA, {
      id: "act_live",
      text: "Huisbezoek afleggen",
    });
    await eventually(() => revision(atTable) > start, "new action announced");
    // Counted from here: what the demo's own seeding announced at the start is over by now.
    const otherBefore = revision(otherSlot);
    expect((await openActionsOf(bakker, overleg.slotA)).map((a) => a.text)).toContain(
      "Huisbezoek afleggen",
    );

    const actionId = `${overleg.caseA}~act_live`;
    const afterAction = revision(atTable);
    const noted = await server.api(`/api/actions/${encodeURIComponent(actionId)}/voortgang`, {
      cookie: bakker,
      body: { voortgang: "Bezoek gepland op dinsdag." },
    });
    expect(noted.status).toBe(201);
    await eventually(() => revision(atTable) > afterAction, "note announced");
    const carried = (await openActionsOf(chair, overleg.slotA)).find((a) => a.id === "act_live");
    expect(carried?.lastProgress?.text).toBe("Bezoek gepland op dinsdag.");

    const afterNote = revision(atTable);
    const done = await server.api(`/api/actions/${encodeURIComponent(actionId)}`, {
      method: "PATCH",
      cookie: bakker,
      body: { status: "afgerond" },
    });
    expect(done.status).toBe(200);
    await eventually(() => revision(atTable) > afterNote, "status announced");
    expect((await openActionsOf(chair, overleg.slotA)).map((a) => a.id)).not.toContain("act_live");

    // Another case's slot heard nothing of it.
    expect(revision(otherSlot)).toBe(otherBefore);
  });

  it("are announced when a triagebesluit taken beside the slot moves the case on, so the chair's next steps follow", async () => {
    const atTable = await openSlot(chair, overleg.slotB);
    const slotView = async () => {
      const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotB}`, {
        cookie: chair,
      });
      expect(res.status).toBe(200);
      return (await res.json()) as SlotCaseView;
    };
    expect((await slotView()).phase).toBe("triage");
    // An action written first is announced: from then on only what the table would see counts.
    const start = revision(atTable);
    await addBakkerAction(server, sockets, chair, overleg.caseB, {
      id: "act_b",
      text: "Gesprek met de school",
    });
    await eventually(() => revision(atTable) > start, "action announced");
    const before = revision(atTable);
    const decided = await server.api(`/api/cases/${overleg.caseB}/triage-besluit`, {
      cookie: chair,
      body: { besluit: "casusoverleg", toelichting: "Samen met de partners bespreken." },
    });
    expect(decided.status).toBe(200);
    await eventually(() => revision(atTable) > before, "decision announced");
    expect((await slotView()).phase).toBe("casusoverleg");
  });
});
