import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { VerslagContent } from "../../shared/api/meetings.js";
import { textOfPdf } from "../../test/support/exportText.js";
import { samenvattingBlocks } from "../../shared/verslag/samenvattingBlocks.js";
import { verslagBlocks } from "./verslagBlocks.js";
import { renderVerslagDocx } from "./verslagDocx.js";
import { renderVerslagPdf } from "./verslagPdf.js";

function buildContent(overrides: Partial<VerslagContent> = {}): VerslagContent {
  return {
    meetingTitle: "Casusoverleg",
    meetingKind: "casusoverleg",
    meetingDate: "dinsdag 3 maart 2026 om 13:00",
    location: "Zaal 1",
    chairName: "Petra Jansen",
    caseTitle: "Testcasus",
    casePhase: "casusoverleg",
    attendance: [{ name: "Daan de Vries", organisation: "GGZ", status: "aanwezig" }],
    besluiten: ["Eerste besluit", "Tweede besluit"],
    actions: [
      {
        text: "Huisbezoek",
        organisation: "GGZ",
        responsible: "Daan",
        dueDate: "2030-01-01",
        status: "Open",
      },
    ],
    samenvatting: "",
    ...overrides,
  };
}

describe("the verslag layout", () => {
  it("has headings, a numbered list of besluiten and tables for attendance and actions", () => {
    const blocks = verslagBlocks(buildContent(), { version: 1, frozenAt: "3 maart 2026" });
    expect(blocks.filter((b) => b.type === "heading").map((b) => b.text)).toEqual([
      "Overleg",
      "Aanwezigheid",
      "Besluiten",
      "Acties uit het plan van aanpak",
    ]);
    expect(blocks).toContainEqual({
      type: "list",
      ordered: true,
      items: ["Eerste besluit", "Tweede besluit"],
    });
    expect(blocks.filter((b) => b.type === "table")).toHaveLength(3);
  });

  it("prints an attendance corrected after the overleg with its correction note beside the status", () => {
    const note = "gecorrigeerd op 04-03-2026 door Petra Jansen";
    const blocks = verslagBlocks(
      buildContent({
        attendance: [
          { name: "Daan de Vries", organisation: "GGZ", status: "aanwezig", correctionNote: note },
          { name: "Carlos Bakker", organisation: "Politie", status: "afgemeld" },
        ],
      }),
      "concept",
    );
    const table = blocks.find((b) => b.type === "table" && b.header);
    expect(table?.type === "table" ? table.rows.slice(1) : []).toEqual([
      ["Daan de Vries", "GGZ", `Aanwezig (${note})`],
      ["Carlos Bakker", "Politie", "Afgemeld"],
    ]);
  });

  it("says so when there are no besluiten or actions, and adds the summary when there is one", () => {
    const blocks = verslagBlocks(
      buildContent({ besluiten: [], actions: [], samenvatting: "Kort." }),
      {
        version: 2,
        frozenAt: "x",
      },
    );
    const texts = blocks.map((b) => ("text" in b ? b.text : ""));
    expect(texts).toContain("Er zijn geen besluiten vastgelegd.");
    expect(texts).toContain("Het plan van aanpak bevat nog geen acties.");
    expect(texts).toContain("Kort.");
  });

  it("lays out the samenvatting last, so the concept plus what the chair types is what fixing makes", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", "\n") }), (samenvatting) => {
        const withIt = verslagBlocks(buildContent({ samenvatting }), "concept");
        const concept = verslagBlocks(buildContent(), "concept");
        expect(withIt).toEqual([...concept, ...samenvattingBlocks(samenvatting)]);
      }),
    );
  });

  it("marks a concept as not yet fixed instead of stamping a version", () => {
    const blocks = verslagBlocks(buildContent(), "concept");
    expect(blocks[1]).toEqual({ type: "note", text: "Concept: nog niet vastgesteld." });
    expect(blocks.map((b) => ("text" in b ? b.text : ""))).not.toContain("Versie 1");
  });

  it("renders a PDF and a DOCX file", async () => {
    const blocks = verslagBlocks(buildContent(), { version: 1, frozenAt: "x" });
    const pdf = await renderVerslagPdf(blocks, "Verslag");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const docx = await renderVerslagDocx(blocks, "Verslag");
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("prints names in Turkish, Polish and Cyrillic letters as written, in headings, text and tables", async () => {
    const names = ["Şükrü Yıldız", "Łukasz Wójcik", "Ольга Петренко", "Zoë Çelik-Öztürk"];
    const blocks = verslagBlocks(
      buildContent({
        caseTitle: names[0],
        attendance: names.map((name) => ({ name, organisation: "GGZ", status: "aanwezig" })),
        besluiten: [`${names[1]} meldt zich bij de reclassering`],
        samenvatting: names[2],
      }),
      "concept",
    );
    const text = textOfPdf(await renderVerslagPdf(blocks, names[3] ?? ""));
    for (const name of names) expect(text).toContain(name);
  });
});
