/** Signing in and out, asking who is signed in, and changing one's own password. */
import { z } from "zod";
import {
  OWN_PASSWORD_PATH,
  SessionTimeLeftSchema,
  type OwnPasswordChange,
  type SessionTimeLeft,
} from "../../shared/api/auth.js";
import { PublicUserSchema, type PublicUser } from "../../shared/domain/user.js";
import { requestJson, requestVoid } from "./http.js";

const UserResponseSchema = z.object({ user: PublicUserSchema });

/** Error codes the auth endpoints answer with. */
export const AuthErrorCode = {
  InvalidCredentials: "invalid_credentials",
  TooManyAttempts: "too_many_attempts",
  Unauthenticated: "unauthenticated",
  SessionExpired: "session_expired",
} as const;

/** Signs in; the server sets the HttpOnly session cookie. Throws `ApiError` (401, 429, 400). */
export async function login(username: string, password: string): Promise<PublicUser> {
  const body = await requestJson("POST", "/api/auth/login", UserResponseSchema, {
    body: { username, password },
    authFlow: true,
  });
  return body.user;
}

/** Ends the session on the server. */
export async function logout(): Promise<void> {
  await requestVoid("POST", "/api/auth/logout", { authFlow: true });
}

/**
 * Asks whether the session still stands, as the page's own question (it does not count as
 * activity); a lost one is reported to `onSessionExpired`, as any request's 401 is (unlike
 * `fetchCurrentUser`, which decides whether anyone is signed in).
 */
export async function checkSession(): Promise<void> {
  await requestJson("GET", "/api/me", UserResponseSchema, { background: true });
}

/** Stays signed in: asks as `checkSession` does, counted as activity also without input. */
export async function staySignedIn(): Promise<void> {
  await requestJson("GET", "/api/me", UserResponseSchema, { background: false });
}

/** The signed-in user; throws `ApiError` with status 401 when there is no (valid) session. */
export async function fetchCurrentUser(signal?: AbortSignal): Promise<PublicUser> {
  const body = await requestJson("GET", "/api/me", UserResponseSchema, { authFlow: true, signal });
  return body.user;
}

/**
 * What is left of the session, asked without counting as activity; a lost session is reported to
 * `onSessionExpired`, as any request's 401 is.
 */
export function fetchSessionTimeLeft(): Promise<SessionTimeLeft> {
  return requestJson("GET", "/api/session", SessionTimeLeftSchema);
}

/** Changes the signed-in user's own password; their other sessions end. */
export async function changeOwnPassword(change: OwnPasswordChange): Promise<void> {
  await requestVoid("POST", OWN_PASSWORD_PATH, { body: change });
}
