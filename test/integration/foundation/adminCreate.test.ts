import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startTestServer } from "../../support/server.js";

function adminCreate(dataDir: string, args: string[], stdin: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "server/cli/adminCreate.ts", ...args], {
    env: { ...process.env, DATA_DIR: dataDir, ZVH_DEMO: "0" },
    input: stdin,
    encoding: "utf8",
  });
}

const flags = [
  "--username",
  "beheer.een",
  "--name",
  "Eerste Beheerder",
  "--organisation",
  "ZVH Test",
];

describe("npm run admin:create", () => {
  it("creates a first beheerder who can then log in to an empty server", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casustafel-admin-"));
    const run = adminCreate(
      dir,
      [...flags, "--regio", "Testregio", "--password-stdin"],
      "sterk-wachtwoord-1\n",
    );
    expect(run.status).toBe(0);
    const server = await startTestServer({ ZVH_DEMO: "0" }, dir);
    const res = await server.api("/api/auth/login", {
      body: { username: "beheer.een", password: "sterk-wachtwoord-1" },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user: { role: string } }).user.role).toBe("beheerder");
    await server.stop();
  });

  it("refuses a short password with a clear message and creates nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casustafel-admin-"));
    const run = adminCreate(dir, [...flags, "--regio", "Testregio", "--password-stdin"], "kort\n");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("12 tekens");
    const server = await startTestServer({ ZVH_DEMO: "0" }, dir);
    expect(server.store.users.count()).toBe(0);
    await server.stop();
  });
});
