/**
 * Where the action index lives: one small JSON file per case (`DATA_DIR/actions/<caseId>.json`),
 * so extracting a change in one plan writes that case's file and nothing else. Each file is
 * written atomically and coalesced by lowdb's file adapter (temp file + rename). A file that does
 * not parse is moved aside, never overwritten: the next extraction rebuilds the case's live
 * actions from its plan, and the old file stays for whoever must recover its history.
 */
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { JSONFile } from "lowdb/node";
import { isDocId } from "../../shared/wire/docNames.js";
import type { CaseActionIndex } from "./indexedAction.js";

/** Reads and writes the per-case index files. */
export interface ActionIndexStorage {
  /** Every stored case index. */
  loadAll(): Promise<CaseActionIndex[]>;
  /** Stores one case's index (a copy of `index` as it is when called). */
  save(index: CaseActionIndex): Promise<void>;
  /** Deletes everything stored of one case (its retention ended). */
  remove(caseId: string): Promise<void>;
}

/** Reports an unreadable file without its content. */
export type StorageWarn = (obj: object, msg: string) => void;

const SUFFIX = ".json";

/** True when `value` has the shape of a stored case index. */
function isCaseIndex(value: unknown): value is CaseActionIndex {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.caseId === "string" &&
    Array.isArray(v.actions) &&
    typeof v.leefgebiedScores === "object" &&
    v.leefgebiedScores !== null
  );
}

/** The index as files in `dir`. */
export class FileActionIndexStorage implements ActionIndexStorage {
  private readonly files = new Map<string, JSONFile<CaseActionIndex>>();

  constructor(
    private readonly dir: string,
    private readonly warn: StorageWarn,
  ) {}

  async loadAll(): Promise<CaseActionIndex[]> {
    await mkdir(this.dir, { recursive: true });
    const found: CaseActionIndex[] = [];
    for (const name of await readdir(this.dir)) {
      if (!name.endsWith(SUFFIX)) continue;
      const caseId = name.slice(0, -SUFFIX.length);
      if (!isDocId(caseId)) continue;
      let data: unknown;
      try {
        data = await this.file(caseId).read();
      } catch {
        data = null;
      }
      if (isCaseIndex(data) && data.caseId === caseId) {
        found.push(data);
      } else {
        const aside = `${name}.unreadable-${Date.now()}`;
        await rename(join(this.dir, name), join(this.dir, aside));
        this.warn({ caseId }, "action index file unreadable; moved aside, rebuilt on next load");
      }
    }
    return found;
  }

  save(index: CaseActionIndex): Promise<void> {
    return this.file(index.caseId).write(structuredClone(index));
  }

  async remove(caseId: string): Promise<void> {
    this.files.delete(caseId);
    // Also a file moved aside as unreadable, and the temp file a crash left of an atomic write.
    const mine = (name: string) =>
      name === caseId + SUFFIX ||
      name.startsWith(`${caseId}${SUFFIX}.unreadable-`) ||
      name === `.${caseId}${SUFFIX}.tmp`;
    const names = (await readdir(this.dir)).filter(mine);
    await Promise.all(names.map((name) => rm(join(this.dir, name), { force: true })));
  }

  private file(caseId: string): JSONFile<CaseActionIndex> {
    let file = this.files.get(caseId);
    if (!file) {
      file = new JSONFile<CaseActionIndex>(join(this.dir, caseId + SUFFIX));
      this.files.set(caseId, file);
    }
    return file;
  }
}

/** The index in memory only (unit tests, the benchmark). */
export class MemoryActionIndexStorage implements ActionIndexStorage {
  readonly saved = new Map<string, CaseActionIndex>();
  /** How many saves happened, per case (tests check that one plan's change touches one file). */
  readonly saves = new Map<string, number>();

  loadAll(): Promise<CaseActionIndex[]> {
    return Promise.resolve([...this.saved.values()].map((index) => structuredClone(index)));
  }

  save(index: CaseActionIndex): Promise<void> {
    this.saved.set(index.caseId, structuredClone(index));
    this.saves.set(index.caseId, (this.saves.get(index.caseId) ?? 0) + 1);
    return Promise.resolve();
  }

  remove(caseId: string): Promise<void> {
    this.saved.delete(caseId);
    return Promise.resolve();
  }
}
