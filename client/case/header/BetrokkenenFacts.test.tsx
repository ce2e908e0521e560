import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BetrokkenenFacts } from "./BetrokkenenFacts.js";

const person = {
  id: "pers_1",
  naam: "Şahin Yıldız",
  geboortedatum: "1987-03-15",
  bsn: "111222333",
};

describe("whom the case is about, in its header", () => {
  it("warns the procesregisseur when the BSN stands elsewhere with another name or date of birth", () => {
    const html = renderToStaticMarkup(
      <dl>
        <BetrokkenenFacts
          betrokkenen={[{ ...person, bsnElsewhereDifferent: true }]}
          inzageCaseId="case_1"
        />
      </dl>,
    );
    expect(html).toContain('role="note"');
    expect(html).toContain(
      "dit BSN staat in een andere casus bij een andere naam of geboortedatum",
    );
  });

  it("says nothing of other cases when the server sent no warning", () => {
    const html = renderToStaticMarkup(
      <dl>
        <BetrokkenenFacts betrokkenen={[person]} />
      </dl>,
    );
    expect(html).toContain("Şahin Yıldız");
    expect(html).not.toContain("andere casus");
  });
});
