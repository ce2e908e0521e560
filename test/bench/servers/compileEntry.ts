/**
 * The reference and Hocuspocus servers run as plain JavaScript, not under tsx, so their memory is not
 * inflated by a TypeScript loader (about 30 MB) that our compiled server does not carry either.
 * An entry file must therefore be self-contained: only package imports, no relative ones.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { PROJECT_ROOT } from "./serverProcess.js";

/**
 * Compiled entries live in the conventional tool cache under node_modules: packages resolve from there,
 * and lint, format and git leave it alone.
 */
const BUILD_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "casustafel-bench");

/** Transpiles the entry `fileName` (beside this module) to `<cache>/<name>.mjs`; returns its path. */
export function compileEntry(fileName: string): string {
  const source = readFileSync(fileURLToPath(new URL(`./${fileName}`, import.meta.url)), "utf8");
  const output = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName,
  });
  mkdirSync(BUILD_DIR, { recursive: true });
  const outFile = join(BUILD_DIR, basename(fileName).replace(/\.ts$/, ".mjs"));
  writeFileSync(outFile, output.outputText);
  return outFile;
}
