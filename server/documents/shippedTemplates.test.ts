import { describe, expect, it } from "vitest";
import { CASE_KINDS, type CaseKind } from "../../shared/domain/case.js";
import { LEEFGEBIEDEN, leefgebiedNamedBy } from "../../shared/domain/leefgebied.js";
import type { TemplateDocument, TemplateText } from "../../shared/templates/templateSchema.js";
import { TEMPLATES_DIR } from "../paths.js";
import { loadTemplates } from "./templateLoader.js";

/** Sections every casusanalyse has (issue 5). */
const ANALYSE_SECTIONS = [
  "Aanleiding",
  "Hulpvraag en doel",
  "Betrokkenen en netwerk",
  "Problematiek per leefgebied",
  "Risico's en beschermende factoren",
  "Eerdere interventies",
  "Hypothese",
];

/** Sections every plan van aanpak has. */
const PLAN_SECTIONS = [
  "Doelen",
  "Afspraken per leefgebied",
  "Zorg-interventies",
  "Straf-, dwang- en drang-interventies",
  "Regie en evaluatie",
];

/** What each kind of casusoverleg asks about in addition (domain.md §7). */
const ANALYSE_KIND_SECTIONS: Record<CaseKind, string[]> = {
  casus_op_maat: ["Samenwerking tussen de ketens", "Invloed op gezin en directe omgeving"],
  pga_top_x: ["Criminele historie", "Justitiële status", "Criminogene factoren en netwerk"],
  huiselijk_geweld: [
    "Veiligheid slachtoffer(s)",
    "Kinderen",
    "Pleger en plegerinterventies",
    "MDA++ en systeemaanpak",
  ],
  radicalisering: ["Ideologie en uitingen", "Netwerk en contacten"],
  verward_gedrag: ["WvGGZ, Wzd en crisismaatregelen", "Gevaarsrisico"],
  nazorg: [
    "Detentie en einddatum",
    "Bijzondere voorwaarden en toezicht",
    "Basisvoorwaarden na vrijlating",
  ],
  jeugdgroep: ["Groepsdynamiek", "Ouders", "School en leerplicht"],
  lokale_kamer: ["Sociaal wijkteam en lokale aanpak", "Waar is een doorbraak nodig?"],
};

/** The text of a heading's or paragraph's runs. */
function textOf(runs: readonly TemplateText[] | undefined): string {
  return (runs ?? []).map((t) => t.text).join("");
}

/** The text of every heading, in order. */
function headings(template: TemplateDocument): string[] {
  return template.content.flatMap((block) =>
    block.type === "heading" ? [textOf(block.content)] : [],
  );
}

/** Every text of the template, joined (to look for words in guidance and lists). */
function allText(template: TemplateDocument): string {
  return JSON.stringify(template);
}

describe("the shipped templates", async () => {
  const templates = await loadTemplates(TEMPLATES_DIR);

  it.each(CASE_KINDS)("give %s a casusanalyse with the common and its own sections", (kind) => {
    const found = headings(templates.analyse[kind]);
    expect(found).toEqual(
      expect.arrayContaining([...ANALYSE_SECTIONS, ...ANALYSE_KIND_SECTIONS[kind]]),
    );
    expect(found.at(-1)).toBe("Hypothese");
  });

  it.each(CASE_KINDS)(
    "give %s a plan van aanpak with goals, both kinds of intervention and evaluation",
    (kind) => {
      const found = headings(templates.plan[kind]);
      expect(found).toEqual(expect.arrayContaining(PLAN_SECTIONS));
      expect(found.at(-1)).toBe("Regie en evaluatie");
    },
  );

  it.each(CASE_KINDS)(
    "give %s a plan whose agreements are listed per leefgebied of the ZRM, one line each, in its order",
    (kind) => {
      const content = templates.plan[kind].content;
      const at = content.findIndex(
        (b) => b.type === "heading" && textOf(b.content) === "Afspraken per leefgebied",
      );
      const list = content.slice(at).find((b) => b.type === "bulletList");
      const lines = (list?.content ?? []).map((item) => {
        const first = item.content[0];
        return first?.type === "paragraph" ? textOf(first.content) : "";
      });
      // Each line names one leefgebied, so an action typed under it is about that one.
      expect(lines.map(leefgebiedNamedBy)).toEqual([...LEEFGEBIEDEN]);
    },
  );

  it("name the interventions of both kinds in every plan", () => {
    for (const kind of CASE_KINDS) {
      const text = allText(templates.plan[kind]);
      for (const word of [
        "verslavingszorg",
        "schuldsanering",
        "huisverbod",
        "ondertoezichtstelling",
        "taakstraf",
      ]) {
        expect(text, `${kind} mentions ${word}`).toContain(word);
      }
    }
  });

  it("ask about the nazorg basics after release", () => {
    const text = allText(templates.analyse.nazorg);
    for (const word of ["Identiteitsbewijs", "Huisvesting", "Inkomen", "einddatum"])
      expect(text).toContain(word);
  });

  it("give every kind a template of its own", () => {
    for (const docKind of ["analyse", "plan"] as const) {
      const distinct = new Set(CASE_KINDS.map((kind) => JSON.stringify(templates[docKind][kind])));
      expect(distinct.size).toBe(CASE_KINDS.length);
    }
  });
});
