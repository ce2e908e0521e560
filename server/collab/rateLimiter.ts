/** Per-connection token buckets for message count and bytes (sustained rate plus a burst). */

/** The rates a `RateLimiter` enforces. */
export interface RateLimits {
  messagesPerSecond: number;
  messageBurst: number;
  bytesPerSecond: number;
  byteBurst: number;
}

/** The default clock: one function for every limiter, rather than a closure per connection. */
const monotonicNow = (): number => performance.now();

/** Two token buckets that refill continuously; `take` fails once either runs dry. */
export class RateLimiter {
  private messages: number;
  private bytes: number;
  private last: number;

  /** `now` returns milliseconds; injectable for tests. */
  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number = monotonicNow,
  ) {
    this.messages = limits.messageBurst;
    this.bytes = limits.byteBurst;
    this.last = now();
  }

  /** Takes one message of `size` bytes; false when the connection is over its limit. */
  take(size: number): boolean {
    const now = this.now();
    const seconds = (now - this.last) / 1000;
    this.last = now;
    const { messagesPerSecond, messageBurst, bytesPerSecond, byteBurst } = this.limits;
    this.messages = Math.min(messageBurst, this.messages + seconds * messagesPerSecond) - 1;
    this.bytes = Math.min(byteBurst, this.bytes + seconds * bytesPerSecond) - size;
    return this.messages >= 0 && this.bytes >= 0;
  }
}
