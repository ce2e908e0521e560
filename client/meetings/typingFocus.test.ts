// The positive case needs a real DOM (a focused field): the e2e meeting tests cover it.
import { describe, expect, it } from "vitest";
import { isTypingIn, TYPING_PAUSE_MS } from "./typingFocus.js";

/** A container holding `focused`, standing in for the DOM (the unit tests run without one). */
function containerOf(focused: Element): Element {
  return { contains: (node: Element) => node === focused } as unknown as Element;
}

describe("isTypingIn", () => {
  it("is false once the pause after the last input has passed, wherever the focus is", () => {
    const focused = {} as Element;
    expect(isTypingIn(containerOf(focused), focused, 0, TYPING_PAUSE_MS)).toBe(false);
    expect(isTypingIn(containerOf(focused), focused, Number.NEGATIVE_INFINITY, 0)).toBe(false);
  });

  it("is false for focus outside the container, however recent the input", () => {
    const elsewhere = {} as Element;
    expect(isTypingIn(containerOf({} as Element), elsewhere, 0, 1)).toBe(false);
    expect(isTypingIn(null, elsewhere, 0, 1)).toBe(false);
  });
});
