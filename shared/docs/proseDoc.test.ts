import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { fillSection, PROSE_FIELD, readProseText, sectionEnd } from "./proseDoc.js";

/** A prose document of headings and paragraphs; "" is an empty paragraph, "# x" a heading. */
function proseDoc(blocks: string[]): Y.Doc {
  const doc = new Y.Doc();
  doc.getXmlFragment(PROSE_FIELD).insert(
    0,
    blocks.map((block) => {
      const heading = block.startsWith("# ");
      const element = new Y.XmlElement(heading ? "heading" : "paragraph");
      const text = heading ? block.slice(2) : block;
      if (text !== "") element.insert(0, [new Y.XmlText(text)]);
      return element;
    }),
  );
  return doc;
}

describe("prose sections", () => {
  const template = ["Inleiding", "# Aanleiding", "Hint", "", "# Doelen", "", ""];

  it("writes into the first empty paragraph under the heading, not elsewhere", () => {
    const doc = proseDoc(template);
    expect(fillSection(doc, "Doelen", "Dagbesteding binnen drie maanden")).toBe(true);
    expect(fillSection(doc, "Aanleiding", "Zeven politiecontacten")).toBe(true);
    expect(readProseText(doc).value).toBe(
      "Inleiding\nAanleiding\nHint\nZeven politiecontacten\nDoelen\nDagbesteding binnen drie maanden",
    );
  });

  it("reports a missing heading or a section without room to write", () => {
    const doc = proseDoc(template);
    expect(fillSection(doc, "Hypothese", "tekst")).toBe(false);
    expect(fillSection(doc, "Aanleiding", "een")).toBe(true);
    expect(fillSection(doc, "Aanleiding", "twee")).toBe(false);
  });

  it("ends a section at the next heading, the last one at the end of the document", () => {
    const doc = proseDoc(template);
    expect(sectionEnd(doc, "Aanleiding")).toBe(4);
    expect(sectionEnd(doc, "Doelen")).toBe(7);
    expect(sectionEnd(doc, "Hypothese")).toBe(-1);
  });
});
