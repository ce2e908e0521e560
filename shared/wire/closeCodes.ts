/**
 * Websocket close codes of the collaboration server. RFC 6455 codes where one fits; the
 * application codes follow y-websocket's convention: 4400–4499 mirror HTTP 4xx and mean
 * "reconnecting will not help" (WebsocketProvider stops reconnecting and emits `closed`),
 * 4500–4599 mean "try again later" (the provider keeps reconnecting with backoff).
 */

/** Named close codes; use these, never bare numbers. */
export const CloseCode = {
  /** Normal close, e.g. the client disconnected. */
  Normal: 1000,
  /** The server is shutting down; the client should reconnect later. */
  GoingAway: 1001,
  /** Broken websocket framing, e.g. reserved (RSV) bits set. Sent by the `ws` library itself. */
  ProtocolError: 1002,
  /** A message larger than `LIMITS.maxMessageBytes`. Sent by the `ws` library itself. */
  MessageTooBig: 1009,
  /** An unexpected server error. */
  InternalError: 1011,
  /** The server restarts; the client should reconnect. */
  ServiceRestart: 1012,
  /** The path is not a valid document name. */
  BadRequest: 4400,
  /** The session ended (logout or expiry) while connected. */
  Unauthenticated: 4401,
  /** No access to this document, or it does not exist (the two are not distinguished). */
  Forbidden: 4403,
  /** A malformed y-protocol message, a text frame, or an update that failed to apply. */
  MalformedMessage: 4422,
  /** The connection sent more updates or bytes than the rate limit allows. */
  RateLimited: 4429,
  /** The document could not be loaded from storage; it is not replaced by an empty one. */
  DocumentUnavailable: 4503,
  /** The client fell too far behind in reading what the server sent; it resyncs on reconnect. */
  SlowReader: 4504,
} as const;

/** One of the named close codes. */
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** Dutch text a client can show per close code (user-facing), keyed by code. */
export const CLOSE_CODE_MESSAGES_NL: Record<CloseCodeValue, string> = {
  [CloseCode.Normal]: "Verbinding gesloten.",
  [CloseCode.GoingAway]: "De server wordt herstart. Er wordt opnieuw verbonden.",
  [CloseCode.ProtocolError]: "De verbinding is verbroken door een protocolfout.",
  [CloseCode.MessageTooBig]:
    "Een wijziging was te groot om op te slaan. Maak de wijziging kleiner na het herladen van de pagina.",
  [CloseCode.InternalError]: "Er ging iets mis op de server.",
  [CloseCode.ServiceRestart]: "De server wordt herstart. Er wordt opnieuw verbonden.",
  [CloseCode.BadRequest]: "Dit document bestaat niet.",
  [CloseCode.Unauthenticated]: "Uw sessie is verlopen. Log opnieuw in.",
  [CloseCode.Forbidden]: "U heeft geen toegang tot dit document.",
  [CloseCode.MalformedMessage]: "De verbinding is verbroken door een ongeldig bericht.",
  [CloseCode.RateLimited]: "Te veel wijzigingen in korte tijd. Verbind opnieuw.",
  [CloseCode.DocumentUnavailable]: "Het document is tijdelijk niet beschikbaar.",
  [CloseCode.SlowReader]: "De verbinding liep te ver achter. Er wordt opnieuw verbonden.",
};

/**
 * True when a client should not reconnect automatically after this close code: the server's
 * refusals (4400–4499), and a message too big to accept, which a reconnect would only send again
 * (the unsent change stays in the tab until it is reloaded).
 */
export function isTerminalCloseCode(code: number): boolean {
  return (code >= 4400 && code < 4500) || code === CloseCode.MessageTooBig;
}

/**
 * The reason sent in a y-protocols auth message when the server refuses an update from a
 * read-only connection; the connection stays open and keeps receiving updates.
 */
export const READ_ONLY_REFUSAL_REASON = "read-only";
