import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The layering and cycle rules guard the architecture; these tests prove they fire.
let dir: string;
const eslint = new ESLint({ cwd: process.cwd() });

beforeAll(async () => {
  dir = await mkdtemp(join(process.cwd(), "shared", "lint-probe-"));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function ruleIdsOf(file: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((m) => m.ruleId ?? "");
}

describe("the lint rules of the architecture", () => {
  it("fails on an import cycle", async () => {
    await writeFile(
      join(dir, "a.ts"),
      'import { b } from "./b.js";\n/** a */\nexport const a = (): number => b() + 1;\n',
    );
    await writeFile(
      join(dir, "b.ts"),
      'import { a } from "./a.js";\n/** b */\nexport const b = (): number => a() - 1;\n',
    );
    expect(await ruleIdsOf(join(dir, "a.ts"))).toContain("import-x/no-cycle");
  });

  it("forbids shared/ to import server/ code", async () => {
    const server = relative(dir, join(process.cwd(), "server", "auth", "principal.js"));
    await writeFile(
      join(dir, "c.ts"),
      `import type { Principal } from "${server}";\n/** c */\nexport type C = Principal;\n`,
    );
    expect(await ruleIdsOf(join(dir, "c.ts"))).toContain("no-restricted-imports");
  });
});
