import { describe, expect, it } from "vitest";
import { fieldLabel, invalidFieldMessage } from "./fieldLabels.js";

describe("the Dutch name of a refused field", () => {
  it("names a field as its form does, and an item of a list by its number from one", () => {
    expect(fieldLabel(["date"])).toBe("Datum");
    expect(fieldLabel(["agenda", 1, "invitees"])).toBe("Agendapunt 2: uitgenodigd");
    expect(fieldLabel("agenda.0.caseId")).toBe("Agendapunt 1: casus");
    expect(fieldLabel(["betrokkenen", 0, "bsn"])).toBe("Betrokkene 1: BSN");
    expect(fieldLabel("partners.2.organisationId")).toBe("Partner 3: organisatie");
    expect(fieldLabel(["fase", 0])).toBe("Fase");
    expect(fieldLabel(["agenda", 0, "invitees", 3])).toBe("Agendapunt 1: uitgenodigd");
  });

  it("keeps the key of a field it has no name for, so the message still names one", () => {
    expect(fieldLabel(["somethingNew"])).toBe("somethingNew");
    expect(invalidFieldMessage("dueDate", "Vul een geldige datum in.")).toBe(
      'Ongeldige invoer in veld "Deadline": Vul een geldige datum in.',
    );
  });
});
