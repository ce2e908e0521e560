import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messages } from "../../i18n/messages.js";
import type { TeamPerson } from "./actionItemContext.js";
import {
  organisationPatch,
  personLabel,
  responsiblePatch,
  responsibleSuggestions,
  responsibleText,
  teamMemberNamed,
} from "./responsibleField.js";

const POLITIE = "org_politie";
const GEMEENTE = "org_gemeente";
const GGZ = "org_ggz";

/** A team member; by default Noor Smit of the gemeente. */
function buildPerson(overrides: Partial<TeamPerson> = {}): TeamPerson {
  return {
    userId: "u_smit",
    displayName: "Noor Smit",
    organisationId: GEMEENTE,
    organisationName: "Gemeente Westerduin",
    active: true,
    ...overrides,
  };
}

const bakker = buildPerson({
  userId: "u_bakker",
  displayName: "Carlos Bakker",
  organisationId: POLITIE,
  organisationName: "Politie Basisteam Westerduin",
});
const smit = buildPerson();
const devries = buildPerson({
  userId: "u_devries",
  displayName: "Daan de Vries",
  organisationId: GGZ,
  organisationName: "GGZ Duinstreek",
});
const team = [smit, bakker, devries];

describe("showing the responsible", () => {
  it("shows a team member by name and organisation, never the stored id", () => {
    expect(responsibleText("user:u_smit", team)).toBe("Noor Smit (Gemeente Westerduin)");
  });

  it("shows a free-text name as it was typed", () => {
    expect(responsibleText("mentor Duinzicht College", team)).toBe("mentor Duinzicht College");
    expect(responsibleText("", team)).toBe("");
  });

  it("shows a user no longer in the team (or whose account is gone) neutrally", () => {
    expect(responsibleText("user:u_gone", team)).toBe(messages.caseWorkspace.action.notInTeam);
    expect(responsibleText("user:", [])).toBe(messages.caseWorkspace.action.notInTeam);
  });

  it("shows a team member without access any more by name, saying the action is to be handed on", () => {
    const blocked = buildPerson({ active: false });
    expect(responsibleText("user:u_smit", [blocked])).toBe(
      messages.caseWorkspace.action.withoutAccess("Noor Smit (Gemeente Westerduin)"),
    );
  });

  it("never shows a user reference, whatever the plan holds", () => {
    fc.assert(
      fc.property(fc.string(), (stored) => {
        expect(responsibleText(stored, team).startsWith("user:")).toBe(false);
      }),
    );
  });
});

describe("suggesting people", () => {
  it("suggests the whole team, by name, while no organisation is chosen", () => {
    expect(responsibleSuggestions(team, "").map(personLabel)).toEqual([
      "Carlos Bakker (Politie Basisteam Westerduin)",
      "Daan de Vries (GGZ Duinstreek)",
      "Noor Smit (Gemeente Westerduin)",
    ]);
  });

  it("suggests nobody without access any more, and takes their typed name as free text", () => {
    const blocked = buildPerson({ active: false });
    expect(responsibleSuggestions([blocked, bakker], "")).toEqual([bakker]);
    expect(responsiblePatch("Noor Smit", [blocked, bakker], GEMEENTE)).toEqual({
      responsible: "Noor Smit",
    });
  });

  it("suggests only the chosen organisation's members", () => {
    expect(responsibleSuggestions(team, POLITIE)).toEqual([bakker]);
    expect(responsibleSuggestions(team, "org_school")).toEqual([]);
  });
});

describe("typing or picking a person", () => {
  it("stores a picked team member as that user", () => {
    expect(responsiblePatch("Noor Smit (Gemeente Westerduin)", team, GEMEENTE)).toEqual({
      responsible: "user:u_smit",
    });
  });

  it("stores a team member typed by name, ignoring case and spaces, as that user", () => {
    expect(responsiblePatch("  noor   SMIT ", team, GEMEENTE)).toEqual({
      responsible: "user:u_smit",
    });
  });

  it("keeps a name outside the team as free text, trimmed, and an empty field as no one", () => {
    expect(responsiblePatch(" mentor Duinzicht College ", team, GEMEENTE)).toEqual({
      responsible: "mentor Duinzicht College",
    });
    expect(responsiblePatch("Noor", team, GEMEENTE)).toEqual({ responsible: "Noor" });
    expect(responsiblePatch("   ", team, GEMEENTE)).toEqual({ responsible: null });
  });

  it("fills in the person's organisation when none is chosen", () => {
    expect(responsiblePatch("Carlos Bakker", team, "")).toEqual({
      responsible: "user:u_bakker",
      organisationId: POLITIE,
    });
  });

  it("sets the organisation to the person's when another one was chosen", () => {
    expect(responsiblePatch("Carlos Bakker (Politie Basisteam Westerduin)", team, GGZ)).toEqual({
      responsible: "user:u_bakker",
      organisationId: POLITIE,
    });
  });

  it("leaves the organisation alone for a free-text name", () => {
    expect(responsiblePatch("wijkagent De Boer", team, "")).toEqual({
      responsible: "wijkagent De Boer",
    });
  });

  it("tells namesakes apart by the action's organisation, else keeps the text free", () => {
    const namesake = buildPerson({
      userId: "u_smit_ggz",
      organisationId: GGZ,
      organisationName: "GGZ Duinstreek",
    });
    const withNamesake = [...team, namesake];
    expect(teamMemberNamed("Noor Smit", withNamesake, GGZ)).toBe(namesake);
    expect(teamMemberNamed("Noor Smit", withNamesake, GEMEENTE)).toBe(smit);
    expect(teamMemberNamed("Noor Smit", withNamesake, "")).toBeNull();
    expect(teamMemberNamed("Noor Smit (GGZ Duinstreek)", withNamesake, "")).toBe(namesake);
  });

  it("stores every team member picked from the list as that user, shown again by label", () => {
    for (const person of team) {
      for (const organisationId of ["", POLITIE, GEMEENTE, GGZ]) {
        const patch = responsiblePatch(personLabel(person), team, organisationId);
        expect(patch.responsible).toBe(`user:${person.userId}`);
        expect(responsibleText(patch.responsible ?? "", team)).toBe(personLabel(person));
      }
    }
  });

  it("never makes typed text a user outside the team", () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !text.trim().startsWith("user:")),
        (text) => {
          const stored = responsiblePatch(text, team, "").responsible ?? "";
          if (!stored.startsWith("user:")) return;
          expect(team.map((p) => `user:${p.userId}`)).toContain(stored);
        },
      ),
    );
  });
});

describe("changing the organisation", () => {
  it("lets a team member of the new organisation stay responsible", () => {
    expect(organisationPatch(GEMEENTE, "user:u_smit", team)).toEqual({ organisationId: GEMEENTE });
  });

  it("empties the responsible when they belong to another organisation", () => {
    expect(organisationPatch(POLITIE, "user:u_smit", team)).toEqual({
      organisationId: POLITIE,
      responsible: null,
    });
  });

  it("keeps a free-text name, a user it cannot place, and anyone when the choice is cleared", () => {
    expect(organisationPatch(POLITIE, "mentor Duinzicht College", team)).toEqual({
      organisationId: POLITIE,
    });
    expect(organisationPatch(POLITIE, "user:u_gone", team)).toEqual({ organisationId: POLITIE });
    expect(organisationPatch("", "user:u_smit", team)).toEqual({ organisationId: null });
  });
});
