import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { TEMPLATES_DIR } from "../paths.js";
import { loadTemplates, TemplateLoadError } from "./templateLoader.js";

describe("loading templates at start-up", () => {
  const dirs: string[] = [];

  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  /** A writable copy of the shipped templates. */
  async function copyOfShipped(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "casustafel-templates-"));
    dirs.push(dir);
    await cp(TEMPLATES_DIR, dir, { recursive: true });
    return dir;
  }

  /** The error `loadTemplates` fails with. */
  async function failureOf(dir: string): Promise<TemplateLoadError> {
    const error: unknown = await loadTemplates(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TemplateLoadError);
    return error as TemplateLoadError;
  }

  it("names the file and the place of a node type templates may not use", async () => {
    const dir = await copyOfShipped();
    await writeFile(
      join(dir, "plan", "nazorg.json"),
      JSON.stringify({ type: "doc", content: [{ type: "image" }, { type: "paragraph" }] }),
    );
    const error = await failureOf(dir);
    expect(error.message).toContain("plan/nazorg.json: at content[0]");
  });

  it("names a file that is not JSON", async () => {
    const dir = await copyOfShipped();
    await writeFile(join(dir, "casusanalyse", "jeugdgroep.json"), "{ type: doc");
    expect((await failureOf(dir)).message).toContain(
      "casusanalyse/jeugdgroep.json: not valid JSON",
    );
  });

  it("names a missing template and a file for an unknown kind, all in one message", async () => {
    const dir = await copyOfShipped();
    await rm(join(dir, "casusanalyse", "radicalisering.json"));
    await cp(join(dir, "plan", "nazorg.json"), join(dir, "plan", "nazrog.json"));
    const { message } = await failureOf(dir);
    expect(message).toContain("casusanalyse/radicalisering.json: missing");
    expect(message).toContain("plan/nazrog.json: not a known kind");
  });

  it("fails when the templates directory does not exist", async () => {
    const { message } = await failureOf(join(tmpdir(), "casustafel-no-such-templates"));
    expect(message).toContain("casusanalyse/casus_op_maat.json: missing");
  });
});
