import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { VerslagOverview } from "../../../shared/api/meetings.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { demoOverleg, type DemoOverleg } from "./meetingSupport.js";

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
});
afterEach(async () => server.stop());

const verslagPath = () => `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;

async function start(): Promise<void> {
  const res = await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
  expect(res.status).toBe(200);
}

/** Stores `samenvatting` as the concept for `version`, as the chair unless `cookie` says otherwise. */
function storeConcept(samenvatting: unknown, version: number, cookie = chair): Promise<Response> {
  return server.api(`${verslagPath()}/samenvatting`, {
    method: "PUT",
    cookie,
    body: { samenvatting, version },
  });
}

async function overview(cookie = chair): Promise<VerslagOverview> {
  const res = await server.api(verslagPath(), { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as VerslagOverview;
}

describe("the samenvatting the chair is typing", () => {
  it("is stored as typed, so the chair's next visit starts from the latest text", async () => {
    await start();
    expect((await storeConcept("Eerste zin.", 1)).status).toBe(200);
    const res = await storeConcept("Eerste zin. Tweede zin.", 1);
    expect(res.status).toBe(200);
    const { savedAt } = (await res.json()) as { savedAt: string };
    expect((await overview()).samenvattingConcept).toEqual({
      samenvatting: "Eerste zin. Tweede zin.",
      savedAt,
    });
  });

  it("survives a restart of the server", async () => {
    await start();
    await storeConcept("Goed overleg, afspraken staan in het plan.", 1);
    const dir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer({}, dir);
    chair = await server.login("pr.jansen");
    expect((await overview()).samenvattingConcept?.samenvatting).toBe(
      "Goed overleg, afspraken staan in het plan.",
    );
  });

  it("goes into the version the chair fixes and is not offered as a concept after it", async () => {
    await start();
    await storeConcept("Concepttekst", 1);
    const frozen = await server.api(verslagPath(), {
      cookie: chair,
      body: { samenvatting: "Vastgestelde tekst", version: 1 },
    });
    expect(frozen.status).toBe(201);
    const after = await overview();
    expect(after.samenvattingConcept).toBeNull();
    expect(after.latestSamenvatting).toBe("Vastgestelde tekst");
  });

  it("is refused when meant for a version fixed meanwhile, and then not stored", async () => {
    await start();
    await server.api(verslagPath(), {
      cookie: chair,
      body: { samenvatting: "Versie 1", version: 1 },
    });
    const late = await storeConcept("Bedoeld voor versie 1", 1);
    expect(late.status).toBe(409);
    expect((await overview()).samenvattingConcept).toBeNull();
    expect((await storeConcept("Voor versie 2", 2)).status).toBe(200);
    expect((await overview()).samenvattingConcept?.samenvatting).toBe("Voor versie 2");
  });

  it("keeps an emptied box empty instead of bringing back the fixed version's text", async () => {
    await start();
    await server.api(verslagPath(), {
      cookie: chair,
      body: { samenvatting: "Versie 1", version: 1 },
    });
    await storeConcept("", 2);
    const after = await overview();
    expect(after.samenvattingConcept?.samenvatting).toBe("");
    expect(after.latestSamenvatting).toBe("Versie 1");
  });

  it("is the chair's alone: others may neither store nor read it", async () => {
    await start();
    await storeConcept("Alleen voor de voorzitter", 1);
    const partner = await server.login("dn.devries");
    expect((await storeConcept("Van een deelnemer", 1, partner)).status).toBe(403);
    expect((await overview(partner)).samenvattingConcept).toBeNull();
    expect((await overview()).samenvattingConcept?.samenvatting).toBe("Alleen voor de voorzitter");
  });

  it("waits until the overleg has begun, like fixing a verslag", async () => {
    const res = await storeConcept("Te vroeg", 1);
    expect(res.status).toBe(409);
  });

  it("gets 400 naming the field for a text over the limit or not a text", async () => {
    await start();
    const long = await storeConcept("x".repeat(5001), 1);
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: { message: string } }).error.message).toContain(
      '"Samenvatting"',
    );
    expect((await storeConcept(42, 1)).status).toBe(400);
  });

  it("is audited as a change to the overleg, naming the case and not holding the text", async () => {
    await start();
    await storeConcept("Tekst die niet in het logboek hoort", 1);
    const entries = await readAuditTrail(server, "action=meeting.update");
    const stored = entries.find((e) => e.detail?.samenvattingConcept === 1);
    expect(stored).toMatchObject({ outcome: "allowed", caseId: overleg.caseA });
    const dir = join(server.dataDir, "audit");
    const files = await readdir(dir);
    const trail = await Promise.all(files.map((f) => readFile(join(dir, f), "utf8")));
    expect(files.length).toBeGreaterThan(0);
    expect(trail.join("")).not.toContain("niet in het logboek");
  });
});
