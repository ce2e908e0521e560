import { describe, expect, it } from "vitest";
import type { CaseDetail } from "../../shared/api/cases.js";
import type { CaseRole } from "../../shared/domain/case.js";
import type { PublicUser } from "../../shared/domain/user.js";
import { actionContext } from "./caseContext.js";

type Participant = CaseDetail["participants"][number];

/** A participant of the case; by default Noor Smit of the gemeente, a deelnemer. */
function buildParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    userId: "u_smit",
    displayName: "Noor Smit",
    organisationId: "org_gemeente",
    organisationName: "Gemeente Westerduin",
    caseRole: "deelnemer",
    readOnly: false,
    active: true,
    ...overrides,
  };
}

/** A case page's data with these participants. */
function buildCaseDetail(participants: Participant[]): CaseDetail {
  return {
    id: "case_1",
    title: "Testcasus",
    kind: "casus_op_maat",
    phase: "uitvoering",
    gemeente: "Westerduin",
    regio: "west",
    createdAt: "2030-01-01",
    updatedAt: "2030-01-01",
    access: "write",
    mayDecideTriage: false,
    mayManageTeam: false,
    mayExportInzage: false,
    mayViewActions: true,
    betrokkenen: [],
    participants,
    organisationNames: {},
    triagePartners: [],
    aanmelding: null,
    triageSummary: null,
    triage: null,
    bewaartermijn: null,
    afschaling: null,
    mayChangeAfschaling: false,
    mayErase: false,
  };
}

const user: PublicUser = {
  id: "u_bakker",
  username: "cr.bakker",
  displayName: "Carlos Bakker",
  organisationId: "org_politie",
  organisationName: "Politie Basisteam Westerduin",
  role: "casusregisseur",
  mustChangePassword: false,
};

describe("the choices of an action's Verantwoordelijke", () => {
  it("offers the case team, and not a guest invited to an overleg or an account without a name", () => {
    const roles: [string, CaseRole][] = [
      ["u_jansen", "procesregisseur"],
      ["u_bakker", "casusregisseur"],
      ["u_smit", "deelnemer"],
    ];
    const view = buildCaseDetail([
      ...roles.map(([userId, caseRole]) => buildParticipant({ userId, caseRole })),
      buildParticipant({
        userId: "u_school",
        displayName: "Ingrid Schoolmeester",
        organisationId: "org_school",
        organisationName: "Duinzicht College",
        caseRole: "incidenteel",
        readOnly: true,
      }),
      buildParticipant({ userId: "u_weg", displayName: "" }),
    ]);
    const offered = actionContext(view, user).people.map((person) => person.userId);
    expect(offered).toEqual(["u_jansen", "u_bakker", "u_smit"]);
  });

  it("still offers a guest's organisation, for an action a named person there carries out", () => {
    const view = buildCaseDetail([
      buildParticipant({
        userId: "u_school",
        organisationId: "org_school",
        organisationName: "Duinzicht College",
        caseRole: "incidenteel",
      }),
    ]);
    expect(actionContext(view, user).organisations).toContainEqual({
      value: "org_school",
      label: "Duinzicht College",
    });
  });
});
