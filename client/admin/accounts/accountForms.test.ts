import { describe, expect, it } from "vitest";
import { AccountCreateSchema } from "../../../shared/api/accounts.js";
import { checkForm } from "../../forms/checkedForm.js";
import { checkEdit, editValuesOf } from "./accountForms.js";
import { buildAccount } from "./accountTestFactory.js";

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

  it("sends a new region on its own, as chosen", () => {
    const account = buildAccount({ regio: "Regio Westerdiun" });
    const values = { ...editValuesOf(account), regio: "Regio Westerduin" };
    expect(checkEdit(account, values)).toEqual({ ok: true, value: { regio: "Regio Westerduin" } });
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
