import { describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, AuditQuerySchema, MAX_AUDIT_PAGE_SIZE } from "./audit.js";

/** The first issue's field and message for a query the schema refuses. */
function refusal(query: Record<string, unknown>): [string, string] | null {
  const parsed = AuditQuerySchema.safeParse(query);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return [issue?.path.join(".") ?? "", issue?.message ?? ""];
}

describe("the audit query", () => {
  it("asks for the newest page of the default size when it names nothing", () => {
    expect(AuditQuerySchema.parse({})).toEqual({ limit: AUDIT_PAGE_SIZE });
  });

  it("reads the page size, the cursor and the filters from query-string text", () => {
    expect(
      AuditQuerySchema.parse({
        limit: "20",
        before: "301",
        caseId: "case_Q2x9-a",
        action: "document.edit",
        from: "2025-03-01",
        to: "2025-03-31",
      }),
    ).toEqual({
      limit: 20,
      before: 301,
      caseId: "case_Q2x9-a",
      action: "document.edit",
      from: "2025-03-01",
      to: "2025-03-31",
    });
  });

  it("refuses a name in an id field, so that it never travels in a query string", () => {
    const personIds = "verwacht een id die begint met pers_, of zulke ids gescheiden door komma's";
    expect(refusal({ subjectId: "Jansen" })).toEqual(["subjectId", personIds]);
    expect(refusal({ subjectId: "pers_a,Jansen" })).toEqual(["subjectId", personIds]);
    // The same person in several cases: their ids, separated by commas.
    expect(refusal({ subjectId: "pers_a,pers_b" })).toBeNull();
    expect(refusal({ caseId: "pers_abc" })).toEqual([
      "caseId",
      "verwacht een id die begint met case_",
    ]);
  });

  it("refuses a bad page size, cursor, id, action or period with a Dutch reason naming the field", () => {
    expect(refusal({ limit: "0" })).toEqual(["limit", "moet minstens 1 zijn"]);
    expect(refusal({ limit: String(MAX_AUDIT_PAGE_SIZE + 1) })).toEqual([
      "limit",
      `mag hoogstens ${MAX_AUDIT_PAGE_SIZE} zijn`,
    ]);
    expect(refusal({ before: "-3" })).toEqual([
      "before",
      "moet een geheel getal van minstens 1 zijn",
    ]);
    expect(refusal({ caseId: "case_a b" })).toEqual([
      "caseId",
      "verwacht een id die begint met case_",
    ]);
    expect(refusal({ userId: ["user_a", "user_b"] })).toEqual([
      "userId",
      "verwacht een id die begint met user_",
    ]);
    expect(refusal({ action: "case.delete" })).toEqual(["action", "onbekende actie"]);
    expect(refusal({ from: "2025-02-30" })).toEqual([
      "from",
      "datum moet een bestaande dag zijn, als jjjj-mm-dd",
    ]);
    expect(refusal({ from: "2025-03-02", to: "2025-03-01" })).toEqual([
      "to",
      "de einddatum ligt voor de begindatum",
    ]);
  });
});
