import { describe, expect, it } from "vitest";
import { ActionProgressInputSchema, cleanProgressNote } from "./actions.js";

const parse = (voortgang: unknown) => ActionProgressInputSchema.safeParse({ voortgang });

describe("a progress note as it is taken in", () => {
  it("keeps the text with its own line breaks, trimmed", () => {
    expect(parse("  Gebeld met de school.\nAfspraak staat.  ").data).toEqual({
      voortgang: "Gebeld met de school.\nAfspraak staat.",
    });
  });

  it("writes every kind of line end as a newline", () => {
    expect(cleanProgressNote("een\r\ntwee\rdrie\u2028vier")).toBe("een\ntwee\ndrie\nvier");
  });

  it("leaves out controls and the bidirectional overrides that would turn the text around", () => {
    expect(cleanProgressNote("a\u0000b\u0007c\u202ed\u2066e\u007ff\tg")).toBe("abcdef\tg");
  });

  it("refuses a note with nothing to read: empty, blanks, or only invisible characters", () => {
    for (const empty of ["", "   \n ", "\u200b", "\u202e\u0007"]) {
      expect(parse(empty).error?.issues[0]?.message).toBe("Schrijf wat er is gebeurd.");
    }
  });

  it("refuses a note longer than a thousand characters, and anything but text", () => {
    expect(parse("x".repeat(1000)).success).toBe(true);
    expect(parse("x".repeat(1001)).error?.issues[0]?.message).toBe("Maximaal 1000 tekens.");
    expect(parse(42).success).toBe(false);
  });
});
