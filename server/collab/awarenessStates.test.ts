import { describe, expect, it } from "vitest";
import { AwarenessStates } from "./awarenessStates.js";

const caret = (position: number) => ({ caret: position });

describe("AwarenessStates", () => {
  it("takes an entry with a newer clock and ignores one with an older or equal clock", () => {
    const states = new AwarenessStates();
    expect(states.apply([{ clientID: 1, clock: 2, state: caret(1) }], 0)).toEqual([1]);
    expect(states.apply([{ clientID: 1, clock: 2, state: caret(2) }], 0)).toEqual([]);
    expect(states.apply([{ clientID: 1, clock: 1, state: caret(3) }], 0)).toEqual([]);
    expect(states.entries([1])).toEqual([{ clientID: 1, clock: 2, state: caret(1) }]);
  });

  it("removes a state on a removal with the same clock, as y-protocols does", () => {
    const states = new AwarenessStates();
    states.apply([{ clientID: 1, clock: 4, state: caret(1) }], 0);
    expect(states.apply([{ clientID: 1, clock: 4, state: null }], 0)).toEqual([1]);
    expect(states.present()).toEqual([]);
    expect(states.clockOf(1)).toBe(4);
  });

  it("keeps the clock of a client whose connection closed, and lists only those present", () => {
    const states = new AwarenessStates();
    states.apply(
      [
        { clientID: 1, clock: 3, state: caret(1) },
        { clientID: 2, clock: 1, state: caret(2) },
      ],
      0,
    );
    expect(states.remove([1, 3], 0)).toEqual([1]);
    expect(states.present()).toEqual([2]);
    expect(states.entries([1])).toEqual([{ clientID: 1, clock: 3, state: null }]);
  });

  it("gives a changed state from the owner the next clock even when its own clock is behind", () => {
    const states = new AwarenessStates();
    states.apply([{ clientID: 1, clock: 5, state: caret(1) }], 0);
    expect(states.clockFor({ clientID: 1, clock: 3, state: caret(2) })).toBe(6);
    expect(states.clockFor({ clientID: 1, clock: 9, state: caret(2) })).toBe(9);
  });

  it("leaves an unchanged state from the owner at its clock, so taking it back changes nothing", () => {
    const states = new AwarenessStates();
    states.apply([{ clientID: 1, clock: 5, state: caret(1) }], 0);
    const echo = { clientID: 1, clock: 5, state: caret(1) };
    expect(states.clockFor(echo)).toBe(5);
    expect(states.apply([echo], 0)).toEqual([]);
  });

  it("gives a client that comes back after it left the clock after its removal", () => {
    const states = new AwarenessStates();
    states.apply([{ clientID: 1, clock: 5, state: caret(1) }], 0);
    states.remove([1], 0);
    expect(states.clockFor({ clientID: 1, clock: 5, state: caret(1) })).toBe(6);
  });

  it("renews only the states that have not changed since the cut-off", () => {
    const states = new AwarenessStates();
    states.apply([{ clientID: 1, clock: 1, state: caret(1) }], 0);
    states.apply([{ clientID: 2, clock: 1, state: caret(2) }], 10_000);
    states.apply([{ clientID: 3, clock: 1, state: caret(3) }], 0);
    states.remove([3], 0);

    expect(states.renew(5_000, 20_000)).toEqual([1]);
    expect(states.clockOf(1)).toBe(2);
    expect(states.clockOf(2)).toBe(1);
    // Renewed now, so not again until it has been quiet for a while once more.
    expect(states.renew(15_000, 25_000)).toEqual([2]);
  });
});
