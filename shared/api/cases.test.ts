import { afterEach, describe, expect, it, vi } from "vitest";
import {
  CaseCreateSchema,
  normalisePostcode,
  suggestCaseTitle,
  TriageBesluitSchema,
} from "./cases.js";

function buildAanmelding(overrides: Record<string, unknown> = {}) {
  return {
    kind: "nazorg",
    gemeente: "Westerduin",
    betrokkenen: [{ naam: "Jan-Willem de Boer", geboortedatum: "1980-01-31" }],
    reden: "Reden.",
    verwachting: "Verwachting.",
    doel: "Doel.",
    partners: [],
    betrokkeneGeinformeerd: true,
    ...overrides,
  };
}

function firstIssue(input: unknown): { path: string; message: string } | null {
  const result = CaseCreateSchema.safeParse(input);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return { path: issue?.path.join(".") ?? "", message: issue?.message ?? "" };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the aanmelding schema", () => {
  it("accepts a complete registration and leaves empty optional fields out", () => {
    const aanmelding = buildAanmelding({
      betrokkenen: [{ naam: "A", geboortedatum: "1980-01-31", bsn: "", postcode: "" }],
    });
    const parsed = CaseCreateSchema.parse(aanmelding);
    expect(parsed.betrokkenen[0]?.bsn).toBeUndefined();
    expect(parsed.betrokkenen[0]?.postcode).toBeUndefined();
  });

  it("names a missing kind in Dutch", () => {
    expect(firstIssue(buildAanmelding({ kind: undefined }))).toEqual({
      path: "kind",
      message: "Kies een soort casusoverleg.",
    });
  });

  it("refuses an impossible or future date of birth", () => {
    for (const geboortedatum of ["1980-02-30", "2999-01-01"]) {
      const issue = firstIssue(buildAanmelding({ betrokkenen: [{ naam: "A", geboortedatum }] }));
      expect(issue?.path).toBe("betrokkenen.0.geboortedatum");
    }
  });

  it("takes a child born today on the Dutch calendar, also in the hours it is still yesterday in UTC", () => {
    vi.useFakeTimers();
    // 00:30 on 25 November in the Netherlands.
    vi.setSystemTime(new Date("2026-11-24T23:30:00.000Z"));
    const born = (geboortedatum: string) =>
      firstIssue(buildAanmelding({ betrokkenen: [{ naam: "A", geboortedatum }] }));
    expect(born("2026-11-25")).toBeNull();
    expect(born("2026-11-26")?.path).toBe("betrokkenen.0.geboortedatum");
  });

  it("writes a postcode the postal way", () => {
    expect(normalisePostcode("9999ab")).toBe("9999 AB");
    const parsed = CaseCreateSchema.parse(
      buildAanmelding({
        betrokkenen: [{ naam: "A", geboortedatum: "1980-01-31", postcode: "9999ab" }],
      }),
    );
    expect(parsed.betrokkenen[0]?.postcode).toBe("9999 AB");
  });

  it("refuses the same partner organisation twice", () => {
    const partners = [
      { organisationId: "org_1", contactpersoon: "X" },
      { organisationId: "org_1", contactpersoon: "Y" },
    ];
    expect(firstIssue(buildAanmelding({ partners }))?.path).toBe("partners.1.organisationId");
  });
});

describe("the suggested agenda title", () => {
  it("uses initials and the kind, never the full name", () => {
    expect(suggestCaseTitle("Jan-Willem de Boer", "nazorg")).toBe(
      "J.W.B. – Re-integratie (ex-)gedetineerden en nazorg",
    );
  });

  it("falls back to the kind alone when the name gives no initials", () => {
    expect(suggestCaseTitle("  ", "jeugdgroep")).toBe("Casus – (Overlastgevende) jeugdgroep");
  });
});

describe("the triage decision schema", () => {
  it("needs no toelichting to go to the casusoverleg, but does for advies", () => {
    expect(TriageBesluitSchema.safeParse({ besluit: "casusoverleg" }).success).toBe(true);
    const advies = TriageBesluitSchema.safeParse({ besluit: "advies", toelichting: " " });
    expect(advies.success).toBe(false);
    expect(advies.error?.issues[0]?.path).toEqual(["toelichting"]);
  });
});
