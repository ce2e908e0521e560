import { describe, expect, it } from "vitest";
import type { Principal } from "../auth/principal.js";
import { ChangeDebouncer } from "./changeDebouncer.js";
import { TurnQueue } from "./turnQueue.js";

const TIMING = { changeDebounceMs: 5, changeMaxWaitMs: 50 };

/** A fire whose completion the test controls, recording the editors of each call. */
function heldFire(): {
  fire: (editors: Principal[]) => Promise<void>;
  calls: string[][];
  finishAll: () => void;
} {
  const calls: string[][] = [];
  const finishers: (() => void)[] = [];
  return {
    calls,
    fire: (editors) => {
      calls.push(editors.map((editor) => editor.userId));
      return new Promise<void>((resolve) => finishers.push(resolve));
    },
    finishAll: () => {
      for (const finish of finishers.splice(0)) finish();
    },
  };
}

const editor = (userId: string) => ({ userId }) as Principal;

describe("the change debouncer", () => {
  it("fires once for a stream of changes, with every editor in it", async () => {
    const held = heldFire();
    const debouncer = new ChangeDebouncer(TIMING, new TurnQueue(), held.fire);
    debouncer.note(editor("a"));
    debouncer.note(editor("b"));
    debouncer.note(editor("a"));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(held.calls).toEqual([["a", "b"]]);
  });

  it("resolves flushNow only once its own fire and one the timer started have finished", async () => {
    const held = heldFire();
    const debouncer = new ChangeDebouncer(TIMING, new TurnQueue(), held.fire);
    debouncer.note(editor("a"));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(held.calls).toEqual([["a"]]);
    debouncer.note(editor("b"));

    let flushed = false;
    const flushing = debouncer.flushNow().then(() => {
      flushed = true;
    });
    expect(held.calls).toEqual([["a"], ["b"]]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(flushed).toBe(false);
    held.finishAll();
    await flushing;
    expect(flushed).toBe(true);
  });

  it("fires documents whose waits end together in separate turns, so sockets are served between", async () => {
    const turns = new TurnQueue();
    const order: string[] = [];
    const recordingFire = (name: string) => (): Promise<void> => {
      order.push(`fire ${name}`);
      setImmediate(() => order.push(`turn after ${name}`));
      return Promise.resolve();
    };
    const first = new ChangeDebouncer(TIMING, turns, recordingFire("first"));
    const second = new ChangeDebouncer(TIMING, turns, recordingFire("second"));
    first.note(editor("a"));
    second.note(editor("b"));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(order).toEqual(["fire first", "turn after first", "fire second", "turn after second"]);
  });
});
