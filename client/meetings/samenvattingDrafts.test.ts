import { describe, expect, it } from "vitest";
import { hasUnfixedDraft, type SamenvattingDraft } from "./samenvattingDrafts.js";

const drafts = (...entries: [string, SamenvattingDraft][]) => new Map(entries);

describe("hasUnfixedDraft", () => {
  it("is false when nothing was typed, or only blank space", () => {
    expect(hasUnfixedDraft(drafts())).toBe(false);
    expect(hasUnfixedDraft(drafts(["a", { text: " \n ", fixed: "" }]))).toBe(false);
  });

  it("is true when a slot holds text that no fixed version holds", () => {
    const typed = drafts(
      ["a", { text: "Goed overleg.", fixed: "Goed overleg." }],
      ["b", { text: "Nog te bespreken", fixed: "" }],
    );
    expect(hasUnfixedDraft(typed)).toBe(true);
  });

  it("is false once the typed text was fixed, and true again after a later edit", () => {
    expect(hasUnfixedDraft(drafts(["a", { text: "Goed overleg. ", fixed: "Goed overleg." }]))).toBe(
      false,
    );
    expect(
      hasUnfixedDraft(drafts(["a", { text: "Goed overleg, met school.", fixed: "Goed overleg." }])),
    ).toBe(true);
  });
});
