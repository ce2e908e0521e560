import { describe, expect, it } from "vitest";
import { TurnQueue } from "./turnQueue.js";

/** Resolves after `turns` event-loop turns. */
async function afterTurns(turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe("the turn queue", () => {
  it("runs each job in a turn of its own, after what the job before it left for the next turn", async () => {
    const queue = new TurnQueue();
    const order: string[] = [];
    queue.push(() => {
      order.push("first");
      setImmediate(() => order.push("left by first"));
    });
    queue.push(() => order.push("second"));
    expect(order).toEqual([]);
    await afterTurns(4);
    expect(order).toEqual(["first", "left by first", "second"]);
    expect(queue.length).toBe(0);
  });

  it("runs a job pushed by a running job after the ones already waiting", async () => {
    const queue = new TurnQueue();
    const order: string[] = [];
    queue.push(() => {
      order.push("first");
      queue.push(() => order.push("pushed by first"));
    });
    queue.push(() => order.push("second"));
    await afterTurns(5);
    expect(order).toEqual(["first", "second", "pushed by first"]);
  });
});
