import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  MeetingList,
  MeetingView,
  VerslagBlock,
  VerslagOverview,
} from "../../../shared/api/meetings.js";
import {
  addBesluit,
  correctBesluit,
  readMeeting,
  setAttendance,
  withdrawBesluit,
} from "../../../shared/docs/meetingDoc.js";
import { insertActionItem } from "../../../shared/docs/planDoc.js";
import { wallTimeOf } from "../../../shared/domain/regionTime.js";
import { textOfPdf, xmlOfDocx } from "../../support/exportText.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { pollUntil } from "../../support/eventually.js";
import { demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import { demoOverleg, type DemoOverleg } from "./meetingSupport.js";

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;
const sockets = new Sockets(() => server);
const BESLUIT = "Huisbezoek door wijkagent en GGZ binnen twee weken";
const ACTIE = "Aanmelden bij schuldhulpverlening";

/** Records a besluit and attendance in slot A and an action in case A's plan, as the chair. */
async function recordSlotA(): Promise<void> {
  const chairId = server.store.users.findByUsername("pr.jansen")?.id ?? "";
  const userId = (username: string) => server.store.users.findByUsername(username)?.id ?? "";
  const slot = sockets.open(chair, `meeting/${overleg.slotA}`);
  const plan = sockets.open(chair, `case/${overleg.caseA}/plan`);
  await eventually(() => slot.provider.synced && plan.provider.synced, "synced");
  const stamp = { by: chairId, at: new Date().toISOString() };
  addBesluit(slot.doc, {
    id: "besluit-1",
    agendaItemId: overleg.slotA,
    text: BESLUIT,
    recordedBy: chairId,
    recordedAt: stamp.at,
  });
  setAttendance(slot.doc, overleg.slotA, userId("dn.devries"), "aanwezig", stamp);
  setAttendance(slot.doc, overleg.slotA, userId("cr.bakker"), "afgemeld", stamp);
  const organisationId = server.store.users.findByUsername("dn.smit")?.organisationId ?? "";
  insertActionItem(plan.doc, {
    id: "actie-1",
    text: ACTIE,
    organisationId,
    responsible: "Noor Smit",
    dueDate: "2030-01-31",
    status: "open",
    kind: "zorg",
  });
  // A fresh reader sees both changes once the server holds them.
  const check = sockets.open(chair, `meeting/${overleg.slotA}`);
  await eventually(
    () => readMeeting(check.doc).value.besluiten.some((b) => b.text === BESLUIT),
    "besluit stored",
  );
}

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
  await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** The block right after the heading `text` in a laid-out verslag. */
function blockAfter(blocks: VerslagBlock[] | null, text: string): VerslagBlock | undefined {
  const at = (blocks ?? []).findIndex((b) => b.type === "heading" && b.text === text);
  return at < 0 ? undefined : blocks?.[at + 1];
}

/** The rows of the table right after the heading `text`. */
function rowsAfter(blocks: VerslagBlock[] | null, text: string): string[][] {
  const block = blockAfter(blocks, text);
  return block?.type === "table" ? block.rows : [];
}

/** The chair's verslag overview of slot A. */
async function overviewOfSlotA(cookie = chair): Promise<VerslagOverview> {
  const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`, {
    cookie,
  });
  return (await res.json()) as VerslagOverview;
}

describe("the verslag of a case", () => {
  it("shows the chair, before freezing, a concept laid out as the verslag with besluiten, attendance and actions", async () => {
    await recordSlotA();
    const overview = await overviewOfSlotA();
    expect(overview.draft?.[1]).toEqual({ type: "note", text: "Concept: nog niet vastgesteld." });
    expect(blockAfter(overview.draft, "Besluiten")).toEqual({
      type: "list",
      ordered: true,
      items: [BESLUIT],
    });
    const attendance = rowsAfter(overview.draft, "Aanwezigheid");
    expect(attendance).toContainEqual(["Daan de Vries", "GGZ Duinstreek", "Aanwezig"]);
    expect(attendance).toContainEqual([
      "Carlos Bakker",
      "Politie Basisteam Westerduin",
      "Afgemeld",
    ]);
    expect(rowsAfter(overview.draft, "Acties uit het plan van aanpak").map((r) => r[0])).toEqual([
      "Actie",
      ACTIE,
    ]);
    expect(overview.versions).toEqual([]);
  });

  it("holds a corrected besluit's new text and leaves a withdrawn besluit out", async () => {
    await recordSlotA();
    const chairId = server.store.users.findByUsername("pr.jansen")?.id ?? "";
    const slot = sockets.open(chair, `meeting/${overleg.slotA}`);
    await eventually(() => slot.provider.synced, "synced");
    const stamp = { by: chairId, at: new Date().toISOString() };
    addBesluit(slot.doc, {
      id: "besluit-2",
      agendaItemId: overleg.slotA,
      text: "Melding bij Veilig Thuis",
      recordedBy: chairId,
      recordedAt: stamp.at,
    });
    expect(correctBesluit(slot.doc, "besluit-1", `${BESLUIT}, gecorrigeerd`, stamp)).toBe(true);
    expect(withdrawBesluit(slot.doc, "besluit-2", stamp)).toBe(true);
    const check = sockets.open(chair, `meeting/${overleg.slotA}`);
    await eventually(
      () => readMeeting(check.doc).value.besluiten.some((b) => b.withdrawnBy !== undefined),
      "changes stored",
    );
    expect(blockAfter((await overviewOfSlotA()).draft, "Besluiten")).toEqual({
      type: "list",
      ordered: true,
      items: [`${BESLUIT}, gecorrigeerd`],
    });
  });

  it("prints actions with Dutch dates, and an unfinished one past its deadline as te laat", async () => {
    await recordSlotA();
    const plan = sockets.open(chair, `case/${overleg.caseA}/plan`);
    await eventually(() => plan.provider.synced, "synced");
    const organisationId = server.store.users.findByUsername("dn.smit")?.organisationId ?? "";
    insertActionItem(plan.doc, {
      id: "actie-2",
      text: "Huisbezoek",
      organisationId,
      responsible: "Noor Smit",
      dueDate: "2020-03-04",
      status: "in_uitvoering",
      kind: "zorg",
    });
    const actionRows = async () =>
      rowsAfter((await overviewOfSlotA()).draft, "Acties uit het plan van aanpak");
    await expect.poll(async () => (await actionRows()).length).toBe(3);
    const rows = await actionRows();
    expect(rows.find((r) => r[0] === ACTIE)?.slice(3)).toEqual(["31-01-2030", "Open"]);
    expect(rows.find((r) => r[0] === "Huisbezoek")?.slice(3)).toEqual(["04-03-2020", "Te laat"]);
  });

  it("lists the chair as present once they started the overleg, first in the attendance", async () => {
    const attendance = rowsAfter((await overviewOfSlotA()).draft, "Aanwezigheid");
    expect(attendance[1]).toEqual([
      "Petra Jansen",
      "Zorg- en Veiligheidshuis Westerduin",
      "Aanwezig",
    ]);
  });

  it("is frozen as numbered, dated versions and exports to PDF and DOCX with decisions and actions", async () => {
    await recordSlotA();
    const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    const frozen = await server.api(base, {
      cookie: chair,
      body: { samenvatting: "Goed overleg.", version: 1 },
    });
    expect(frozen.status).toBe(201);
    expect(await frozen.json()).toMatchObject({ version: 1 });
    expect(
      (await (await server.api(base, { cookie: chair, body: { version: 2 } })).json()) as object,
    ).toMatchObject({
      version: 2,
    });

    const pdf = await server.api(`${base}/1/pdf`, { cookie: chair });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).not.toContain("Demo");
    const pdfText = textOfPdf(Buffer.from(await pdf.arrayBuffer()));
    expect(pdfText).toContain("Besluiten");
    expect(pdfText).toContain(BESLUIT);
    expect(pdfText).toContain(ACTIE);
    expect(pdfText).toContain("Goed overleg.");

    const docx = await server.api(`${base}/1/docx`, { cookie: chair });
    expect(docx.status).toBe(200);
    const xml = xmlOfDocx(Buffer.from(await docx.arrayBuffer()));
    expect(xml).toContain(BESLUIT);
    expect(xml).toContain(ACTIE);
    expect(xml).toContain("<w:tbl>");
    expect(xml).toContain("<w:numPr>");
  });

  it("tells the chair which case slots still lack a fixed verslag, on the overleg and in the list, and nobody else", async () => {
    const list = async (cookie: string) =>
      ((await (await server.api("/api/meetings", { cookie })).json()) as MeetingList).meetings.find(
        (m) => m.id === overleg.id,
      );
    const view = async (cookie: string) =>
      (await (await server.api(`/api/meetings/${overleg.id}`, { cookie })).json()) as MeetingView;
    const fixed = (v: MeetingView) => v.agenda.map((slot) => [slot.title, slot.verslagFixed]);

    expect(fixed(await view(chair))).toEqual([
      ["Opening en mededelingen", null],
      ["Demo casus A", false],
      ["Demo casus B", false],
      ["Rondvraag", null],
    ]);
    expect((await list(chair))?.verslagenToFix).toBe(2);

    await recordSlotA();
    const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    const frozen = await server.api(base, {
      cookie: chair,
      body: { samenvatting: "", version: 1 },
    });
    expect(frozen.status).toBe(201);
    expect(fixed(await view(chair))).toEqual([
      ["Opening en mededelingen", null],
      ["Demo casus A", true],
      ["Demo casus B", false],
      ["Rondvraag", null],
    ]);
    expect((await list(chair))?.verslagenToFix).toBe(1);

    // A partner at the table is not told what the chair has left to do.
    const devries = await server.login("dn.devries");
    expect(new Set((await view(devries)).agenda.map((slot) => slot.verslagFixed))).toEqual(
      new Set([null]),
    );
    expect((await list(devries))?.verslagenToFix).toBeNull();
  });

  it("can be downloaded by those who attended the case and by its casusregisseur, not by others who did not attend", async () => {
    await recordSlotA();
    const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    await server.api(base, { cookie: chair, body: { version: 1 } });
    const devries = await server.login("dn.devries");
    // cr.bakker, the casusregisseur, sent word he could not come; he follows the plan up all the same.
    const bakker = await server.login("cr.bakker");
    expect((await server.api(`${base}/1/pdf`, { cookie: devries })).status).toBe(200);
    expect((await server.api(`${base}/1/docx`, { cookie: bakker })).status).toBe(200);
    // Once dn.devries is recorded as absent, she no longer downloads it.
    const slot = sockets.open(chair, `meeting/${overleg.slotA}`);
    await eventually(() => slot.provider.synced, "synced");
    const stamp = { by: demoUser(server, "pr.jansen").id, at: new Date().toISOString() };
    setAttendance(slot.doc, overleg.slotA, demoUser(server, "dn.devries").id, "afgemeld", stamp);
    await pollUntil(
      async () => (await server.api(`${base}/1/pdf`, { cookie: devries })).status,
      (status) => status === 403,
      "download refused",
    );
    const overview = (await (
      await server.api(base, { cookie: devries })
    ).json()) as VerslagOverview;
    expect(overview).toMatchObject({ draft: null, mayDownload: false, mayFreeze: false });
    // Only the chair freezes.
    expect((await server.api(base, { cookie: devries, body: { version: 2 } })).status).toBe(403);
  });

  it("tells the chair how many of the concept's actions lack an organisation, a Verantwoordelijke or a deadline", async () => {
    await recordSlotA();
    expect((await overviewOfSlotA()).incompleteActions).toBe(0);
    const plan = sockets.open(chair, `case/${overleg.caseA}/plan`);
    await eventually(() => plan.provider.synced, "synced");
    insertActionItem(plan.doc, {
      id: "actie-2",
      text: "Huisbezoek plannen",
      // An organisation that is not (or no longer) known: the verslag would print a dash.
      organisationId: "org_onbekend",
      responsible: "Noor Smit",
      dueDate: "2030-02-28",
      status: "open",
      kind: "zorg",
    });
    await pollUntil(
      async () => (await overviewOfSlotA()).incompleteActions,
      (n) => n === 1,
      "the incomplete action counted",
    );
    // Only the chair is asked; others get no count.
    const devries = await server.login("dn.devries");
    expect((await overviewOfSlotA(devries)).incompleteActions).toBe(0);
  });

  it("makes a new version only as the number the chair confirmed, never silently a later one", async () => {
    const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    // A request that confirms no version number makes none.
    expect((await server.api(base, { cookie: chair, body: {} })).status).toBe(400);
    expect((await server.api(base, { cookie: chair, body: { version: 1 } })).status).toBe(201);
    // A second click from a page that still showed no version: refused, nothing made.
    const again = await server.api(base, { cookie: chair, body: { version: 1 } });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain(
      "versie 1",
    );
    expect((await overviewOfSlotA()).versions.map((v) => v.version)).toEqual([1]);
    // Confirmed as version 2, it is made.
    expect((await server.api(base, { cookie: chair, body: { version: 2 } })).status).toBe(201);
    expect((await overviewOfSlotA()).versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it("downloads under a name that tells overleggen and cases apart without naming anyone", async () => {
    await recordSlotA();
    const fileName = async (slotId: string, format: "pdf" | "docx") => {
      const base = `/api/meetings/${overleg.id}/slots/${slotId}/verslag`;
      await server.api(base, { cookie: chair, body: { version: 1 } });
      const res = await server.api(`${base}/1/${format}`, { cookie: chair });
      const match = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "");
      return match?.[1] ?? "";
    };
    const { date, time } = wallTimeOf(
      new Date(server.store.meetings.get(overleg.id)?.startsAt ?? ""),
    );
    const start = `${date}-${time.replace(":", "")}`;
    const slotA = await fileName(overleg.slotA, "pdf");
    expect(slotA).toBe(`verslag-casusoverleg-${start}-agendapunt-2-v1.pdf`);
    expect(await fileName(overleg.slotB, "docx")).toBe(
      `verslag-casusoverleg-${start}-agendapunt-3-v1.docx`,
    );
    // No free text: not the case title, not the overleg title, nobody's name.
    for (const text of ["Demo", "Westerduin", "Daan", "Vries", "Bakker", "Jansen"]) {
      expect(slotA).not.toContain(text);
    }
  });
});
