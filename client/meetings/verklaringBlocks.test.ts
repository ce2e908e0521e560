import { describe, expect, it } from "vitest";
import { verklaringBlocks } from "./verklaringBlocks.js";

const TEXT = `# Geheimhoudingsverklaring

Versie 2

U bent uitgenodigd om eenmalig
deel te nemen.

1. Ik houd alle informatie
   geheim.
2. Ik gebruik deze informatie alleen
   voor dit overleg.

Deze verklaring blijft gelden.
`;

describe("the verklaring's blocks", () => {
  it("reads the heading, joins wrapped lines, and keeps each numbered promise apart", () => {
    expect(verklaringBlocks(TEXT, "2")).toEqual([
      { kind: "heading", text: "Geheimhoudingsverklaring" },
      { kind: "paragraph", text: "U bent uitgenodigd om eenmalig deel te nemen." },
      {
        kind: "list",
        items: [
          "Ik houd alle informatie geheim.",
          "Ik gebruik deze informatie alleen voor dit overleg.",
        ],
      },
      { kind: "paragraph", text: "Deze verklaring blijft gelden." },
    ]);
  });

  it("leaves out only the line of the version shown above the text", () => {
    const kept = verklaringBlocks(TEXT, "1");
    expect(kept).toContainEqual({ kind: "paragraph", text: "Versie 2" });
  });
});
