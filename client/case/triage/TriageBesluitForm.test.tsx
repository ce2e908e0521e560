import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TriageBesluitForm } from "./TriageBesluitForm.js";

const textOf = (html: string): string => html.replace(/<[^>]+>/g, "");

function render(provisional: boolean): string {
  return renderToStaticMarkup(
    <TriageBesluitForm
      caseId="case_1"
      advies="advies"
      provisional={provisional}
      disabled={false}
      onDecided={() => undefined}
    />,
  );
}

/** The values of the checked radio buttons. */
function checkedValues(html: string): string[] {
  return [...html.matchAll(/<input[^>]*>/g)]
    .map((m) => m[0])
    .filter((input) => input.includes('checked=""'))
    .map((input) => /value="([^"]*)"/.exec(input)?.[1] ?? "");
}

describe("TriageBesluitForm", () => {
  it("takes the engine's advice as the choice once every criterion is answered", () => {
    const html = render(false);
    expect(textOf(html)).toContain("De triage adviseert: Advies.");
    expect(checkedValues(html)).toEqual(["advies"]);
  });

  it("chooses nothing while the advice is provisional, and says why: an advies would close the case", () => {
    const html = render(true);
    expect(textOf(html)).toContain(
      "De triage adviseert voorlopig: Advies. Nog niet alle criteria zijn beantwoord; kies zelf een besluit.",
    );
    expect(checkedValues(html)).toEqual([]);
  });
});
