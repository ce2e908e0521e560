/** User accounts as the API presents them (never with password hashes). */
import { z } from "zod";
import { RoleSchema } from "./roles.js";

/** A user as every API response presents it. */
export const PublicUserSchema = z.object({
  id: z.string().min(1),
  username: z.string().min(1),
  displayName: z.string().min(1),
  organisationId: z.string().min(1),
  organisationName: z.string().min(1),
  role: RoleSchema,
  /** True until the user replaced a password a beheerder set: the app asks for that first. */
  mustChangePassword: z.boolean(),
});

/** A user as every API response presents it. */
export type PublicUser = z.infer<typeof PublicUserSchema>;

/** The name shown for a user id that names no account (any more): neutral, never the raw id. */
export const UNKNOWN_USER_NAME = "Onbekende gebruiker";

/** A username: lower-case letters, digits, dots, dashes and underscores. */
export const UsernameSchema = z
  .string()
  .min(2, "De gebruikersnaam moet minstens 2 tekens hebben.")
  .max(64, "De gebruikersnaam mag hoogstens 64 tekens hebben.")
  .regex(
    /^[a-z0-9._-]+$/,
    "De gebruikersnaam mag alleen kleine letters, cijfers, punt, streep en underscore bevatten.",
  );
