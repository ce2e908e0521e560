/** The error every API call can fail with, and the shape the server sends errors in. */
import { z } from "zod";

/** The body of every error response: `{ error: { code, message } }`, message in Dutch. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string().optional() }),
});

/** Codes the client produces itself, for failures that never reached a server answer. */
export const ClientErrorCode = {
  /** The request did not reach the server or no response came back. */
  Network: "network_error",
  /** The server answered with a body the client cannot read. */
  UnexpectedResponse: "unexpected_response",
} as const;

/** A failed API call: the HTTP status (0 when there was no response), a stable code and the server's message. */
export class ApiError extends Error {
  /** Builds an error; `serverMessage` is the Dutch text from the server, when it sent one. */
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage?: string,
  ) {
    super(`API-fout ${status}: ${code}`);
    this.name = "ApiError";
  }
}
