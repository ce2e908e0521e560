/** Debounces document changes for the `onChange` hook and collects who made them. */
import type { Principal } from "../auth/principal.js";

/** Calls `fire` once changes have been quiet for `changeDebounceMs`, or after `changeMaxWaitMs`. */
export class ChangeDebouncer {
  private editors = new Map<string, Principal>();
  private timer: NodeJS.Timeout | null = null;
  private firstChangeAt = 0;
  private dirty = false;

  /** `fire` receives the users who changed the document since the last call. */
  constructor(
    private readonly timing: { changeDebounceMs: number; changeMaxWaitMs: number },
    private readonly fire: (editors: Principal[]) => Promise<void>,
  ) {}

  /** Notes one change; `editor` is null for server-side changes. */
  note(editor: Principal | null): void {
    if (editor) this.editors.set(editor.userId, editor);
    const now = Date.now();
    if (!this.dirty) this.firstChangeAt = now;
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    const latest = this.firstChangeAt + this.timing.changeMaxWaitMs;
    const delay = Math.max(0, Math.min(this.timing.changeDebounceMs, latest - now));
    this.timer = setTimeout(() => this.flushNow(), delay);
  }

  /** Fires now if changes are waiting (before unload or shutdown). */
  flushNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.dirty) return;
    this.dirty = false;
    const editors = [...this.editors.values()];
    this.editors = new Map();
    void this.fire(editors);
  }

  /** Drops waiting changes without firing. */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
  }
}
