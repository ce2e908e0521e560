import { describe, expect, it } from "vitest";
import { notClearedText } from "./notCleared.js";

describe("why a slot shows only its title", () => {
  it("asks for the verklaring while it is unsigned and the overleg has not ended", () => {
    const text = notClearedText({
      status: "bezig",
      verklaringRequired: true,
      verklaringSigned: false,
    });
    expect(text).toContain("onderteken eerst de geheimhoudingsverklaring");
  });

  it("says that access ended with the overleg, signed or not", () => {
    for (const verklaringSigned of [true, false]) {
      const text = notClearedText({
        status: "afgerond",
        verklaringRequired: true,
        verklaringSigned,
      });
      expect(text).toContain("het overleg is afgelopen");
    }
  });

  it("says when the data can be seen once signed before the guest window opened", () => {
    const text = notClearedText({
      status: "gepland",
      verklaringRequired: true,
      verklaringSigned: true,
    });
    expect(text).toContain("vanaf kort voor het begin van het overleg");
  });
});
