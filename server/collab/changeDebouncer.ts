/**
 * Debounces document changes for the `onChange` hook and collects who made them. A change only
 * records its time and editor; at most one timer is armed per document. When it fires early (more
 * changes came in meanwhile) it is re-armed for the rest of the quiet time, so a stream of
 * updates costs one timer per `changeDebounceMs`, not one per update. A due fire waits for its own
 * event-loop turn (`TurnQueue`), so documents whose waits end together do not stall the others.
 */
import type { Principal } from "../auth/principal.js";
import type { TurnQueue } from "./turnQueue.js";

/** Calls `fire` once changes have been quiet for `changeDebounceMs`, or after `changeMaxWaitMs`. */
export class ChangeDebouncer {
  private editors = new Map<string, Principal>();
  private lastEditor: Principal | null = null;
  private timer: NodeJS.Timeout | null = null;
  private firstChangeAt = 0;
  private lastChangeAt = 0;
  private dirty = false;
  /** Fires still running, so `flushNow` can wait for them before the document goes away. */
  private readonly running = new Set<Promise<void>>();

  /**
   * `fire` receives the users who changed the document since the last call. `turns` is shared by
   * the server's documents: a due fire runs in a turn of its own.
   */
  constructor(
    private readonly timing: { changeDebounceMs: number; changeMaxWaitMs: number },
    private readonly turns: TurnQueue,
    private readonly fire: (editors: Principal[]) => Promise<void>,
  ) {}

  /** Notes one change; `editor` is null for server-side changes. */
  note(editor: Principal | null): void {
    if (editor && editor !== this.lastEditor) {
      this.lastEditor = editor;
      this.editors.set(editor.userId, editor);
    }
    const now = Date.now();
    this.lastChangeAt = now;
    if (this.dirty) return;
    this.dirty = true;
    this.firstChangeAt = now;
    this.arm(now);
  }

  /**
   * Fires now if changes are waiting (before unload or shutdown). Resolves once this fire and any
   * the timer started earlier have finished, so their hooks still see a live document.
   */
  flushNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.dirty) {
      this.dirty = false;
      const editors = [...this.editors.values()];
      this.editors = new Map();
      this.lastEditor = null;
      const fired = this.fire(editors).finally(() => this.running.delete(fired));
      this.running.add(fired);
    }
    return Promise.allSettled([...this.running]).then(() => undefined);
  }

  /** Drops waiting changes without firing. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
  }

  /** Arms the timer for the earlier of "quiet since the last change" and the max wait. */
  private arm(now: number): void {
    const quietAt = this.lastChangeAt + this.timing.changeDebounceMs;
    const latest = this.firstChangeAt + this.timing.changeMaxWaitMs;
    this.timer = setTimeout(this.onTimer, Math.max(0, Math.min(quietAt, latest) - now));
  }

  private readonly onTimer = (): void => {
    this.timer = null;
    const now = Date.now();
    const quiet = now - this.lastChangeAt >= this.timing.changeDebounceMs;
    const overdue = now - this.firstChangeAt >= this.timing.changeMaxWaitMs;
    if (quiet || overdue) this.turns.push(this.fireIfDirty);
    else this.arm(now);
  };

  /** Fires unless `flushNow` or `cancel` came first while the fire waited for its turn. */
  private readonly fireIfDirty = (): void => {
    if (this.dirty) void this.flushNow();
  };
}
