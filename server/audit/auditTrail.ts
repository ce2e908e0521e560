/**
 * The audit trail: an append-only JSON-lines file per month under DATA_DIR/audit. Entries are
 * numbered and hash-chained (each hash covers the previous one), so a changed or removed line is
 * detectable with `verifyAuditChain`. Appends are queued in memory and written in order with
 * O_APPEND, then fsynced; `flush()` waits for everything recorded so far.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Principal } from "../auth/principal.js";
import type { Log } from "../log.js";
import type { AuditActor, AuditEntry, AuditEventInput } from "./auditEvent.js";

const GENESIS = "0".repeat(64);

/** The actor record of a principal. */
export function actorOf(principal: Principal): AuditActor {
  return {
    kind: "user",
    userId: principal.userId,
    username: principal.username,
    organisationId: principal.organisationId,
    role: principal.role,
  };
}

/** Computes an entry's hash from its content and the previous hash. */
export function hashEntry(entry: Omit<AuditEntry, "hash">): string {
  return createHash("sha256").update(JSON.stringify(entry)).digest("hex");
}

/** Appends audit events to disk and reads them back. */
export class AuditTrail {
  private queue: AuditEntry[] = [];
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly dir: string,
    private readonly subjectsOf: (caseId: string) => string[],
    private readonly log: Log,
    private seq: number,
    private prevHash: string,
  ) {}

  /** Opens the trail in `dir`, continuing the chain of the newest file. */
  static async open(
    dir: string,
    subjectsOf: (caseId: string) => string[],
    log: Log,
  ): Promise<AuditTrail> {
    await mkdir(dir, { recursive: true });
    const last = await readLastEntry(dir);
    return new AuditTrail(dir, subjectsOf, log, last?.seq ?? 0, last?.hash ?? GENESIS);
  }

  /** Records an event; never throws into the caller (a failed write is logged as an error). */
  record(event: AuditEventInput): void {
    const base = {
      ...event,
      seq: ++this.seq,
      at: new Date().toISOString(),
      subjectIds: this.subjectsOfCases(event),
      prevHash: this.prevHash,
    };
    const entry: AuditEntry = { ...base, hash: hashEntry(base) };
    this.prevHash = entry.hash;
    this.queue.push(entry);
    this.writing = this.writing.then(() => this.drain());
  }

  /** Betrokkene ids of every case the event names, each once. */
  private subjectsOfCases(event: AuditEventInput): string[] {
    const caseIds = [...(event.caseId ? [event.caseId] : []), ...(event.caseIds ?? [])];
    return [...new Set(caseIds.flatMap((caseId) => this.subjectsOf(caseId)))];
  }

  /** Resolves when every recorded event is on disk. */
  flush(): Promise<void> {
    return this.writing;
  }

  /** All entries matching the filter, in order (reads the files; for audits, not hot paths). */
  async query(filter: {
    caseId?: string;
    subjectId?: string;
    userId?: string;
  }): Promise<AuditEntry[]> {
    await this.flush();
    return (await readAllEntries(this.dir)).filter(
      (e) =>
        (filter.caseId === undefined ||
          e.caseId === filter.caseId ||
          (e.caseIds ?? []).includes(filter.caseId)) &&
        (filter.subjectId === undefined || e.subjectIds.includes(filter.subjectId)) &&
        (filter.userId === undefined ||
          (e.actor.kind === "user" && e.actor.userId === filter.userId)),
    );
  }

  private async drain(): Promise<void> {
    const batch = this.queue.splice(0);
    if (batch.length === 0) return;
    const month = batch[0]?.at.slice(0, 7) ?? "unknown";
    try {
      const file = await open(join(this.dir, `audit-${month}.jsonl`), "a");
      try {
        await file.write(batch.map((e) => JSON.stringify(e) + "\n").join(""));
        await file.sync();
      } finally {
        await file.close();
      }
    } catch (err: unknown) {
      this.log.error({ err, entries: batch.length }, "audit: write failed");
    }
  }
}

async function monthFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => /^audit-.*\.jsonl$/.test(f)).sort();
}

/** The newest entry (the tail of the newest month file), so start-up does not read the whole trail. */
async function readLastEntry(dir: string): Promise<AuditEntry | undefined> {
  const newest = (await monthFiles(dir)).at(-1);
  if (!newest) return undefined;
  const lines = (await readFile(join(dir, newest), "utf8")).split("\n").filter(Boolean);
  const last = lines.at(-1);
  return last ? (JSON.parse(last) as AuditEntry) : undefined;
}

/** Reads every entry of every month file, oldest first. */
export async function readAllEntries(dir: string): Promise<AuditEntry[]> {
  const files = await monthFiles(dir);
  const entries: AuditEntry[] = [];
  for (const file of files) {
    const text = await readFile(join(dir, file), "utf8");
    for (const line of text.split("\n")) if (line) entries.push(JSON.parse(line) as AuditEntry);
  }
  return entries;
}

/** Checks numbering and the hash chain; returns the seq of the first broken entry, or null. */
export async function verifyAuditChain(dir: string): Promise<number | null> {
  let prev = GENESIS;
  let seq = 0;
  for (const entry of await readAllEntries(dir)) {
    const { hash, ...rest } = entry;
    if (entry.seq !== seq + 1 || entry.prevHash !== prev || hashEntry(rest) !== hash)
      return entry.seq;
    prev = hash;
    seq = entry.seq;
  }
  return null;
}
