import { describe, expect, it } from "vitest";
import type { AnswerEntry } from "../../../shared/docs/triageDoc.js";
import { bekendBijRows } from "./bekendBijRows.js";

const politie = { id: "org_politie", name: "Politie Basisteam Westerduin" };
const ggz = { id: "org_ggz", name: "GGZ Duinstreek" };
const ja: AnswerEntry = { answer: "ja", setBy: "u_smit", setAt: "2026-11-20T10:00:00.000Z" };
const names = { org_gemeente: "Gemeente Westerduin", org_politie: politie.name };

describe("the rows of bekend bij ons", () => {
  it("lists every partner asked, answered or not, in their order", () => {
    expect(bekendBijRows([politie, ggz], { org_ggz: ja }, names)).toEqual([politie, ggz]);
  });

  it("still lists, by name and last, an organisation that answered but is no longer a partner", () => {
    expect(bekendBijRows([politie], { org_gemeente: ja }, names)).toEqual([
      politie,
      { id: "org_gemeente", name: "Gemeente Westerduin (niet meer in het casusteam)" },
    ]);
  });

  it("never shows an organisation by its id, not even one it cannot name", () => {
    const rows = bekendBijRows([], { org_weg: ja }, names);
    expect(rows.map((r) => r.name)).toEqual(["Onbekende organisatie (niet meer in het casusteam)"]);
  });
});
