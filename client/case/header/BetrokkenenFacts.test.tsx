import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BetrokkenenFacts } from "./BetrokkenenFacts.js";

const textOf = (html: string): string => html.replace(/<[^>]+>/g, "");

describe("BetrokkenenFacts", () => {
  it("names the person concerned with a Dutch date of birth, BSN and address when sent", () => {
    const html = renderToStaticMarkup(
      <BetrokkenenFacts
        betrokkenen={[
          {
            id: "b1",
            naam: "Demi Testpersoon",
            geboortedatum: "1990-02-01",
            bsn: "123456782",
            adres: "Duinpad 7",
            postcode: "1234 AB",
            woonplaats: "Testdorp",
          },
        ]}
      />,
    );
    expect(textOf(html)).toBe(
      "BetrokkeneDemi Testpersoon, geboren 01-02-1990 · BSN 123456782 · Duinpad 7, 1234 AB Testdorp",
    );
  });

  it("shows only name and date of birth when that is all a guest is sent", () => {
    const html = renderToStaticMarkup(
      <BetrokkenenFacts
        betrokkenen={[
          { id: "b1", naam: "Demi Testpersoon", geboortedatum: "1990-02-01" },
          { id: "b2", naam: "Sem Testpersoon", geboortedatum: "2012-11-30" },
        ]}
      />,
    );
    expect(textOf(html)).toBe(
      "BetrokkenenDemi Testpersoon, geboren 01-02-1990Sem Testpersoon, geboren 30-11-2012",
    );
  });

  it("offers the procesregisseur each person's inzageoverzicht by ids only, as PDF and Word", () => {
    const html = renderToStaticMarkup(
      <BetrokkenenFacts
        betrokkenen={[
          { id: "b1", naam: "Demi Testpersoon", geboortedatum: "1990-02-01" },
          { id: "b2", naam: "Sem Testpersoon", geboortedatum: "2012-11-30" },
        ]}
        inzageCaseId="case_1"
      />,
    );
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(links).toEqual([
      "/api/cases/case_1/inzage/b1/pdf",
      "/api/cases/case_1/inzage/b1/docx",
      "/api/cases/case_1/inzage/b2/pdf",
      "/api/cases/case_1/inzage/b2/docx",
    ]);
    expect(html).toContain('aria-label="Inzageoverzicht van Sem Testpersoon als PDF"');
    expect(textOf(html)).toContain("art. 15 lid 4 AVG");
  });

  it("offers no inzageoverzicht without the case to prepare it for", () => {
    const html = renderToStaticMarkup(
      <BetrokkenenFacts
        betrokkenen={[{ id: "b1", naam: "Demi Testpersoon", geboortedatum: "1990-02-01" }]}
      />,
    );
    expect(html).not.toContain("inzage");
  });

  it("shows nothing for a case without persons concerned", () => {
    expect(renderToStaticMarkup(<BetrokkenenFacts betrokkenen={[]} />)).toBe("");
  });
});
