/**
 * The audit trail: an append-only JSON-lines file per month under DATA_DIR/audit. Entries are
 * numbered and hash-chained (each hash covers the previous one), so a changed or removed line is
 * detectable with `checkAuditChain`; the head of the chain is anchored beside the files
 * (trailHead.ts), so removed newest lines are detectable too. Appends are queued in memory and
 * written in order with O_APPEND to the month file, which stays open (trailAppender.ts), then
 * synced; `flush()` waits for everything recorded so far. A batch that cannot be written is kept
 * and tried again, in order, until it is written (or the server stops); meanwhile `healthy` is
 * false and the server refuses access to case data (auditGate.ts), so nothing is read or changed
 * that the trail could not hold. Reading goes through `trailFiles` chunk by chunk (a page, the
 * chain check), never a whole month at once.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { AuditChainCheck, AuditQuery } from "../../shared/api/audit.js";
import type { Principal } from "../auth/principal.js";
import type { Log } from "../log.js";
import type { AuditActor, AuditEntry, AuditEventInput } from "./auditEvent.js";
import { readAuditPage, type AuditPageRead } from "./auditPage.js";
import { checkAuditChain, newestEntry } from "./chainCheck.js";
import { GENESIS_HASH, hashEntry } from "./entryHash.js";
import { HeadAnchor } from "./headAnchor.js";
import {
  keyedRead,
  readTrailHead,
  writeTrailHead,
  type AnchorKey,
  type TrailHead,
} from "./trailHead.js";
import { TrailAppender } from "./trailAppender.js";
import { cutUnfinishedLine, monthFiles, syncDirectory } from "./trailFiles.js";

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

/** Where the chain goes on after a start-up: the entry it continues from. */
interface ChainStart {
  seq: number;
  hash: string;
  /** The month file known to be in the directory durably (its name was synced). */
  file: string | null;
}

/** The pause before writing a failed batch again: 100 ms, doubling up to 5 s. */
function retryDelayMs(attempt: number): number {
  return Math.min(5_000, 100 * 2 ** attempt);
}

/** Appends audit events to disk and reads them back. */
export class AuditTrail {
  private queue: AuditEntry[] = [];
  /** Since when (epoch ms) recorded entries could not be written; null while writing works. */
  private failingSince: number | null = null;
  private closing = false;
  private writing: Promise<void> = Promise.resolve();
  private seq: number;
  private prevHash: string;
  private syncedFile: string | null;
  private readonly appender: TrailAppender;

  private constructor(
    private readonly dir: string,
    private readonly subjectsOf: (caseId: string) => string[],
    private readonly log: Log,
    start: ChainStart,
    private readonly anchor: HeadAnchor,
    private readonly key: AnchorKey,
  ) {
    this.seq = start.seq;
    this.prevHash = start.hash;
    this.syncedFile = start.file;
    this.appender = new TrailAppender(dir);
  }

  /**
   * Opens the trail in `dir`, continuing the chain of the newest entry. When the trail does not
   * reach the anchored head (its newest lines were removed, or written anew), that is logged as an
   * error and recorded in the trail, and the chain goes on from the anchored head: the gap stays
   * visible to every later check instead of being covered by new entries with the same numbers.
   */
  static async open(
    dir: string,
    subjectsOf: (caseId: string) => string[],
    log: Log,
    key: AnchorKey = null,
  ): Promise<AuditTrail> {
    await mkdir(dir, { recursive: true });
    const newestFile = (await monthFiles(dir)).at(-1) ?? null;
    const last = await readLastEntry(dir, newestFile, log);
    const anchored = keyedRead(await readTrailHead(dir, key), key, last !== undefined);
    if (anchored === "unreadable") {
      log.error("audit: the head anchor cannot be read; it is written anew with the next entry");
    }
    if (anchored === "unsigned") {
      log.error("audit: the head anchor is not signed with the anchor key; it is signed anew");
    }
    const head = typeof anchored === "object" ? anchored : null;
    const problem = head === null ? null : anchorProblem(last, head);
    const start: ChainStart =
      problem !== null && head !== null
        ? { seq: head.seq, hash: head.hash, file: newestFile }
        : { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH, file: newestFile };
    const anchor = new HeadAnchor(dir, log, head?.seq ?? 0, (d, h) => writeTrailHead(d, h, key));
    const trail = new AuditTrail(dir, subjectsOf, log, start, anchor, key);
    if (anchored === "unsigned") {
      // Recorded in the chain, so the anchor signed anew from here does not cover it up.
      trail.record({
        action: "audit.verify",
        actor: { kind: "system", component: "audit" },
        outcome: "allowed",
        detail: { ok: false, anchorUnsigned: true },
      });
    }
    if (problem !== null && head !== null) {
      const facts = { lastSeq: last?.seq ?? 0, anchoredSeq: head.seq };
      log.error(
        facts,
        problem === "newestMissing"
          ? "audit: the trail ends before its anchored head: the newest entries are missing"
          : "audit: the newest entry is not the anchored head: the trail was written anew",
      );
      trail.record({
        action: "audit.verify",
        actor: { kind: "system", component: "audit" },
        outcome: "allowed",
        detail: { ok: false, [problem]: true, ...facts },
      });
    }
    return trail;
  }

  /** Records an event; never throws into the caller (a failed write is logged as an error). */
  record(event: AuditEventInput): void {
    const base = {
      ...event,
      seq: ++this.seq,
      at: new Date().toISOString(),
      subjectIds: event.subjectIds ?? this.subjectsOfCases(event),
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

  /** False while recorded entries cannot be written (they are kept and tried again). */
  get healthy(): boolean {
    return this.failingSince === null;
  }

  /** Resolves when every recorded event is on disk (while writing fails: once it works again). */
  flush(): Promise<void> {
    return this.writing;
  }

  /**
   * Flushes, closes the month file, then anchors the head of everything written (at shutdown).
   * Entries that still cannot be written are given up after one more try, with an error.
   */
  async close(): Promise<void> {
    this.closing = true;
    await this.flush();
    await this.appender.close();
    await this.anchor.close();
  }

  /**
   * One page of the entries matching the query, newest first (for audits, not hot paths). A
   * damaged line on the page is logged by its place only.
   */
  async page(query: AuditQuery): Promise<AuditPageRead> {
    await this.flush();
    const page = await readAuditPage(this.dir, query, true);
    for (const { file, line, lastLine, lines } of page.damaged) {
      this.log.warn(
        { file, line, lastLine, lines },
        "audit: damaged lines of the trail could not be read",
      );
    }
    return page;
  }

  /** Checks the numbering and the hash chain of everything recorded so far. */
  async verify(): Promise<AuditChainCheck> {
    await this.flush();
    return checkAuditChain(this.dir, true, this.key);
  }

  private async drain(): Promise<void> {
    const batch = this.queue.splice(0);
    const first = batch[0];
    const last = batch.at(-1);
    if (first === undefined || last === undefined) return;
    const name = `audit-${first.at.slice(0, 7)}.jsonl`;
    const text = batch.map((e) => JSON.stringify(e) + "\n").join("");
    // Each step is tried again on its own: a sync that fails after the append succeeded must not
    // append the batch a second time.
    if (!(await this.untilWritten(batch, () => this.appender.append(name, text)))) return;
    // A new month file's name must be durable too before the anchor may name an entry in it.
    if (name !== this.syncedFile) {
      if (!(await this.untilWritten(batch, () => syncDirectory(this.dir)))) return;
      this.syncedFile = name;
    }
    this.anchor.advance({ seq: last.seq, hash: last.hash });
  }

  /**
   * Runs `step` until it succeeds (true), pausing longer after each failure; while it fails the
   * trail is not healthy. At shutdown it gives up (false) on the batch and on every entry still
   * queued, which are logged as lost, once.
   */
  private async untilWritten(batch: AuditEntry[], step: () => Promise<void>): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      try {
        await step();
        if (this.failingSince !== null) {
          const failedMs = Date.now() - this.failingSince;
          this.failingSince = null;
          this.log.warn({ entries: batch.length, failedMs }, "audit: writing again");
        }
        return true;
      } catch (err: unknown) {
        const code = (err as NodeJS.ErrnoException | undefined)?.code ?? "unknown";
        if (this.closing) {
          const lost = batch.length + this.queue.splice(0).length;
          this.log.error({ code, entries: lost }, "audit: entries not written at shutdown");
          return false;
        }
        if (this.failingSince === null) {
          this.failingSince = Date.now();
          this.log.error(
            { code, entries: batch.length },
            "audit: write failed; entries kept and tried again, case data refused meanwhile",
          );
        }
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
      }
    }
  }
}

/**
 * The newest entry, read from the end of the trail so start-up does not read all of it. A last
 * line the process did not finish writing before it died is cut off first, with a log line: it
 * was never complete on disk (nor anchored), and the chain goes on from the entry before it.
 * Damaged lines after the newest readable entry are logged by count and left in place, where the
 * chain check reports them.
 */
async function readLastEntry(
  dir: string,
  newestFile: string | null,
  log: Log,
): Promise<AuditEntry | undefined> {
  if (newestFile === null) return undefined;
  const cutBytes = await cutUnfinishedLine(join(dir, newestFile));
  if (cutBytes > 0) {
    log.error({ file: newestFile, cutBytes }, "audit: unfinished last line cut off after a crash");
  }
  const newest = await newestEntry(dir, false);
  if (newest !== undefined && newest.damagedAfter > 0) {
    log.error(
      { damagedLines: newest.damagedAfter, lastSeq: newest.entry.seq },
      "audit: damaged lines at the end of the trail; the chain goes on from the newest readable entry",
    );
  }
  return newest?.entry;
}

/**
 * What is wrong when the trail is compared with its anchored head at start-up: it ends before the
 * head, or its entry at the head is another one. An entry past the head is the normal case (the
 * anchor follows the trail with a delay) and is left to the chain check.
 */
function anchorProblem(
  last: AuditEntry | undefined,
  head: TrailHead,
): "newestMissing" | "headRewritten" | null {
  const lastSeq = last?.seq ?? 0;
  if (lastSeq < head.seq) return "newestMissing";
  if (lastSeq === head.seq && last?.hash !== head.hash) return "headRewritten";
  return null;
}
