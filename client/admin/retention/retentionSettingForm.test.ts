import { describe, expect, it } from "vitest";
import { RETENTION_MONTHS } from "../../../shared/api/retention.js";
import { checkRetentionMonths } from "./retentionSettingForm.js";

describe("checking the bewaartermijn form", () => {
  it("sends the typed number of months", () => {
    expect(checkRetentionMonths(" 36 ")).toEqual({ ok: true, value: { maanden: 36 } });
  });

  it("accepts the shortest and the longest period", () => {
    expect(checkRetentionMonths(String(RETENTION_MONTHS.min)).ok).toBe(true);
    expect(checkRetentionMonths(String(RETENTION_MONTHS.max)).ok).toBe(true);
  });

  it("asks for a number when nothing or no number was typed", () => {
    const askForNumber = {
      ok: false,
      errors: { maanden: "Geef het aantal maanden als getal." },
    };
    expect(checkRetentionMonths("")).toEqual(askForNumber);
    expect(checkRetentionMonths("twee jaar")).toEqual(askForNumber);
    expect(checkRetentionMonths("12,5")).toEqual(askForNumber);
  });

  it("refuses part of a month, and a period outside the allowed range", () => {
    expect(checkRetentionMonths("12.5")).toEqual({
      ok: false,
      errors: { maanden: "Geef een heel aantal maanden." },
    });
    expect(checkRetentionMonths("0")).toEqual({
      ok: false,
      errors: { maanden: "Kies ten minste 1 maand." },
    });
    expect(checkRetentionMonths("121")).toEqual({
      ok: false,
      errors: { maanden: "Kies ten hoogste 120 maanden." },
    });
  });
});
