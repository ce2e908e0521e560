/**
 * Maps every failure to a status and `{ error: { code, message } }` with a Dutch message. Never a stack
 * trace, never the request body; unexpected errors are logged with their stack and answered with 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError, type ErrorCode } from "../errors.js";
import { errorFacts } from "../log.js";

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

function send(reply: FastifyReply, status: number, code: ErrorCode, message: string) {
  return reply.status(status).send({ error: { code, message } } satisfies ErrorBody);
}

/** Fastify error handler. */
export function handleError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof AppError) return send(reply, error.status, error.code, error.message);
  const status =
    "statusCode" in error && typeof error.statusCode === "number" ? error.statusCode : 500;
  if (status === 413) return send(reply, 413, "payload_too_large", "Het verzoek is te groot.");
  if (status === 415)
    return send(reply, 400, "bad_request", "Alleen JSON (application/json) wordt geaccepteerd.");
  if (status >= 400 && status < 500) {
    const isJson = "code" in error && String(error.code).startsWith("FST_ERR_CTP");
    return send(
      reply,
      400,
      "bad_request",
      isJson ? "Ongeldige JSON in het verzoek." : "Ongeldig verzoek.",
    );
  }
  request.log.error(errorFacts(error), "unhandled error");
  return send(reply, 500, "internal", "Er ging iets mis op de server. Probeer het later opnieuw.");
}

/** Answer for unknown API routes. */
export function sendApiNotFound(reply: FastifyReply) {
  return send(reply, 404, "not_found", "Onbekend adres.");
}
