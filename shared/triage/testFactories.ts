/** Small factories for tests of the triage engine and action scoring (fictional data only). */
import type { ActionItem } from "../domain/action.js";
import type { TriageInput } from "./facts.js";

/** A triage input with nothing answered for a Casus op Maat, overridable per field. */
export function buildTriageInput(overrides: Partial<TriageInput> = {}): TriageInput {
  return {
    criteria: {},
    bekendBij: [],
    rtiG: null,
    leefgebieden: {},
    kind: "casus_op_maat",
    ...overrides,
  };
}

/** A complete open zorg action due on 2025-03-15, overridable per field. */
export function buildActionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: "actie-1",
    text: "Huisbezoek plannen met wijkteam",
    organisationId: "org-wijkteam",
    responsible: "user:u-demo-1",
    dueDate: "2025-03-15",
    status: "open",
    kind: "zorg",
    ...overrides,
  };
}
