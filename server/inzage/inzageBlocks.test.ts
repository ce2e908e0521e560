import { describe, expect, it } from "vitest";
import type { VerslagBlock } from "../../shared/api/meetings.js";
import { INZAGE_LABELS, inzageBlocks } from "./inzageBlocks.js";
import type { InzageCase, InzageContent } from "./inzageContent.js";

function buildCase(overrides: Partial<InzageCase> = {}): InzageCase {
  return {
    title: "Testcasus",
    otherPersons: 0,
    caseFacts: [["Soort overleg", "Casus op Maat"]],
    aanmelding: { reden: "Zorgen", verwachting: "Afstemming", doel: "Plan" },
    organisations: ["GGZ Westerduin", "Politie"],
    triage: {
      besluiten: [],
      criteria: [["Meerdere problemen op meerdere leefgebieden", "Ja"]],
      bekendBij: [],
      rtiG: null,
    },
    analyse: ["Eerste alinea", "Tweede alinea"],
    leefgebieden: [],
    plan: [],
    actions: [],
    progress: [],
    overleggen: [],
    ...overrides,
  };
}

function buildContent(overrides: Partial<InzageContent> = {}): InzageContent {
  return {
    preparedOn: "23-11-2026",
    preparedBy: "Zorg- en Veiligheidshuis Westerduin",
    person: [
      ["Naam", "Demi Testpersoon"],
      ["Geboortedatum", "01-02-1990"],
    ],
    cases: [buildCase()],
    access: [],
    ...overrides,
  };
}

const textOf = (blocks: VerslagBlock[]) => JSON.stringify(blocks);

describe("the inzageoverzicht layout", () => {
  it("has one heading per part, in the order the person reads their file", () => {
    const headings = inzageBlocks(buildContent())
      .filter((b) => b.type === "heading")
      .map((b) => b.text);
    expect(headings).toEqual([
      INZAGE_LABELS.yourData,
      INZAGE_LABELS.theCase("Testcasus"),
      INZAGE_LABELS.aanmelding,
      INZAGE_LABELS.organisations,
      INZAGE_LABELS.triage,
      INZAGE_LABELS.analyse,
      INZAGE_LABELS.leefgebieden,
      INZAGE_LABELS.plan,
      INZAGE_LABELS.overleggen,
      INZAGE_LABELS.access,
    ]);
  });

  it("has a part per case that holds the person, after saying how many there are", () => {
    const blocks = inzageBlocks(
      buildContent({ cases: [buildCase(), buildCase({ title: "Tweede casus" })] }),
    );
    const headings = blocks.filter((b) => b.type === "heading").map((b) => b.text);
    expect(headings.filter((h) => h.startsWith("Casus: "))).toEqual([
      "Casus: Testcasus",
      "Casus: Tweede casus",
    ]);
    expect(headings.filter((h) => h === INZAGE_LABELS.triage)).toHaveLength(2);
    expect(blocks).toContainEqual({ type: "paragraph", text: INZAGE_LABELS.caseCount(2) });
  });

  it("says a part holds nothing instead of leaving it out", () => {
    const blocks = inzageBlocks(buildContent());
    const planAt = blocks.findIndex((b) => b.type === "heading" && b.text === INZAGE_LABELS.plan);
    expect(blocks[planAt + 1]).toEqual({ type: "paragraph", text: INZAGE_LABELS.nothing });
  });

  it("prints the progress notes on the actions under the actions, naming the organisation", () => {
    const blocks = inzageBlocks(
      buildContent({
        cases: [
          buildCase({
            actions: [["Huisbezoek", "GGZ Westerduin", "01-12-2026", "In uitvoering"]],
            progress: [["Huisbezoek", "20-11-2026", "GGZ Westerduin", "Eerste gesprek gevoerd"]],
          }),
        ],
      }),
    );
    const at = blocks.findIndex((b) => b.type === "paragraph" && b.text === INZAGE_LABELS.progress);
    expect(at).toBeGreaterThan(
      blocks.findIndex((b) => b.type === "paragraph" && b.text === INZAGE_LABELS.actions),
    );
    expect(blocks[at + 1]).toMatchObject({
      type: "table",
      rows: [
        [
          INZAGE_LABELS.action,
          INZAGE_LABELS.date,
          INZAGE_LABELS.partner,
          INZAGE_LABELS.progressText,
        ],
        ["Huisbezoek", "20-11-2026", "GGZ Westerduin", "Eerste gesprek gevoerd"],
      ],
    });
  });

  it("leaves the progress part out when no action has a note", () => {
    const blocks = inzageBlocks(buildContent());
    expect(textOf(blocks)).not.toContain(INZAGE_LABELS.progress);
  });

  it("tells how many other persons a case is about", () => {
    const text = textOf(inzageBlocks(buildContent({ cases: [buildCase({ otherPersons: 2 })] })));
    expect(text).toContain("Deze casus gaat ook over 2 andere personen");
  });

  it("prints each overleg with the partners present, its besluiten and its samenvatting", () => {
    const blocks = inzageBlocks(
      buildContent({
        cases: [
          buildCase({
            overleggen: [
              {
                date: "dinsdag 3 maart 2026 om 13:00",
                title: "Casusoverleg Westerduin",
                organisations: ["GGZ Westerduin", "Politie"],
                besluiten: ["Huisbezoek door GGZ"],
                samenvatting: "Eerste deel.\n\nTweede deel.",
              },
            ],
          }),
        ],
      }),
    );
    expect(blocks).toContainEqual({
      type: "paragraph",
      text: "Casusoverleg Westerduin, dinsdag 3 maart 2026 om 13:00",
    });
    expect(blocks).toContainEqual({ type: "list", ordered: true, items: ["Huisbezoek door GGZ"] });
    expect(blocks).toContainEqual({ type: "paragraph", text: "Tweede deel." });
    expect(textOf(blocks)).toContain("GGZ Westerduin, Politie");
  });

  it("lists who accessed the data with counts and days", () => {
    const blocks = inzageBlocks(
      buildContent({
        access: [
          {
            organisation: "Politie",
            role: "Casusregisseur",
            action: "Casus bekeken",
            count: 4,
            first: "05-01-2026",
            last: "01-04-2026",
          },
        ],
      }),
    );
    const table = blocks.at(-1);
    expect(table).toMatchObject({ type: "table", header: true });
    expect(table?.type === "table" && table.rows[1]).toEqual([
      "Politie",
      "Casusregisseur",
      "Casus bekeken",
      "4",
      "05-01-2026",
      "01-04-2026",
    ]);
  });
});
