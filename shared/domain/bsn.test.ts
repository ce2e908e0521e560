import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BsnSchema, isValidBsn } from "./bsn.js";
import { BetrokkeneSchema } from "./case.js";

describe("isValidBsn", () => {
  it("accepts nine digits that pass the elfproef", () => {
    expect(isValidBsn("111222333")).toBe(true);
    expect(isValidBsn("123456782")).toBe(true);
  });

  it("refuses a number whose weighted sum is not divisible by eleven", () => {
    expect(isValidBsn("123456789")).toBe(false);
  });

  it("refuses wrong lengths, non-digits and all zeros", () => {
    for (const value of ["", "12345678", "1234567820", "12345678a", " 123456782", "000000000"]) {
      expect(isValidBsn(value)).toBe(false);
    }
  });

  it("refuses every single-digit change of a valid number", () => {
    const valid = "123456782";
    for (let i = 0; i < 9; i++) {
      for (let d = 0; d <= 9; d++) {
        const changed = valid.slice(0, i) + String(d) + valid.slice(i + 1);
        if (changed !== valid) expect(isValidBsn(changed)).toBe(false);
      }
    }
  });

  it("accepts exactly the nine-digit strings whose weighted sum is a multiple of eleven", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }),
        (digits) => {
          const value = digits.join("");
          const sum = digits.reduce((acc, d, i) => acc + d * (i === 8 ? -1 : 9 - i), 0);
          expect(isValidBsn(value)).toBe(sum % 11 === 0 && value !== "000000000");
        },
      ),
    );
  });
});

describe("BsnSchema", () => {
  it("reports an invalid BSN without repeating the number", () => {
    const result = BsnSchema.safeParse("123456789");
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain("123456789");
  });

  it("lets a betrokkene without BSN through and refuses one with an invalid BSN", () => {
    const base = { id: "b1", naam: "Demo Persoon", geboortedatum: "1990-01-01" };
    expect(BetrokkeneSchema.safeParse(base).success).toBe(true);
    expect(BetrokkeneSchema.safeParse({ ...base, bsn: "111222333" }).success).toBe(true);
    expect(BetrokkeneSchema.safeParse({ ...base, bsn: "111222334" }).success).toBe(false);
  });
});
