/** Request schemas of the authentication API, shared by the server (validation) and the client (forms). */
import { z } from "zod";
import { PasswordSchema } from "./accounts.js";

/** Body of POST /api/auth/login. */
export const LoginRequestSchema = z.object({
  username: z.string().min(1, "gebruikersnaam is verplicht").max(200),
  password: z.string().min(1, "wachtwoord is verplicht").max(1000),
});

/** Body of POST /api/auth/login. */
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** Where users change their own password. */
export const OWN_PASSWORD_PATH = "/api/me/wachtwoord";

/**
 * `POST /api/me/wachtwoord`: the user's current password and the new one they choose (at least
 * `PASSWORD_MIN_LENGTH` characters, not the current one). Their other sessions end.
 */
export const OwnPasswordChangeSchema = z
  .object({
    huidig: z
      .string("Vul uw huidige wachtwoord in.")
      .min(1, "Vul uw huidige wachtwoord in.")
      .max(1000),
    nieuw: PasswordSchema,
  })
  .refine((change) => change.nieuw !== change.huidig, {
    path: ["nieuw"],
    message: "Kies een ander wachtwoord dan het huidige.",
  });

/** A change of one's own password. */
export type OwnPasswordChange = z.infer<typeof OwnPasswordChangeSchema>;

/**
 * Request header (value "1") of a request the page made by itself, with nobody at the keyboard in
 * the last minute: a poll, a reload because something changed elsewhere, a retry after an outage.
 * The server answers it as any other but does not count it as activity, so a screen left open does
 * not keep its session alive. Without the header a request is the user's activity. Leaving it out
 * gains nothing a request without it would not: it can only make a request count less.
 */
export const BACKGROUND_REQUEST_HEADER = "x-casustafel-background";

/**
 * `GET /api/session`: what is left of the session, in milliseconds, asked without counting as
 * activity: until the idle timeout ends it (unless there is activity first), and until its
 * absolute lifetime ends it.
 */
export const SessionTimeLeftSchema = z.object({
  idleMs: z.number(),
  absoluteMs: z.number(),
});

/** What is left of the session. */
export type SessionTimeLeft = z.infer<typeof SessionTimeLeftSchema>;
