import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { VerslagOverview } from "../../../shared/api/meetings.js";
import { addBesluit, readMeeting, setAttendance } from "../../../shared/docs/meetingDoc.js";
import { insertActionItem } from "../../../shared/docs/planDoc.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { eventually, Sockets } from "../../support/sessionClient.js";
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

function textOfPdf(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "verslag-"));
  writeFileSync(join(dir, "v.pdf"), bytes);
  // Table cells wrap long text over lines; compare with whitespace collapsed.
  return execFileSync("pdftotext", [join(dir, "v.pdf"), "-"], { encoding: "utf8" }).replace(
    /\s+/g,
    " ",
  );
}

function xmlOfDocx(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "verslag-"));
  writeFileSync(join(dir, "v.docx"), bytes);
  return execFileSync("unzip", ["-p", join(dir, "v.docx"), "word/document.xml"], {
    encoding: "utf8",
  });
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

describe("the verslag of a case", () => {
  it("is generated from the slot's besluiten and attendance and the plan's actions", async () => {
    await recordSlotA();
    const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`, {
      cookie: chair,
    });
    const overview = (await res.json()) as VerslagOverview;
    expect(overview.draft?.besluiten).toEqual([BESLUIT]);
    expect(overview.draft?.actions.map((a) => a.text)).toEqual([ACTIE]);
    expect(overview.draft?.attendance).toContainEqual(
      expect.objectContaining({ name: "Daan de Vries", status: "aanwezig" }),
    );
    expect(overview.versions).toEqual([]);
  });

  it("is frozen as numbered, dated versions and exports to PDF and DOCX with decisions and actions", async () => {
    await recordSlotA();
    const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    const frozen = await server.api(base, {
      cookie: chair,
      body: { samenvatting: "Goed overleg." },
    });
    expect(frozen.status).toBe(201);
    expect(await frozen.json()).toMatchObject({ version: 1 });
    expect(
      (await (await server.api(base, { cookie: chair, body: {} })).json()) as object,
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

  it("can be downloaded by those who attended the case, not by those who did not", async () => {
    await recordSlotA();
    const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    await server.api(base, { cookie: chair, body: {} });
    const devries = await server.login("dn.devries");
    const bakker = await server.login("cr.bakker");
    expect((await server.api(`${base}/1/pdf`, { cookie: devries })).status).toBe(200);
    expect((await server.api(`${base}/1/docx`, { cookie: bakker })).status).toBe(403);
    const overview = (await (await server.api(base, { cookie: bakker })).json()) as VerslagOverview;
    expect(overview).toMatchObject({ draft: null, mayDownload: false, mayFreeze: false });
    // Only the chair freezes.
    expect((await server.api(base, { cookie: devries, body: {} })).status).toBe(403);
  });
});
