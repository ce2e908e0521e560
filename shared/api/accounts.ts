/**
 * Requests and responses of the account API (`/api/accounts`), with which the beheerder manages
 * user accounts. One schema per input serves the server's validation and the client's forms; every
 * message is Dutch, names the rule that was broken and never repeats what was typed.
 */
import { z } from "zod";
import { ROLES } from "../domain/roles.js";
import { UsernameSchema } from "../domain/user.js";

/** The shortest password an account may get (a passphrase of a few words is easily longer). */
export const PASSWORD_MIN_LENGTH = 12;
/** The longest password accepted; the login form accepts the same. */
export const PASSWORD_MAX_LENGTH = 1000;

/** A new password: at least `PASSWORD_MIN_LENGTH` characters. Never trimmed: spaces count. */
export const PasswordSchema = z
  .string("Vul een wachtwoord in.")
  .min(PASSWORD_MIN_LENGTH, `Het wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens hebben.`)
  .max(PASSWORD_MAX_LENGTH, `Het wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens hebben.`);

const displayName = z
  .string("Vul een naam in.")
  .trim()
  .min(1, "Vul een naam in.")
  .max(200, "De naam mag hoogstens 200 tekens hebben.");
const organisationId = z
  .string("Kies een organisatie.")
  .trim()
  .min(1, "Kies een organisatie.")
  .max(100, "Kies een organisatie.");
const role = z.enum(ROLES, "Kies een rol.");
const regio = z
  .string("Kies een regio.")
  .trim()
  .min(1, "Kies een regio.")
  .max(100, "De regio mag hoogstens 100 tekens hebben.");

/** `POST /api/accounts`: a new account with its first password. The username is lower-cased. */
export const AccountCreateSchema = z.object({
  username: z
    .string("Vul een gebruikersnaam in.")
    .trim()
    .toLowerCase()
    .min(1, "Vul een gebruikersnaam in.")
    .pipe(UsernameSchema),
  displayName,
  organisationId,
  role,
  /** The ZVH region, a known one; the creating beheerder's own region when left out. */
  regio: z
    .string()
    .trim()
    .max(100, "De regio mag hoogstens 100 tekens hebben.")
    .optional()
    .transform((value) => (value === "" ? undefined : value)),
  password: PasswordSchema,
});

/** A new account as the form sends it. */
export type AccountCreateInput = z.input<typeof AccountCreateSchema>;
/** A new account after validation. */
export type AccountCreateRequest = z.output<typeof AccountCreateSchema>;

/** `PATCH /api/accounts/:id`: any of name, organisation, role, region and blocked state; at least one. */
export const AccountChangeSchema = z
  .object({
    displayName: displayName.optional(),
    organisationId: organisationId.optional(),
    role: role.optional(),
    /** One of the known regions (`AccountList.regions`). */
    regio: regio.optional(),
    disabled: z.boolean("Geef aan of het account geblokkeerd is.").optional(),
  })
  .refine(
    (change) => Object.values(change).some((value) => value !== undefined),
    "Geef ten minste één wijziging op.",
  );

/** A change to an account after validation. */
export type AccountChangeRequest = z.output<typeof AccountChangeSchema>;

/** `POST /api/accounts/:id/password`: the account's new password. */
export const AccountPasswordSchema = z.object({ password: PasswordSchema });

/** A new password after validation. */
export type AccountPasswordRequest = z.output<typeof AccountPasswordSchema>;

/** One account as the beheerder sees it (never the password hash). */
export const AccountViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  /** Empty when the organisation no longer exists. */
  organisationName: z.string(),
  role: role,
  regio: z.string(),
  disabled: z.boolean(),
  createdAt: z.string(),
});

/** One account as the beheerder sees it. */
export type AccountView = z.infer<typeof AccountViewSchema>;

/** `GET /api/accounts`: every account by name, and the organisations an account can belong to. */
export const AccountListSchema = z.object({
  accounts: z.array(AccountViewSchema),
  organisations: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The regions an account can be given: those of the cases and of the beheerders. */
  regions: z.array(z.string()),
});

/** Every account, and the organisations to choose from. */
export type AccountList = z.infer<typeof AccountListSchema>;
