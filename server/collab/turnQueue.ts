/**
 * Runs queued jobs one per event-loop turn, so sockets are read and written between them.
 *
 * Node runs every timer that is due in one go, with no socket I/O in between. When the `onChange`
 * waits of many documents end together (a room of editors who all started typing at once, or
 * the server's own start), their hooks would otherwise run back to back and hold every other
 * room's updates for the sum of their times. Queued here, each document's hooks hold the
 * loop only for their own synchronous part, then the poll phase relays what came in meanwhile.
 */
export class TurnQueue {
  private readonly jobs: (() => void)[] = [];
  private scheduled = false;

  /** Runs `job` in a later turn, after the jobs queued before it, each in a turn of its own. */
  push(job: () => void): void {
    this.jobs.push(job);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.runOne);
  }

  /** Jobs waiting for their turn. */
  get length(): number {
    return this.jobs.length;
  }

  private readonly runOne = (): void => {
    try {
      this.jobs.shift()?.();
    } finally {
      // An immediate set while the check phase runs waits for the next turn, after the poll
      // phase, and after any immediate the job itself set.
      if (this.jobs.length > 0) setImmediate(this.runOne);
      else this.scheduled = false;
    }
  };
}
