/**
 * In-app signals (the notification list with its unread count). A signal holds ids only: what it
 * is about is looked up, through the case policy, when the list is shown. Signals never leave
 * the application (no e-mail, no push). Stored in one small lowdb file (`actions/signals.json`).
 */
import { randomBytes } from "node:crypto";
import { Low, type Adapter } from "lowdb";
import type { SIGNAL_KINDS } from "../../shared/api/actions.js";

/** One signal as stored. */
export interface SignalRecord {
  id: string;
  userId: string;
  kind: (typeof SIGNAL_KINDS)[number];
  caseId: string;
  actionKey: string;
  createdAt: string;
  readAt: string | null;
}

interface SignalData {
  signals: SignalRecord[];
}

/** Read signals older than this are pruned by the daily job. */
const KEEP_READ_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Reads and writes signals. */
export class SignalRepository {
  private constructor(private readonly db: Low<SignalData>) {}

  /** Opens the signals over `adapter` (a JSON file, or memory in tests). */
  static async open(adapter: Adapter<SignalData>): Promise<SignalRepository> {
    const db = new Low<SignalData>(adapter, { signals: [] });
    await db.read();
    if (!Array.isArray(db.data.signals)) db.data = { signals: [] };
    return new SignalRepository(db);
  }

  /** A user's signals, newest first. */
  listFor(userId: string): SignalRecord[] {
    return this.db.data.signals
      .filter((signal) => signal.userId === userId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Adds signals (one write). */
  async add(signals: Omit<SignalRecord, "id" | "readAt">[]): Promise<void> {
    if (signals.length === 0) return;
    for (const signal of signals) {
      this.db.data.signals.push({
        ...signal,
        id: `sig_${randomBytes(9).toString("base64url")}`,
        readAt: null,
      });
    }
    await this.db.write();
  }

  /** Marks one of the user's signals read; false when the user has no such signal. */
  async markRead(userId: string, signalId: string, at: string): Promise<boolean> {
    const found = this.db.data.signals.find((s) => s.id === signalId && s.userId === userId);
    if (!found) return false;
    if (found.readAt === null) {
      found.readAt = at;
      await this.db.write();
    }
    return true;
  }

  /** Drops every signal about a case (its retention ended); returns how many. */
  async removeForCase(caseId: string): Promise<number> {
    const before = this.db.data.signals.length;
    this.db.data.signals = this.db.data.signals.filter((s) => s.caseId !== caseId);
    const removed = before - this.db.data.signals.length;
    if (removed > 0) await this.db.write();
    return removed;
  }

  /** Drops read signals older than 90 days. */
  async prune(now: Date): Promise<void> {
    const cutoff = new Date(now.getTime() - KEEP_READ_DAYS * DAY_MS).toISOString();
    const before = this.db.data.signals.length;
    this.db.data.signals = this.db.data.signals.filter(
      (s) => s.readAt === null || s.readAt >= cutoff,
    );
    if (this.db.data.signals.length !== before) await this.db.write();
  }
}
