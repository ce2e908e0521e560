import { describe, expect, it } from "vitest";
import { AccountCreateSchema, type AccountView } from "../../../shared/api/accounts.js";
import { checkForm } from "../../forms/checkedForm.js";
import { checkEdit, editValuesOf } from "./accountForms.js";

function buildAccount(): AccountView {
  return {
    id: "user_1",
    username: "dn.smit",
    displayName: "Noor Smit",
    organisationId: "org_1",
    organisationName: "Gemeente",
    role: "deelnemer",
    regio: "Regio Westerduin",
    disabled: false,
    createdAt: "2026-01-05T09:00:00.000Z",
  };
}

describe("checking the new-account form", () => {
  it("shows the first problem of each field beside that field", () => {
    const checked = checkForm(AccountCreateSchema, {
      username: "Jan de Vries",
      displayName: "",
      organisationId: "",
      role: "",
      regio: "",
      password: "kort",
    });
    expect(checked).toEqual({
      ok: false,
      errors: {
        username:
          "De gebruikersnaam mag alleen kleine letters, cijfers, punt, streep en underscore bevatten.",
        displayName: "Vul een naam in.",
        organisationId: "Kies een organisatie.",
        role: "Kies een rol.",
        password: "Het wachtwoord moet minstens 12 tekens hebben.",
      },
    });
  });
});

describe("checking the edit form", () => {
  it("sends only the fields the beheerder changed", () => {
    const account = buildAccount();
    const values = { ...editValuesOf(account), role: "casusregisseur" as const };
    expect(checkEdit(account, values)).toEqual({ ok: true, value: { role: "casusregisseur" } });
  });

  it("refuses saving when nothing changed, and an emptied name", () => {
    const account = buildAccount();
    expect(checkEdit(account, editValuesOf(account))).toEqual({
      ok: false,
      errors: { "": "Geef ten minste één wijziging op." },
    });
    expect(checkEdit(account, { ...editValuesOf(account), displayName: "  " })).toEqual({
      ok: false,
      errors: { displayName: "Vul een naam in." },
    });
  });
});
