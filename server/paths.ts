/** Locations inside the installed project, valid both from server/ (tsx, tests) and dist/server. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("Cannot find the project root (package.json)");
    dir = parent;
  }
  return dir;
}

/** The directory holding package.json. */
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
/** The built client bundle served in production. */
export const CLIENT_DIST = join(PROJECT_ROOT, "dist", "client");
/** Document templates (data). */
export const TEMPLATES_DIR = join(PROJECT_ROOT, "templates");
