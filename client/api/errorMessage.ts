/** Turns any failure of an API call into a Dutch sentence for the user. */
import { messages } from "../i18n/messages.js";
import { ApiError, ClientErrorCode } from "./errors.js";

/** HTTP statuses from this one up are the server's own failures. */
const FIRST_SERVER_ERROR = 500;

/** The Dutch text to show for `error`; the server's own message where it gave one for a 4xx. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return messages.errors.server;
  if (error.code === ClientErrorCode.Network) return messages.errors.network;
  if (error.code === ClientErrorCode.UnexpectedResponse) return messages.errors.unexpectedResponse;
  if (error.status >= FIRST_SERVER_ERROR || error.serverMessage === undefined) {
    return messages.errors.server;
  }
  return error.serverMessage;
}
