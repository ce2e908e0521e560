import { describe, expect, it } from "vitest";
import type { ActionView } from "../../../shared/api/actions.js";
import { openActionsOf } from "./openActionsOf.js";

/** An action with only the fields the count reads set apart from the defaults. */
function action(patch: Partial<ActionView>): ActionView {
  return {
    id: "case_1~act_1",
    caseId: "case_1",
    caseTitle: "Casus",
    text: "Huisbezoek",
    organisationId: null,
    organisationName: null,
    responsible: { type: "user", userId: "u1", displayName: "Noor Smit", active: true },
    dueDate: null,
    status: "open",
    effectiveStatus: "open",
    kind: null,
    leefgebied: null,
    completedAt: null,
    completedBy: null,
    vervallenReden: null,
    progressCount: 0,
    lastProgress: null,
    onvolledig: false,
    problems: [],
    firstSeenAt: "2026-11-01T10:00:00.000Z",
    lastChangedAt: "2026-11-01T10:00:00.000Z",
    lastChangedBy: [],
    removed: null,
    score: { score: 0, label: "laag", reasons: [] },
    mayChange: true,
    ...patch,
  };
}

describe("a member's open actions", () => {
  it("counts the open and started actions in the plan that name the member as responsible", () => {
    const actions = [
      action({}),
      action({ status: "in_uitvoering" }),
      action({ status: "afgerond" }),
      action({ status: "vervallen" }),
      action({ removed: { at: "2026-11-02T10:00:00.000Z", by: [] } }),
      action({
        responsible: { type: "user", userId: "u2", displayName: "Daan de Vries", active: true },
      }),
      action({ responsible: { type: "name", name: "Noor Smit" } }),
    ];
    expect(openActionsOf(actions, "u1")).toBe(2);
    expect(openActionsOf(actions, "u3")).toBe(0);
  });
});
