/**
 * Requests refused before any route runs, answered in the app's own `{ error: { code, message } }`
 * with a Dutch message like every other failure, never echoing the address: fastify's defaults put
 * the whole path (which may hold whatever someone typed) into the message. The router's refusals
 * (an address that is not valid percent-encoding, an id longer than the router takes) reach
 * `handleFrameworkError`; what Node's HTTP parser refuses (headers too large, a request too slow, a
 * malformed request) reaches `handleClientError` on the bare socket.
 */
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError, type ErrorCode } from "../errors.js";
import type { ErrorBody } from "./errorHandler.js";
import { setSecurityHeaders } from "./securityHeaders.js";

/** The router's refusals, by fastify's error code. */
const ROUTER_REFUSALS: Record<string, AppError> = {
  FST_ERR_BAD_URL: new AppError("bad_request", "Ongeldig adres."),
  FST_ERR_MAX_PARAM_LENGTH: new AppError("uri_too_long", "Het adres is te lang."),
};

/** The parser's refusals, by Node's error code; anything else is a malformed request. */
const PARSER_REFUSALS: Record<string, AppError> = {
  HPE_HEADER_OVERFLOW: new AppError(
    "headers_too_large",
    "Het adres of de kopregels van het verzoek zijn te groot.",
  ),
  ERR_HTTP_REQUEST_TIMEOUT: new AppError(
    "request_timeout",
    "Het verzoek kwam niet op tijd binnen. Probeer het opnieuw.",
  ),
};
const MALFORMED = new AppError("bad_request", "Ongeldig verzoek.");
const INTERNAL = new AppError(
  "internal",
  "Er ging iets mis op de server. Probeer het later opnieuw.",
);

function bodyOf(error: AppError): string {
  const code: ErrorCode = error.code;
  return JSON.stringify({ error: { code, message: error.message } } satisfies ErrorBody);
}

/** fastify's `frameworkErrors`: a request the router refused. */
export function handleFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const refusal = ROUTER_REFUSALS[error.code] ?? INTERNAL;
  if (refusal === INTERNAL) request.log.error({ code: error.code }, "router error");
  setSecurityHeaders(request, reply);
  void reply.status(refusal.status).type("application/json").send(bodyOf(refusal));
}

/** fastify's `clientErrorHandler`: a request Node's parser refused, answered on the bare socket. */
export function handleClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection has nobody to answer.
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const refusal = PARSER_REFUSALS[error.code ?? ""] ?? MALFORMED;
  if (socket.writable) {
    const body = bodyOf(refusal);
    socket.write(
      `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? ""}\r\n` +
        "Content-Type: application/json; charset=utf-8\r\n" +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        "Connection: close\r\n\r\n" +
        body,
    );
  }
  socket.destroy();
}
