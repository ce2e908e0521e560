/**
 * The responsible person across the wire: a partner added to the case team through the team API
 * and named in the plan as "user:<id>" (what the editor stores when a team member is picked) gets
 * the action in their Mijn acties, and every reader (the action lists, the overleg's carried
 * actions, the verslag) names them; a user id that names no account reads neutrally, never as
 * the raw id. Real server on port 0, real sessions, real sockets.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActionList, ActionView, CaseActions } from "../../../shared/api/actions.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import type { SlotCaseView, VerslagBlock, VerslagOverview } from "../../../shared/api/meetings.js";
import { insertActionItem } from "../../../shared/docs/planDoc.js";
import type { ActionItem } from "../../../shared/domain/action.js";
import { UNKNOWN_USER_NAME } from "../../../shared/domain/user.js";
import { pollUntil } from "../../support/eventually.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import { demoOverleg, type DemoOverleg } from "../meetings/meetingSupport.js";

let server: TestServer;
const sockets = new Sockets(() => server);
let jansen: string;
let overleg: DemoOverleg;

beforeEach(async () => {
  server = await startTestServer();
  jansen = await server.login("pr.jansen");
  overleg = await demoOverleg(server, jansen);
  // The verslag concept is there once the overleg runs.
  await server.api(`/api/meetings/${overleg.id}/start`, { cookie: jansen, body: {} });
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** A complete open action of Demo casus A, due in 2030, for `responsible` of `organisationId`. */
function buildAction(id: string, responsible: string, organisationId: string): ActionItem {
  return {
    id,
    text: `Schuldhulpverlening inschakelen (${id})`,
    organisationId,
    responsible,
    dueDate: "2030-03-01",
    status: "open",
    kind: "zorg",
  };
}

/** Writes `action` into Demo casus A's plan as pr.jansen, through a live socket. */
async function writeIntoPlan(action: ActionItem): Promise<void> {
  const plan = sockets.open(jansen, `case/${overleg.caseA}/plan`);
  await eventually(() => plan.provider.synced, "plan synced");
  insertActionItem(plan.doc, action);
}

/** `path` as `cookie` reads it, parsed. */
async function read<T>(path: string, cookie: string): Promise<T> {
  const res = await server.api(path, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** Polls `GET /api/actions?<query>` as `cookie` until it lists the action with node id `key`. */
async function untilListed(cookie: string, query: string, key: string): Promise<ActionView> {
  const id = `${overleg.caseA}~${key}`;
  const list = await pollUntil(
    () => read<ActionList>(`/api/actions?${query}`, cookie),
    (l) => l.actions.some((a) => a.id === id),
    `${key} listed`,
  );
  const found = list.actions.find((a) => a.id === id);
  if (found === undefined) throw new Error(`${key} not listed`);
  return found;
}

/** The action rows of slot A's verslag concept (header row first). */
async function verslagRows(): Promise<string[][]> {
  const overview = await read<VerslagOverview>(
    `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`,
    jansen,
  );
  const blocks: VerslagBlock[] = overview.draft ?? [];
  const at = blocks.findIndex(
    (b) => b.type === "heading" && b.text === "Acties uit het plan van aanpak",
  );
  const table = blocks[at + 1];
  return table?.type === "table" ? table.rows : [];
}

describe("the responsible person of an action", () => {
  it("puts an action for a newly added team member in their Mijn acties, and names them everywhere", async () => {
    const smit = demoUser(server, "dn.smit");
    const added = await server.api(`/api/cases/${overleg.caseA}/team`, {
      cookie: jansen,
      body: { userId: smit.id, caseRole: "deelnemer" },
    });
    expect(added.status).toBe(201);
    // The case page offers her as a Verantwoordelijke from the participants it receives.
    const detail = (await added.json()) as CaseDetail;
    expect(detail.participants).toContainEqual(
      expect.objectContaining({ userId: smit.id, displayName: "Noor Smit" }),
    );

    await writeIntoPlan(buildAction("act_smit", `user:${smit.id}`, smit.organisationId));

    const cookie = await server.login("dn.smit");
    const own = await untilListed(cookie, "assignee=me", "act_smit");
    expect(own.responsible).toEqual({
      type: "user",
      userId: smit.id,
      displayName: "Noor Smit",
      active: true,
    });
    expect(own.mayChange).toBe(true);
    await untilListed(cookie, "scope=mine", "act_smit");

    const slot = await read<SlotCaseView>(
      `/api/meetings/${overleg.id}/slots/${overleg.slotA}`,
      jansen,
    );
    expect(slot.openActions.find((a) => a.id === "act_smit")?.responsible).toBe("Noor Smit");
    const row = (await verslagRows()).find((r) => r[0]?.includes("act_smit"));
    expect(row?.slice(1, 3)).toEqual(["Gemeente Westerduin", "Noor Smit"]);
  });

  it("names a responsible whose account is gone neutrally, never by the raw id", async () => {
    const politie = demoUser(server, "cr.bakker").organisationId;
    await writeIntoPlan(buildAction("act_gone", "user:usr_weg", politie));
    await writeIntoPlan({
      ...buildAction("act_late", "user:usr_weg", politie),
      dueDate: "2020-01-06",
    });

    const listed = await untilListed(jansen, `caseId=${overleg.caseA}`, "act_gone");
    expect(listed.responsible).toEqual({
      type: "user",
      userId: "usr_weg",
      displayName: UNKNOWN_USER_NAME,
      active: false,
    });
    const overview = await read<CaseActions>(`/api/cases/${overleg.caseA}/actions`, jansen);
    expect(overview.behind).toContainEqual({
      who: `${UNKNOWN_USER_NAME} (Politie Basisteam Westerduin)`,
      overdue: 1,
    });

    const slotRes = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}`, {
      cookie: jansen,
    });
    const slotText = await slotRes.text();
    expect(slotText).not.toContain("user:");
    const slot = JSON.parse(slotText) as SlotCaseView;
    expect(slot.openActions.find((a) => a.id === "act_gone")?.responsible).toBe(UNKNOWN_USER_NAME);

    const rows = await pollUntil(
      verslagRows,
      (r) => r.some((cells) => cells[0]?.includes("act_late") === true),
      "both actions in the verslag",
    );
    for (const key of ["act_gone", "act_late"]) {
      expect(rows.find((r) => r[0]?.includes(key))?.[2]).toBe(UNKNOWN_USER_NAME);
    }
    expect(JSON.stringify(rows)).not.toContain("user:");
  });
});
