import { describe, expect, it } from "vitest";
import {
  emptyBetrokkene,
  emptyPartner,
  initialAanmeldingForm,
  isAanmeldingStarted,
  withSuggestions,
} from "./aanmeldingForm.js";

describe("whether an aanmelding was started", () => {
  it("is not as it opens, nor with only spaces typed", () => {
    expect(isAanmeldingStarted(initialAanmeldingForm())).toBe(false);
    expect(isAanmeldingStarted({ ...initialAanmeldingForm(), reden: "  \n " })).toBe(false);
  });

  it("is once a text, a choice, a person's detail or a row was added", () => {
    const form = initialAanmeldingForm();
    expect(isAanmeldingStarted({ ...form, doel: "Rust in de wijk" })).toBe(true);
    expect(isAanmeldingStarted({ ...form, kind: "casus_op_maat" })).toBe(true);
    expect(isAanmeldingStarted({ ...form, geinformeerd: "nee" })).toBe(true);
    expect(isAanmeldingStarted({ ...form, partners: [emptyPartner()] })).toBe(true);
    expect(
      isAanmeldingStarted({ ...form, betrokkenen: [emptyBetrokkene(), emptyBetrokkene()] }),
    ).toBe(true);
    const person = { ...emptyBetrokkene(), geboortedatum: "1987-03-15" };
    expect(isAanmeldingStarted(withSuggestions({ ...form, betrokkenen: [person] }))).toBe(true);
  });
});
