/** File names of a document's generations (`snapshot-<gen>.ysnap`, `log-<gen>.ylog`). */
import * as fsp from "node:fs/promises";

const SNAPSHOT_PATTERN = /^snapshot-(\d{1,15})\.ysnap$/;
const LOG_PATTERN = /^log-(\d{1,15})\.ylog$/;

/** File name of the snapshot that starts generation `gen`. */
export function snapshotFileName(gen: number): string {
  return `snapshot-${gen}.ysnap`;
}

/** File name of the update log of generation `gen`. */
export function logFileName(gen: number): string {
  return `log-${gen}.ylog`;
}

/** The generations present in a document directory, ascending; empty when it does not exist. */
export async function listGenerations(
  dir: string,
): Promise<{ snapshots: number[]; logs: number[] }> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return { snapshots: [], logs: [] };
    throw error;
  }
  const pick = (pattern: RegExp): number[] =>
    names
      .map((name) => pattern.exec(name)?.[1])
      .filter((gen): gen is string => gen !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  return { snapshots: pick(SNAPSHOT_PATTERN), logs: pick(LOG_PATTERN) };
}

/** True for the error a file system call throws when the path does not exist. */
export function isNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
