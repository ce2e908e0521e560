import { describe, expect, it } from "vitest";
import { organisationChoices } from "./organisationChoices.js";

const politie = { value: "org_politie", label: "Politie Basisteam Westerduin" };
const names = { org_politie: politie.label, org_gemeente: "Gemeente Westerduin" };

describe("the choices of an action's organisation", () => {
  it("are the case's partners while the action's organisation is one of them", () => {
    expect(organisationChoices([politie], "org_politie", names)).toEqual([politie]);
    expect(organisationChoices([politie], "", names)).toEqual([politie]);
  });

  it("add the action's own organisation by name once it is no longer a partner", () => {
    expect(organisationChoices([politie], "org_gemeente", names)).toEqual([
      politie,
      { value: "org_gemeente", label: "Gemeente Westerduin" },
    ]);
  });

  it("never show an organisation's id, not even one that is gone", () => {
    expect(organisationChoices([], "org_weg", names)).toEqual([
      { value: "org_weg", label: "Onbekende organisatie" },
    ]);
  });
});
