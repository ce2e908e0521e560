/**
 * Error factories with stable ids. Routes and commands throw these; the HTTP error handler maps
 * them to a status and a Dutch message (never a stack trace), the websocket layer to a close code.
 */
import type { AuditAction } from "../shared/domain/auditAction.js";

/** Stable error ids, as clients see them in `{ error: { code } }`. */
export type ErrorCode =
  | "bad_request"
  | "invalid_credentials"
  | "unauthenticated"
  | "session_expired"
  | "forbidden"
  | "password_change_required"
  | "foreign_origin"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "uri_too_long"
  | "headers_too_large"
  | "request_timeout"
  | "too_many_attempts"
  | "rate_limited"
  | "unavailable"
  | "internal";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  session_expired: 401,
  forbidden: 403,
  password_change_required: 403,
  foreign_origin: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  headers_too_large: 431,
  request_timeout: 408,
  too_many_attempts: 429,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/**
 * Access to an existing case refused inside a request answered otherwise (a case id in a body
 * that the caller may not use gets the same 400 as an unknown one): the refusal hook audits it as
 * denied (refusalAudit.ts).
 */
export interface DeniedAccess {
  readonly action: AuditAction;
  readonly caseId: string;
}

/** An expected failure with a stable code and a message safe to show the user (no personal data). */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly denied?: DeniedAccess,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

/** The request is malformed; `message` names the field; `denied` when it refused a known case. */
export const badRequest = (message: string, denied?: DeniedAccess) =>
  new AppError("bad_request", message, denied);
/** Login failed; deliberately the same message for every cause. */
export const invalidCredentials = () =>
  new AppError("invalid_credentials", "Gebruikersnaam of wachtwoord onjuist.");
/** No (valid) session. */
export const unauthenticated = () => new AppError("unauthenticated", "U bent niet ingelogd.");
/** The session ran past its idle timeout or absolute lifetime. */
export const sessionExpired = () =>
  new AppError("session_expired", "Uw sessie is verlopen. Log opnieuw in.");
/** The audit trail cannot be written now, so no case data is served (see http/auditGate.ts). */
export const auditUnavailable = () =>
  new AppError(
    "unavailable",
    "Casustafel kan het auditlog nu niet bijwerken, daarom zijn casusgegevens even niet beschikbaar. Probeer het over enkele minuten opnieuw; blijft dit zo, meld het dan bij de beheerder.",
  );
/** Authenticated but not allowed. */
export const forbidden = () => new AppError("forbidden", "U heeft geen toegang tot dit onderdeel.");

/** The account's password was set by a beheerder: the user chooses their own before anything else. */
export const passwordChangeRequired = () =>
  new AppError(
    "password_change_required",
    "Kies eerst een eigen wachtwoord: uw wachtwoord is ingesteld door een beheerder.",
  );
/** A state-changing request sent from a page that is not Casustafel's own (see originCheck.ts). */
export const foreignOrigin = () =>
  new AppError(
    "foreign_origin",
    "Dit verzoek komt niet van een pagina van Casustafel zelf en is geweigerd. Open Casustafel via het eigen adres en probeer het opnieuw.",
  );
/** Unknown resource, or one the user may not know exists. */
export const notFound = () => new AppError("not_found", "Niet gevonden.");
/** The request conflicts with the current state. */
export const conflict = (message: string) => new AppError("conflict", message);
/** Too many failed attempts. */
export const tooManyAttempts = () =>
  new AppError(
    "too_many_attempts",
    "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.",
  );
/** More of something than one person may do within a while; `message` says how much and when. */
export const tooMany = (message: string) => new AppError("rate_limited", message);
/** A case document could not be loaded (damaged or unreadable files); nothing was changed. */
export const documentUnavailable = () =>
  new AppError(
    "unavailable",
    "Een casusdocument is nu niet te openen. Probeer het later opnieuw of meld het bij de beheerder.",
  );

/** Marks a branch the types say cannot happen; throws if it does. */
export function unexpectedCase(value: never): never {
  throw new Error(`Unexpected case: ${String(value)}`);
}
