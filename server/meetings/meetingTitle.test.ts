import { describe, expect, it } from "vitest";
import { checkTitle, titleNames } from "./meetingTitle.js";

describe("whether an overleg's title names a case", () => {
  it("finds the case's title as whole words, ignoring case", () => {
    expect(titleNames("Vervolgoverleg: Casus Duinrand", "Casus Duinrand")).toBe(true);
    expect(titleNames("vervolg casus duinrand (2)", "Casus Duinrand")).toBe(true);
  });

  it("does not find it inside another word, and never finds an empty title", () => {
    expect(titleNames("Casusoverleg januari", "Jan")).toBe(false);
    expect(titleNames("Overleg Duinrandweg", "Duinrand")).toBe(false);
    expect(titleNames("Overleg", " ")).toBe(false);
  });

  it("reads a case title with signs in it literally", () => {
    expect(titleNames("Overleg over A+B (c)", "A+B (c)")).toBe(true);
    expect(titleNames("Overleg over AAB (c)", "A+B (c)")).toBe(false);
  });
});

describe("checking an overleg's title against its agenda", () => {
  const caseSlot = { caseId: "case_a", title: "Casus Duinrand", invitees: ["u1", "u2"] };

  it("lets a title name a case while everyone invited is invited to that case", () => {
    const general = { title: "Opening", invitees: ["u1"] };
    expect(() => checkTitle("Vervolgoverleg: Casus Duinrand", [general, caseSlot])).not.toThrow();
    expect(() =>
      checkTitle("Casusoverleg", [caseSlot, { ...general, invitees: ["u3"] }]),
    ).not.toThrow();
  });

  it("refuses a title still naming a case taken off the agenda, once anyone is invited", () => {
    const other = { caseId: "case_b", title: "Casus Vlotgras", invitees: ["u3"] };
    expect(() => checkTitle("Vervolgoverleg: Casus Duinrand", [other], [caseSlot])).toThrow(
      /veld "Titel"/,
    );
    expect(() => checkTitle("Casusoverleg", [other], [caseSlot])).not.toThrow();
  });

  it("refuses it, naming the field and not the case, once someone else is invited", () => {
    const other = { caseId: "case_b", title: "Casus Vlotgras", invitees: ["u3"] };
    expect(() => checkTitle("Vervolgoverleg: Casus Duinrand", [caseSlot, other])).toThrow(
      /veld "Titel"/,
    );
    expect(() =>
      checkTitle("Vervolgoverleg: Casus Duinrand", [
        caseSlot,
        { title: "Rondvraag", invitees: ["u3"] },
      ]),
    ).toThrow(/algemene titel/);
  });
});
