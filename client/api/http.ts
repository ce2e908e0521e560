/**
 * The one way the client talks to the server: same-origin JSON over fetch with the session
 * cookie. Responses are checked against a schema; failures become an `ApiError`. A 401 on any
 * request that is not part of signing in means the session is gone, and every listener
 * registered with `onSessionExpired` is told so (the session context sends the user to login).
 * A request made while nobody is at the keyboard goes out as background (userPresence.ts), so
 * the server does not count it as activity.
 */
import type { z } from "zod";
import { BACKGROUND_REQUEST_HEADER } from "../../shared/api/auth.js";
import { ApiError, ClientErrorCode, ErrorBodySchema } from "./errors.js";

/** HTTP status the server answers when there is no valid session. */
const UNAUTHORIZED = 401;
/** HTTP status of a successful response without a body. */
const NO_CONTENT = 204;

/** Options of one API request. */
export interface RequestOptions {
  /** JSON body to send. */
  body?: unknown;
  /** Cancels the request, e.g. when the page that asked for it goes away. */
  signal?: AbortSignal;
  /**
   * True for requests that decide whether the user is signed in (login, the start-up check).
   * Their 401 is an answer to the caller, not a lost session.
   */
  authFlow?: boolean;
  /**
   * Whether the page made this request by itself rather than for the user. Left out, it is when
   * nobody gave input lately (`watchUserPresence`); false for an act of the user that may come
   * without input (staying signed in).
   */
  background?: boolean;
}

/** Whether someone is at the keyboard; until `watchUserPresence` runs, always. */
let isPresent: () => boolean = () => true;

/** Lets requests ask whether someone is at the keyboard (main.tsx, once). */
export function watchUserPresence(presence: { isPresent(): boolean }): void {
  isPresent = () => presence.isPresent();
}

type SessionExpiredListener = () => void;
const sessionExpiredListeners = new Set<SessionExpiredListener>();

/** Registers a listener for "the session was lost"; returns the function that removes it. */
export function onSessionExpired(listener: SessionExpiredListener): () => void {
  sessionExpiredListeners.add(listener);
  return () => {
    sessionExpiredListeners.delete(listener);
  };
}

/** Sends a request and returns the body parsed by `schema`; throws `ApiError` on any failure. */
export async function requestJson<T>(
  method: string,
  path: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(method, path, options);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) throw new ApiError(response.status, ClientErrorCode.UnexpectedResponse);
  return parsed.data;
}

/** Sends a request whose success has no body (e.g. 204); throws `ApiError` on any failure. */
export async function requestVoid(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<void> {
  await send(method, path, options);
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.background ?? !isPresent()) headers[BACKGROUND_REQUEST_HEADER] = "1";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error: unknown) {
    // An abort is the caller's own decision; pass it through so it can be told apart.
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, ClientErrorCode.Network);
  }
  if (response.ok) return response;

  const failure = await toApiError(response);
  if (response.status === UNAUTHORIZED && options.authFlow !== true) {
    for (const listener of sessionExpiredListeners) listener();
  }
  throw failure;
}

async function toApiError(response: Response): Promise<ApiError> {
  const parsed = ErrorBodySchema.safeParse(await readJson(response));
  if (!parsed.success) {
    return new ApiError(response.status, ClientErrorCode.UnexpectedResponse);
  }
  return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message);
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === NO_CONTENT) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
