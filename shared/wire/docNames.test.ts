import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASE_DOC_KINDS, formatDocName, parseDocName, type DocName } from "./docNames.js";

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const docName: fc.Arbitrary<DocName> = fc.oneof(
  fc.record({
    type: fc.constant("case" as const),
    caseId: id,
    kind: fc.constantFrom(...CASE_DOC_KINDS),
  }),
  fc.record({ type: fc.constant("meeting" as const), meetingId: id }),
);

describe("document names", () => {
  it("parses every formatted name back to the same document", () => {
    fc.assert(
      fc.property(docName, (doc) => {
        expect(parseDocName(formatDocName(doc))).toEqual(doc);
      }),
    );
  });

  it("formats every name it accepts back to the same string", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const doc = parseDocName(name);
        if (doc) expect(formatDocName(doc)).toBe(name);
      }),
    );
  });

  it.each([
    "",
    "case/c1",
    "case/c1/verslag",
    "case/c1/plan/extra",
    "case/../plan",
    "case/c 1/plan",
    "meeting/",
    "meeting/m1/x",
    `meeting/${"a".repeat(65)}`,
    "/case/c1/plan",
  ])("rejects %j", (name) => {
    expect(parseDocName(name)).toBeNull();
  });
});
