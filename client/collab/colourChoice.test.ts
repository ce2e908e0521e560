import { describe, expect, it } from "vitest";
import {
  colourAmong,
  colourOnArrival,
  coloursOfOthers,
  personKey,
  type ShownColour,
} from "./colourChoice.js";
import { PRESENCE_COLOURS } from "./userColour.js";

const [blue, red, green, purple] = PRESENCE_COLOURS;

const state = (name: string, color: string) => ({ user: { name, organisation: "Politie", color } });

describe("coloursOfOthers", () => {
  it("lists the colours of other people, not of this client nor of the same person's other tabs", () => {
    const states = new Map<number, unknown>([
      [1, state("Carlos Bakker", blue)],
      [2, state("Petra Jansen", red)],
      [3, state("Petra Jansen", green)],
      [4, { cursor: null }],
    ]);
    expect(coloursOfOthers(states, 2, personKey("Petra Jansen", "Politie"))).toEqual([
      { clientId: 1, color: blue },
    ]);
  });
});

describe("colourOnArrival", () => {
  it("takes the user's own colour when nobody shows it", () => {
    expect(colourOnArrival(red, [{ clientId: 1, color: blue }])).toBe(red);
  });

  it("takes the first colour nobody shows when someone already shows the user's own", () => {
    const others = [
      { clientId: 1, color: blue },
      { clientId: 2, color: red },
    ];
    expect(colourOnArrival(blue, others)).toBe(green);
  });

  it("keeps the user's own colour when all eight are shown", () => {
    const others = PRESENCE_COLOURS.map((color, i) => ({ clientId: i, color }));
    expect(colourOnArrival(red, others)).toBe(red);
  });
});

describe("colourAmong", () => {
  it("keeps the chosen colour when only someone with a higher client id shows it", () => {
    expect(colourAmong(blue, blue, 5, [{ clientId: 9, color: blue }])).toBe(blue);
  });

  it("moves to a colour nobody shows when someone with a lower client id shows the same", () => {
    const others = [
      { clientId: 2, color: blue },
      { clientId: 9, color: red },
    ];
    expect(colourAmong(blue, blue, 5, others)).toBe(green);
  });

  it("stays on the colour it moved to while the conflict lasts, and returns when it is gone", () => {
    const conflict = [{ clientId: 2, color: blue }];
    expect(colourAmong(blue, purple, 5, conflict)).toBe(purple);
    expect(colourAmong(blue, purple, 5, [])).toBe(blue);
  });
});

/** Clients that arrive together and each react to the others' colours, in a seeded order. */
function settle(ownColours: string[], seed: number): string[] {
  let random = seed;
  const next = () => (random = (random * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  // Everyone arrived before seeing anyone, so they all start from their own colour.
  const shown = [...ownColours];
  const othersOf = (me: number): ShownColour[] =>
    shown.flatMap((color, clientId) => (clientId === me ? [] : [{ clientId, color }]));
  for (let step = 0; step < 200; step++) {
    const me = Math.floor(next() * shown.length);
    shown[me] = colourAmong(ownColours[me] ?? blue, shown[me] ?? blue, me, othersOf(me));
  }
  return shown;
}

describe("people who arrive at the same moment", () => {
  it("end with different colours whatever order their clients react in", () => {
    const sameColour = [blue, blue, blue, red, red, green];
    for (let seed = 1; seed <= 50; seed++) {
      const colours = settle(sameColour, seed);
      expect(new Set(colours).size).toBe(sameColour.length);
    }
  });

  it("leave the lowest client id of each shared colour on its own colour", () => {
    const colours = settle([blue, red, blue, red], 7);
    expect(colours[0]).toBe(blue);
    expect(colours[1]).toBe(red);
  });
});
