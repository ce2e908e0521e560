import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  AccountChangeSchema,
  AccountCreateSchema,
  AccountPasswordSchema,
  PASSWORD_MIN_LENGTH,
} from "./accounts.js";

/** The first issue's field and message for input the schema refuses; null when it is accepted. */
function refusal(schema: z.ZodType, input: unknown): [string, string] | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return [issue?.path.join(".") ?? "", issue?.message ?? ""];
}

/** A valid new account; `patch` changes one field. */
function buildCreate(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    username: "dn.nieuw",
    displayName: "Nieuwe Deelnemer",
    organisationId: "org_1",
    role: "deelnemer",
    password: "correct paard batterij",
    ...patch,
  };
}

describe("a new account", () => {
  it("is accepted with a lower-cased, trimmed username and without a region", () => {
    expect(AccountCreateSchema.parse(buildCreate({ username: "  DN.Nieuw " }))).toEqual({
      username: "dn.nieuw",
      displayName: "Nieuwe Deelnemer",
      organisationId: "org_1",
      role: "deelnemer",
      regio: undefined,
      password: "correct paard batterij",
    });
  });

  it("treats an empty region as none, so the server fills in the beheerder's own", () => {
    expect(AccountCreateSchema.parse(buildCreate({ regio: "  " })).regio).toBeUndefined();
    expect(AccountCreateSchema.parse(buildCreate({ regio: "Regio Oost" })).regio).toBe(
      "Regio Oost",
    );
  });

  it("refuses a password shorter than the minimum, naming the field and the rule", () => {
    expect(refusal(AccountCreateSchema, buildCreate({ password: "kort" }))).toEqual([
      "password",
      `Het wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens hebben.`,
    ]);
    const justLongEnough = "x".repeat(PASSWORD_MIN_LENGTH);
    expect(refusal(AccountCreateSchema, buildCreate({ password: justLongEnough }))).toBeNull();
  });

  it("refuses a username with spaces or other characters, in Dutch", () => {
    expect(refusal(AccountCreateSchema, buildCreate({ username: "jan de vries" }))).toEqual([
      "username",
      "De gebruikersnaam mag alleen kleine letters, cijfers, punt, streep en underscore bevatten.",
    ]);
  });

  it("refuses a missing name, organisation or role with a sentence that says what to do", () => {
    expect(refusal(AccountCreateSchema, buildCreate({ displayName: " " }))).toEqual([
      "displayName",
      "Vul een naam in.",
    ]);
    expect(refusal(AccountCreateSchema, buildCreate({ organisationId: "" }))).toEqual([
      "organisationId",
      "Kies een organisatie.",
    ]);
    expect(refusal(AccountCreateSchema, buildCreate({ role: "admin" }))).toEqual([
      "role",
      "Kies een rol.",
    ]);
  });

  it("never repeats the typed password in its message", () => {
    const typed = "geheim123";
    const [, message] = refusal(AccountCreateSchema, buildCreate({ password: typed })) ?? [];
    expect(message).not.toContain(typed);
  });
});

describe("a change to an account", () => {
  it("accepts any one of name, organisation, role and blocked state", () => {
    expect(AccountChangeSchema.parse({ disabled: true })).toEqual({ disabled: true });
    expect(AccountChangeSchema.parse({ role: "procesregisseur" })).toEqual({
      role: "procesregisseur",
    });
    expect(AccountChangeSchema.parse({ displayName: " Noor Smit " })).toEqual({
      displayName: "Noor Smit",
    });
  });

  it("refuses a change that changes nothing", () => {
    expect(refusal(AccountChangeSchema, {})).toEqual(["", "Geef ten minste één wijziging op."]);
  });

  it("ignores fields it does not know, such as a password hash", () => {
    expect(AccountChangeSchema.parse({ disabled: false, passwordHash: "x" })).toEqual({
      disabled: false,
    });
  });
});

describe("a new password", () => {
  it("follows the same rule as the first password", () => {
    expect(refusal(AccountPasswordSchema, { password: "te kort" })).toEqual([
      "password",
      `Het wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens hebben.`,
    ]);
    expect(refusal(AccountPasswordSchema, {})).toEqual(["password", "Vul een wachtwoord in."]);
  });
});
