import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { eventually } from "../../support/eventually.js";

function startProcess(dataDir: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, ZVH_DEMO: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => {
      const match = /Casustafel listening on (http:\/\/[^"\s]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on("exit", () => reject(new Error(`server exited early:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, listening, exited, output: () => output };
}

describe("the server process", () => {
  it("announces demo mode with the login, serves, and exits 0 on SIGTERM", async () => {
    const dir = await mkdtemp(join(tmpdir(), "casustafel-proc-"));
    const proc = startProcess(dir);
    const url = await proc.listening;
    // The announcement follows the "listening" line, possibly in a later write.
    await eventually(() => /Demo mode is on/.test(proc.output()), "demo announcement");
    expect(proc.output()).toMatch(/Demo mode is on: .*pr\.jansen.*password .*demo/);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
    await rm(dir, { recursive: true, force: true });
  });
});
