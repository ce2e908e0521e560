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
    mayExtend: false,
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
          },
        ],
      }),
    );
    expect(textOf(html)).toContain(
      "Verlengd tot en met 30-06-2028 door Petra Jansen (Zorg- en Veiligheidshuis Westerduin) op 15-01-2026Lopende procedure bij de rechtbank.",
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
});
