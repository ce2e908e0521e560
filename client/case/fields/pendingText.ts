/**
 * Text a user typed into a shared field that is not written to the document yet. It is written
 * after a short pause in typing, or at once when the field asks (`flush`): on leaving the field,
 * and when the field goes away, so a half-typed note survives the page moving on.
 */

/** One field's unwritten text and the timer that writes it. */
export class PendingText {
  private text: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `write` stores a text in the shared document; it runs once per pause or flush. */
  constructor(
    private readonly write: (text: string) => void,
    private readonly delayMs: number,
  ) {}

  /** True from a keystroke until that text is written: only then is the field's text the user's own. */
  get pending(): boolean {
    return this.text !== null;
  }

  /** The user typed `text`: it is written once typing pauses for the delay. */
  change(text: string): void {
    this.text = text;
    this.stopTimer();
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Writes the unwritten text now, if there is any. */
  flush(): void {
    this.stopTimer();
    const text = this.text;
    // Cleared before writing: the write may render the field again, which must see it written.
    this.text = null;
    if (text !== null) this.write(text);
  }

  /** Forgets the unwritten text: what it held is stored another way. */
  discard(): void {
    this.stopTimer();
    this.text = null;
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
