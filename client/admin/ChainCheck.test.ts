import { describe, expect, it } from "vitest";
import type { AuditChainCheck } from "../../shared/api/audit.js";
import { chainProblem } from "./ChainCheck.js";

const broken = (patch: Partial<AuditChainCheck>): AuditChainCheck => ({
  ok: false,
  checked: 3,
  firstBadSeq: 4,
  firstBadLine: null,
  missing: null,
  anchoredSeq: null,
  newestMissing: false,
  anchorUnsigned: false,
  anchorKeyed: true,
  ...patch,
});

describe("what the chain check says is wrong", () => {
  it("says that the newest lines are missing when the trail ends before its anchored head", () => {
    expect(
      chainProblem(
        broken({ missing: { fromSeq: 4, toSeq: 5 }, anchoredSeq: 5, newestMissing: true }),
      ),
    ).toBe(
      "De nieuwste regels ontbreken: de audittrail eindigt bij regel 3, maar er waren al 5 regels vastgelegd. De regels daarvoor kloppen.",
    );
  });

  it("says first that the anchor is not signed with the server's key, then what else is wrong", () => {
    const unsigned = chainProblem(broken({ anchorUnsigned: true, firstBadSeq: null, checked: 7 }));
    expect(unsigned).toMatch(/^Het anker van de audittrail is niet ondertekend/);
    expect(unsigned).not.toContain("verbroken");
    expect(chainProblem(broken({ anchorUnsigned: true }))).toContain(
      "De keten is verbroken bij regel 4",
    );
  });

  it("names the file and line where the chain breaks, and the entries known to be missing there", () => {
    const text = chainProblem(
      broken({
        firstBadLine: { file: "audit-2025-03.jsonl", line: 4 },
        missing: { fromSeq: 4, toSeq: 5 },
      }),
    );
    expect(text).toMatch(/^De keten is verbroken bij regel 4:/);
    expect(text).toContain("Plaats: regel 4 van bestand audit-2025-03.jsonl.");
    expect(text).toContain("De regels 4 tot en met 5 ontbreken.");
  });
});
