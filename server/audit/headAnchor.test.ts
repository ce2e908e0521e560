import { describe, expect, it } from "vitest";
import { createLogger } from "../log.js";
import { HeadAnchor } from "./headAnchor.js";
import type { TrailHead } from "./trailHead.js";

const head = (seq: number): TrailHead => ({ seq, hash: String(seq).padStart(64, "0") });

/** An anchor whose writes are kept (or fail while `failing`), with a long interval. */
function countingAnchor(anchoredSeq = 0) {
  const writes: number[] = [];
  const state = { failing: false };
  const anchor = new HeadAnchor(
    "/nowhere",
    createLogger("silent"),
    anchoredSeq,
    (_dir, written) => {
      if (state.failing) return Promise.reject(new Error("disk full"));
      writes.push(written.seq);
      return Promise.resolve();
    },
    60_000,
  );
  return { anchor, writes, state };
}

/** Lets timers that are due run. */
const settle = () => new Promise<void>((done) => setTimeout(done, 5));

describe("the head anchor", () => {
  it("writes the first synced head at once, then at most once per interval, and the newest at close", async () => {
    const { anchor, writes } = countingAnchor();
    anchor.advance(head(1));
    anchor.advance(head(2));
    await settle();
    expect(writes).toEqual([2]);
    anchor.advance(head(3));
    anchor.advance(head(4));
    await settle();
    expect(writes).toEqual([2]);
    await anchor.close();
    expect(writes).toEqual([2, 4]);
  });

  it("writes nothing for a head the anchor on disk already names", async () => {
    const { anchor, writes } = countingAnchor(7);
    anchor.advance(head(7));
    await anchor.close();
    await countingAnchor().anchor.close();
    expect(writes).toEqual([]);
  });

  it("keeps the old anchor when a write fails, and writes the head with the next try", async () => {
    const { anchor, writes, state } = countingAnchor();
    state.failing = true;
    anchor.advance(head(1));
    await settle();
    state.failing = false;
    await anchor.close();
    expect(writes).toEqual([1]);
  });
});
