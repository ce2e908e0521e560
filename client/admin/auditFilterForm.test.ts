import { describe, expect, it } from "vitest";
import { filterOfValues, NO_AUDIT_FILTER, valuesOfFilter } from "./auditFilterForm.js";

describe("the audit filter form", () => {
  it("turns filled-in fields into a filter and leaves empty ones out", () => {
    expect(
      filterOfValues({
        ...NO_AUDIT_FILTER,
        caseId: " case_a ",
        action: "case.view",
        from: "2025-03-01",
      }),
    ).toEqual({ ok: true, filter: { caseId: "case_a", action: "case.view", from: "2025-03-01" } });
    expect(filterOfValues(NO_AUDIT_FILTER)).toEqual({ ok: true, filter: {} });
  });

  it("names the field by its Dutch label when it refuses a value", () => {
    expect(filterOfValues({ ...NO_AUDIT_FILTER, subjectId: "Jansen" })).toEqual({
      ok: false,
      message:
        "Persoon-id: verwacht een id die begint met pers_, of zulke ids gescheiden door komma's.",
    });
    expect(filterOfValues({ ...NO_AUDIT_FILTER, from: "2025-03-02", to: "2025-03-01" })).toEqual({
      ok: false,
      message: "Tot en met: de einddatum ligt voor de begindatum.",
    });
  });

  it("shows an applied filter back in the form", () => {
    expect(valuesOfFilter({ userId: "user_a" })).toEqual({ ...NO_AUDIT_FILTER, userId: "user_a" });
  });
});
