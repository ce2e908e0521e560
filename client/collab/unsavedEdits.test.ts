import { describe, expect, it } from "vitest";
import { UnsavedEdits } from "./unsavedEdits.js";

const state = new Uint8Array([1, 2, 3]);

describe("edits kept when the session was lost", () => {
  it("go back, once, to the same user's document after signing in again", () => {
    const kept = new UnsavedEdits();
    kept.signedIn("u_bakker");
    kept.keep("case/c1/analyse", state);
    kept.signedIn("u_bakker");
    expect(kept.take("case/c1/analyse")).toEqual(state);
    expect(kept.take("case/c1/analyse")).toBeUndefined();
  });

  it("never go to another user signing in on the same tab", () => {
    const kept = new UnsavedEdits();
    kept.signedIn("u_bakker");
    kept.keep("case/c1/analyse", state);
    kept.signedIn("u_devries");
    expect(kept.take("case/c1/analyse")).toBeUndefined();
  });

  it("go when the user signs out, and are not kept for nobody", () => {
    const kept = new UnsavedEdits();
    kept.signedIn("u_bakker");
    kept.keep("case/c1/plan", state);
    kept.signedOut();
    kept.keep("case/c1/plan", state);
    kept.signedIn("u_bakker");
    expect(kept.take("case/c1/plan")).toBeUndefined();
  });
});
