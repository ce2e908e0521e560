import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { STORE_FILE, StoreOpenError } from "../../../server/store/openStore.js";
import { startTestServer } from "../../support/server.js";

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), "casustafel-store-"));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("the metadata store on disk", () => {
  it("refuses to start on a corrupt store file and leaves the file untouched", async () => {
    const dir = await tempDir();
    const corrupt = '{"schemaVersion":1,"users":[{"id":';
    await writeFile(join(dir, STORE_FILE), corrupt);
    await expect(startTestServer({}, dir)).rejects.toBeInstanceOf(StoreOpenError);
    expect(await readFile(join(dir, STORE_FILE), "utf8")).toBe(corrupt);
  });

  it("refuses to start on a JSON file that is not a Casustafel store", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, STORE_FILE), '{"hello":"world"}');
    await expect(startTestServer({}, dir)).rejects.toThrow(/not a valid Casustafel store/);
    expect(await readFile(join(dir, STORE_FILE), "utf8")).toBe('{"hello":"world"}');
  });

  it("opens a store written before retention with the default period, and refuses a broken setting", async () => {
    const dir = await tempDir();
    const older = { schemaVersion: 1, organisations: [], users: [], sessions: [], cases: [] };
    await writeFile(join(dir, STORE_FILE), JSON.stringify(older));
    const server = await startTestServer({ ZVH_DEMO: "0" }, dir);
    expect(server.store.retention.months).toBe(24);
    expect(server.store.retention.confirmed).toBe(false);
    expect(server.store.retention.retiredOf("Regio A")).toEqual([]);
    await server.stop({ keepData: true });

    const broken = JSON.stringify({ ...older, settings: { retentionMonths: 0 } });
    await writeFile(join(dir, STORE_FILE), broken);
    await expect(startTestServer({}, dir)).rejects.toThrow(/"settings" is not valid/);
    expect(await readFile(join(dir, STORE_FILE), "utf8")).toBe(broken);
  });

  it("seeds nothing when ZVH_DEMO=0, and warns once when the audit anchor goes unsigned", async () => {
    const logLines: string[] = [];
    const server = await startTestServer({ ZVH_DEMO: "0" }, undefined, logLines);
    expect(server.store.users.count()).toBe(0);
    expect(server.store.cases.list()).toHaveLength(0);
    await server.stop();
    expect(logLines.filter((line) => line.includes("AUDIT_ANCHOR_KEY is not set"))).toHaveLength(1);

    const keyed: string[] = [];
    const withKey = await startTestServer(
      { ZVH_DEMO: "0", AUDIT_ANCHOR_KEY: "een-sleutel-buiten-de-datamap-0123456789" },
      undefined,
      keyed,
    );
    await withKey.stop();
    expect(keyed.join("\n")).not.toContain("AUDIT_ANCHOR_KEY");
  });

  it("keeps accounts, cases and sessions across a restart without seeding twice", async () => {
    const dir = await tempDir();
    const first = await startTestServer({}, dir);
    const cookie = await first.login("pr.jansen");
    const cases = first.store.cases.list().length;
    await first.stop({ keepData: true });

    const second = await startTestServer({}, dir);
    expect(second.store.cases.list()).toHaveLength(cases);
    expect((await second.api("/api/me", { cookie })).status).toBe(200);
    await second.stop({ keepData: true });
  });

  it("leaves a complete JSON file and no temp files after many concurrent writes", async () => {
    const dir = await tempDir();
    const server = await startTestServer({}, dir);
    await Promise.all(Array.from({ length: 50 }, () => server.login("dn.devries")));
    await server.stop({ keepData: true });
    const files = await readdir(dir);
    expect(files.filter((f) => f.includes(".tmp"))).toEqual([]);
    const data = JSON.parse(await readFile(join(dir, STORE_FILE), "utf8")) as {
      sessions: unknown[];
    };
    expect(data.sessions.length).toBe(50);
  });

  it("adds generated cases chaired by pr.jansen when ZVH_DEMO_EXTRA_CASES is set", async () => {
    const server = await startTestServer({ ZVH_DEMO_EXTRA_CASES: "25" });
    const res = await server.api("/api/cases", { cookie: await server.login("pr.jansen") });
    expect(((await res.json()) as { cases: unknown[] }).cases.length).toBe(4 + 25);
    await server.stop();
  });
});
