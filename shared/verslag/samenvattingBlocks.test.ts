import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SAMENVATTING_HEADING, samenvattingBlocks } from "./samenvattingBlocks.js";

describe("the samenvatting in a verslag", () => {
  it("adds nothing when the chair wrote nothing but blank space", () => {
    expect(samenvattingBlocks("")).toEqual([]);
    expect(samenvattingBlocks("  \n\n \t\n")).toEqual([]);
  });

  it("is a heading followed by one paragraph per block of text between blank lines", () => {
    expect(
      samenvattingBlocks("  Goed overleg.\nIedereen was er.\n\n \n\nVolgende keer: school. "),
    ).toEqual([
      { type: "heading", text: SAMENVATTING_HEADING },
      { type: "paragraph", text: "Goed overleg.\nIedereen was er." },
      { type: "paragraph", text: "Volgende keer: school." },
    ]);
  });

  it("never lays out an empty or padded paragraph, whatever is typed", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r", "\t", "b") }),
        (typed) => {
          for (const block of samenvattingBlocks(typed).slice(1)) {
            expect(block.type).toBe("paragraph");
            const text = "text" in block ? block.text : "";
            expect(text).not.toBe("");
            expect(text).toBe(text.trim());
          }
        },
      ),
    );
  });
});
