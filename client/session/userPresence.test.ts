import { describe, expect, it } from "vitest";
import { PRESENCE_WINDOW_MS, watchPresence } from "./userPresence.js";

function setup() {
  let now = 1_000_000;
  const target = new EventTarget();
  const presence = watchPresence(target, () => now);
  return { target, presence, advance: (ms: number) => (now += ms) };
}

describe("watchPresence", () => {
  it("counts opening the page as input, until the window has passed", () => {
    const { presence, advance } = setup();
    expect(presence.isPresent()).toBe(true);
    advance(PRESENCE_WINDOW_MS);
    expect(presence.isPresent()).toBe(false);
  });

  it("is present again after a key, a pointer, a click, a wheel or a touch", () => {
    const { target, presence, advance } = setup();
    for (const type of ["keydown", "pointerdown", "click", "wheel", "touchstart"]) {
      advance(PRESENCE_WINDOW_MS + 1);
      expect(presence.isPresent()).toBe(false);
      target.dispatchEvent(new Event(type));
      expect(presence.isPresent()).toBe(true);
    }
  });

  it("is not kept present by events that come without anyone there", () => {
    const { target, presence, advance } = setup();
    advance(PRESENCE_WINDOW_MS + 1);
    for (const type of ["focus", "visibilitychange", "pointermove", "online"]) {
      target.dispatchEvent(new Event(type));
    }
    expect(presence.isPresent()).toBe(false);
  });

  it("stops watching when stopped", () => {
    const { target, presence, advance } = setup();
    presence.stop();
    advance(PRESENCE_WINDOW_MS + 1);
    target.dispatchEvent(new Event("keydown"));
    expect(presence.isPresent()).toBe(false);
  });
});
