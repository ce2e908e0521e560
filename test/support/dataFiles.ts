/** Looking for what a test expects to be gone from the server's data directory. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** The files under `dir` (not under the `skip` folders) whose bytes hold one of `traces`. */
export async function filesContaining(
  dir: string,
  traces: string[],
  skip: string[],
): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.includes(entry.name)) found.push(...(await filesContaining(path, traces, [])));
      continue;
    }
    const bytes = await readFile(path);
    if (traces.some((trace) => bytes.includes(trace))) found.push(path);
  }
  return found;
}
