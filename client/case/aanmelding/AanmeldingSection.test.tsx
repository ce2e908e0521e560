import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AanmeldingView } from "../../../shared/api/cases.js";
import type { CasePhase } from "../../../shared/domain/case.js";
import { AanmeldingSection } from "./AanmeldingSection.js";

function buildAanmelding(overrides: Partial<AanmeldingView> = {}): AanmeldingView {
  return {
    aangemeldDoor: { displayName: "Daan de Vries", organisationName: "GGZ Duinstreek" },
    aangemeldOp: "2026-03-02T23:30:00.000Z",
    reden: "Schulden en overlast in de buurt.",
    verwachting: "Informatie delen.",
    doel: "Eén gezamenlijk plan.",
    intake: {
      partners: [
        {
          organisationId: "org_pol",
          organisationName: "Politie Westerduin",
          contactpersoon: "W. Agent",
        },
      ],
      betrokkeneGeinformeerd: false,
      redenNietGeinformeerd: "Lopend onderzoek.",
    },
    ...overrides,
  };
}

function render(phase: CasePhase, aanmelding = buildAanmelding()): string {
  return renderToStaticMarkup(<AanmeldingSection aanmelding={aanmelding} phase={phase} />);
}

describe("the Aanmelding section of the case page", () => {
  it("is open while the case is taken in and triaged, and folded away later", () => {
    expect(render("aanmelding")).toContain("<details open");
    expect(render("triage")).toContain("<details open");
    for (const phase of ["casusoverleg", "uitvoering", "afschaling", "gesloten"] as const) {
      expect(render(phase), phase).toContain("<details>");
    }
  });

  it("says who registered the case and on which Dutch date", () => {
    expect(render("triage")).toContain(
      "Aangemeld door Daan de Vries (GGZ Duinstreek) op 03-03-2026",
    );
  });

  it("shows the question, the informed status and the invited partners with their contacts", () => {
    const html = render("triage");
    for (const text of [
      "Schulden en overlast in de buurt.",
      "Informatie delen.",
      "Eén gezamenlijk plan.",
      "Lopend onderzoek.",
      "Politie Westerduin",
      "W. Agent",
    ]) {
      expect(html).toContain(text);
    }
  });

  it("tells a guest, who gets no intake part, that the partners are for the case team", () => {
    const html = render("casusoverleg", buildAanmelding({ intake: null }));
    expect(html).toContain("Schulden en overlast in de buurt.");
    expect(html).toContain("ziet alleen het casusteam");
    expect(html).not.toContain("Betrokkene geïnformeerd");
  });
});
