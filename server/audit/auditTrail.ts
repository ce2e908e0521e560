/**
 * The audit trail: an append-only JSON-lines file per month under DATA_DIR/audit. Entries are
 * numbered and hash-chained (each hash covers the previous one), so a changed or removed line is
 * detectable with `verifyAuditChain`. Appends are queued in memory and written in order with
 * O_APPEND, then fsynced; `flush()` waits for everything recorded so far. Reading goes through
 * `trailFiles` chunk by chunk (a page, the chain check), never a whole month at once.
 */
import { createHash } from "node:crypto";
import { mkdir, open } from "node:fs/promises";
import { join } from "node:path";
import type { AuditChainCheck, AuditQuery } from "../../shared/api/audit.js";
import type { Principal } from "../auth/principal.js";
import type { Log } from "../log.js";
import type { AuditActor, AuditEntry, AuditEventInput } from "./auditEvent.js";
import { readAuditPage, type AuditPageRead } from "./auditPage.js";
import { cutUnfinishedLine, linesBackward, linesForward, monthFiles } from "./trailFiles.js";

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
    const last = await readLastEntry(dir, log);
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

  /** One page of the entries matching the query, newest first (for audits, not hot paths). */
  async page(query: AuditQuery): Promise<AuditPageRead> {
    await this.flush();
    return readAuditPage(this.dir, query, true);
  }

  /** Checks the numbering and the hash chain of everything recorded so far. */
  async verify(): Promise<AuditChainCheck> {
    await this.flush();
    return checkAuditChain(this.dir, true);
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

/**
 * The newest entry (the tail of the newest month file), so start-up does not read the whole trail.
 * A last line the process did not finish writing before it died is cut off first, with a log line:
 * it was never complete on disk, and the chain goes on from the entry before it.
 */
async function readLastEntry(dir: string, log: Log): Promise<AuditEntry | undefined> {
  const newest = (await monthFiles(dir)).at(-1);
  if (!newest) return undefined;
  const path = join(dir, newest);
  const cutBytes = await cutUnfinishedLine(path);
  if (cutBytes > 0) {
    log.error({ file: newest, cutBytes }, "audit: unfinished last line cut off after a crash");
  }
  for await (const line of linesBackward(path, { complete: true })) {
    return JSON.parse(line) as AuditEntry;
  }
  return undefined;
}

/**
 * Checks numbering and the hash chain from the first entry on, one line at a time; stops at the
 * first entry that is changed, missing, out of place or unreadable. `live` when the trail is in
 * use: a last line still being written is then left for the next check.
 */
export async function checkAuditChain(dir: string, live = false): Promise<AuditChainCheck> {
  const files = await monthFiles(dir);
  let prev = GENESIS;
  let seq = 0;
  for (const name of files) {
    const complete = !live || name !== files.at(-1);
    for await (const line of linesForward(join(dir, name), { complete })) {
      const entry = parseOrNull(line);
      // The chain holds up to `seq`; whatever stands where seq + 1 belongs breaks it (a changed
      // line, or the line after a removed one).
      if (entry === null) return broken(seq);
      const { hash, ...rest } = entry;
      if (entry.seq !== seq + 1 || entry.prevHash !== prev || hashEntry(rest) !== hash) {
        return broken(seq);
      }
      prev = hash;
      seq = entry.seq;
    }
  }
  return { ok: true, checked: seq, firstBadSeq: null };
}

/** Checks numbering and the hash chain; returns the seq of the first broken entry, or null. */
export async function verifyAuditChain(dir: string): Promise<number | null> {
  return (await checkAuditChain(dir)).firstBadSeq;
}

/** The outcome when the chain holds for the first `checked` entries only. */
function broken(checked: number): AuditChainCheck {
  return { ok: false, checked, firstBadSeq: checked + 1 };
}

function parseOrNull(line: string): AuditEntry | null {
  try {
    const value = JSON.parse(line) as unknown;
    return typeof value === "object" && value !== null && "seq" in value
      ? (value as AuditEntry)
      : null;
  } catch {
    return null;
  }
}
