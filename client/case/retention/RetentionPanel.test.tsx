import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CaseRetentionView } from "../../../shared/api/retention.js";
import { RetentionPanel } from "./RetentionPanel.js";

const textOf = (html: string): string => html.replace(/<[^>]+>/g, "");

/** A closed case's retention; closed on 2 March 2025, kept 24 months, not extended. */
function buildRetention(patch: Partial<CaseRetentionView> = {}): CaseRetentionView {
  return {
    geslotenOp: "2025-03-02",
    bewaardTot: "2027-03-02",
    verlengingen: [],
    verstreken: false,
    mayExtend: false,
    intrekken: null,
    wachtOpBevestiging: false,
    ...patch,
  };
}

function render(retention: CaseRetentionView): string {
  return renderToStaticMarkup(
    <RetentionPanel caseId="case_1" retention={retention} onChanged={() => undefined} />,
  );
}

describe("RetentionPanel", () => {
  it("says when the case was closed and until which day it is kept, as dd-mm-jjjj", () => {
    expect(textOf(render(buildRetention()))).toContain(
      "Gesloten op 02-03-2025. Wordt bewaard tot en met 02-03-2027 en daarna vernietigd.",
    );
  });

  it("says that nothing is destroyed while the beheerder has not confirmed the period", () => {
    expect(textOf(render(buildRetention()))).not.toContain("nog niet bevestigd");
    expect(textOf(render(buildRetention({ wachtOpBevestiging: true })))).toContain(
      "De beheerder heeft de bewaartermijn nog niet bevestigd; tot dan wordt geen gesloten casus vernietigd.",
    );
  });

  it("lists each extension with its last day, who made it for which organisation, when and why", () => {
    const html = render(
      buildRetention({
        bewaardTot: "2028-06-30",
        verlengingen: [
          {
            tot: "2028-06-30",
            reden: "Lopende procedure bij de rechtbank.",
            door: "Petra Jansen",
            organisatie: "Zorg- en Veiligheidshuis Westerduin",
            op: "2026-01-15T09:30:00.000Z",
            ingetrokken: null,
          },
        ],
      }),
    );
    expect(textOf(html)).toContain(
      "Verlengd tot en met 30-06-2028 door Petra Jansen (Zorg- en Veiligheidshuis Westerduin) op 15-01-2026Lopende procedure bij de rechtbank.",
    );
  });

  it("says a passed retention ends in destruction, when, and offers no form", () => {
    const passed = buildRetention({ verstreken: true, bewaardTot: "2025-03-02", mayExtend: false });
    expect(textOf(render(passed))).toContain(
      "De bewaartermijn is verstreken op 02-03-2025; de casus wordt bij de eerstvolgende dagelijkse ronde vernietigd.",
    );
    expect(render(passed)).not.toContain("<form");
    expect(textOf(render({ ...passed, wachtOpBevestiging: true }))).toContain(
      "de casus wordt vernietigd zodra de beheerder de bewaartermijn bevestigt.",
    );
  });

  it("offers the extension form only to whom the server allows it", () => {
    expect(render(buildRetention())).not.toContain("<form");
    const html = render(buildRetention({ mayExtend: true }));
    expect(html).toContain("<form");
    expect(textOf(html)).toContain("Bewaartermijn verlengen");
    // The first day the date picker offers is the day after the case's last day now.
    expect(html).toContain('min="2027-03-03"');
  });

  it("marks a withdrawn extension with who withdrew it, and offers withdrawal only on the extension the server names, saying what it does", () => {
    const extension = {
      reden: "Lopende procedure bij de rechtbank.",
      door: "Petra Jansen",
      organisatie: "",
      op: "2026-01-15T09:30:00.000Z",
    };
    const html = render(
      buildRetention({
        bewaardTot: "2028-06-30",
        mayExtend: true,
        verlengingen: [
          { ...extension, tot: "2028-06-30", ingetrokken: null },
          {
            ...extension,
            tot: "2029-01-31",
            ingetrokken: { door: "Rob Regie", organisatie: "", op: "2026-02-01T10:00:00.000Z" },
          },
        ],
        intrekken: { verlenging: 0, bewaardTot: "2027-03-02", verstreken: false },
      }),
    );
    expect(textOf(html)).toContain("Ingetrokken door Rob Regie op 01-02-2026");
    expect(html.match(/Verlenging intrekken/g)).toHaveLength(1);
    // The button sits in the first extension's item, before the withdrawn one.
    expect(html.indexOf("Verlenging intrekken")).toBeLessThan(html.indexOf("Ingetrokken door"));
    expect(textOf(html)).toContain(
      "Zonder deze verlenging wordt de casus bewaard tot en met 02-03-2027.",
    );
    const passed = render(
      buildRetention({
        mayExtend: true,
        verlengingen: [{ ...extension, tot: "2028-06-30", ingetrokken: null }],
        intrekken: { verlenging: 0, bewaardTot: "2025-03-02", verstreken: true },
      }),
    );
    expect(textOf(passed)).toContain("Zonder deze verlenging is de bewaartermijn verstreken.");
    expect(
      render(
        buildRetention({ verlengingen: [{ ...extension, tot: "2028-06-30", ingetrokken: null }] }),
      ),
    ).not.toContain("Verlenging intrekken");
  });
});
