import { describe, expect, it } from "vitest";
import { lengthNote } from "./LengthNote.js";

describe("the note under a text field with a limit", () => {
  it("says nothing while there is room", () => {
    expect(lengthNote(0, 2000)).toBeNull();
    expect(lengthNote(1799, 2000)).toBeNull();
  });

  it("counts down the last characters", () => {
    expect(lengthNote(1800, 2000)).toBe("Nog 200 tekens.");
    expect(lengthNote(1999, 2000)).toBe("Nog 1 teken.");
  });

  it("says that text beyond the limit was cut off", () => {
    expect(lengthNote(2000, 2000)).toBe(
      "Maximaal 2000 tekens: wat langer was, is afgekapt. Controleer het einde.",
    );
  });
});
