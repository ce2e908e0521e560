import { describe, expect, it } from "vitest";
import { KeptForUser, keptForUser, tabMemory } from "./keptForUser.js";

const state = new Uint8Array([1, 2, 3]);

describe("what a page kept when the session was lost", () => {
  it("go back, once, to the same user's document after signing in again", () => {
    const kept = new KeptForUser<Uint8Array>();
    kept.signedIn("u_bakker");
    kept.keep("case/c1/analyse", state);
    kept.signedIn("u_bakker");
    expect(kept.take("case/c1/analyse")).toEqual(state);
    expect(kept.take("case/c1/analyse")).toBeUndefined();
  });

  it("never go to another user signing in on the same tab", () => {
    const kept = new KeptForUser<Uint8Array>();
    kept.signedIn("u_bakker");
    kept.keep("case/c1/analyse", state);
    kept.signedIn("u_devries");
    expect(kept.take("case/c1/analyse")).toBeUndefined();
  });

  it("go when the user signs out, and are not kept for nobody", () => {
    const kept = new KeptForUser<Uint8Array>();
    kept.signedIn("u_bakker");
    kept.keep("case/c1/plan", state);
    kept.signedOut();
    kept.keep("case/c1/plan", state);
    kept.signedIn("u_bakker");
    expect(kept.take("case/c1/plan")).toBeUndefined();
  });

  it("follow the session for every kind at once, also a kind made after signing in", () => {
    const early = keptForUser<string>();
    tabMemory.signedIn("u_bakker");
    const late = keptForUser<string>();
    early.keep("aanmelding", "concept");
    late.keep("aanmelding", "concept");
    tabMemory.signedIn("u_bakker");
    expect(early.take("aanmelding")).toBe("concept");
    expect(late.take("aanmelding")).toBe("concept");
    late.keep("aanmelding", "concept");
    tabMemory.signedOut();
    expect(late.take("aanmelding")).toBeUndefined();
  });
});
