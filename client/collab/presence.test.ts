import { describe, expect, it } from "vitest";
import { presentUsers } from "./usePresence.js";
import { PRESENCE_COLOURS, userColour } from "./userColour.js";

describe("presentUsers", () => {
  it("lists each person once, the user first, with the colour only when it is a valid hex colour", () => {
    const states = new Map<number, unknown>([
      [3, { user: { name: "Carlos Bakker", organisation: "Politie", color: "#1f5fa8" } }],
      [
        1,
        { user: { name: "Petra Jansen", organisation: "ZVH", color: "red; background: url(x)" } },
      ],
      [4, { user: { name: "Carlos Bakker", organisation: "Politie", color: "#1f5fa8" } }],
      [5, { cursor: null }],
    ]);
    const users = presentUsers(states, 1);
    expect(users.map((u) => [u.name, u.isSelf, u.color])).toEqual([
      ["Petra Jansen", true, null],
      ["Carlos Bakker", false, "#1f5fa8"],
    ]);
  });
});

describe("userColour", () => {
  it("gives a user the same palette colour every time", () => {
    expect(userColour("user_abc")).toBe(userColour("user_abc"));
    expect(PRESENCE_COLOURS).toContain(userColour("user_xyz"));
  });
});
