import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, ClientErrorCode } from "./errors.js";
import { BACKGROUND_REQUEST_HEADER } from "../../shared/api/auth.js";
import { onSessionExpired, requestJson, requestVoid, watchUserPresence } from "./http.js";

const OkSchema = z.object({ ok: z.boolean() });

function answer(status: number, body?: unknown): void {
  const response = new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json" },
  });
  vi.stubGlobal(
    "fetch",
    vi.fn(() => Promise.resolve(response)),
  );
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error("expected an ApiError");
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("requestJson", () => {
  it("returns the body when it matches the schema", async () => {
    answer(200, { ok: true });
    await expect(requestJson("GET", "/api/x", OkSchema)).resolves.toEqual({ ok: true });
  });

  it("sends JSON with the same-origin credentials", async () => {
    answer(200, { ok: true });
    await requestJson("POST", "/api/x", OkSchema, { body: { a: 1 } });
    const [path, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    expect(path).toBe("/api/x");
    expect(init?.credentials).toBe("same-origin");
    expect(init?.body).toBe('{"a":1}');
    expect(new Headers(init?.headers).get("Content-Type")).toBe("application/json");
  });

  it("turns the server's error body into an ApiError with its code and Dutch message", async () => {
    answer(429, { error: { code: "too_many_attempts", message: "Te veel pogingen." } });
    const error = await failure(requestJson("GET", "/api/x", OkSchema));
    expect(error.status).toBe(429);
    expect(error.code).toBe("too_many_attempts");
    expect(error.serverMessage).toBe("Te veel pogingen.");
  });

  it("rejects a success body that does not match the schema as an unexpected response", async () => {
    answer(200, { ok: "ja" });
    const error = await failure(requestJson("GET", "/api/x", OkSchema));
    expect(error.code).toBe(ClientErrorCode.UnexpectedResponse);
  });

  it("reports a request that never reached the server as a network error", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))),
    );
    const error = await failure(requestJson("GET", "/api/x", OkSchema));
    expect(error.status).toBe(0);
    expect(error.code).toBe(ClientErrorCode.Network);
  });
});

describe("session expiry", () => {
  it("tells the listeners when an ordinary request gets a 401", async () => {
    const listener = vi.fn();
    const stop = onSessionExpired(listener);
    answer(401, { error: { code: "session_expired", message: "Sessie verlopen." } });
    await failure(requestJson("GET", "/api/cases", OkSchema));
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("leaves the listeners alone when a 401 answers a sign-in request", async () => {
    const listener = vi.fn();
    const stop = onSessionExpired(listener);
    answer(401, { error: { code: "invalid_credentials", message: "Onjuist." } });
    await failure(requestJson("POST", "/api/auth/login", OkSchema, { authFlow: true }));
    stop();
    expect(listener).not.toHaveBeenCalled();
  });

  it("stops telling a listener once it has been removed", async () => {
    const listener = vi.fn();
    onSessionExpired(listener)();
    answer(401, { error: { code: "unauthenticated" } });
    await failure(requestVoid("POST", "/api/x"));
    expect(listener).not.toHaveBeenCalled();
  });
});

describe("requests made while nobody is at the keyboard", () => {
  const presence = { present: true, isPresent: () => presence.present };
  watchUserPresence(presence);
  afterEach(() => {
    presence.present = true;
  });

  function sentHeader(): string | null {
    const [, init] = vi.mocked(fetch).mock.calls[0] ?? [];
    return new Headers(init?.headers).get(BACKGROUND_REQUEST_HEADER);
  }

  it("go out as background, so they do not count as activity", async () => {
    presence.present = false;
    answer(200, { ok: true });
    await requestJson("GET", "/api/x", OkSchema);
    expect(sentHeader()).toBe("1");
  });

  it("count as the user's while someone gave input lately", async () => {
    answer(200, { ok: true });
    await requestJson("GET", "/api/x", OkSchema);
    expect(sentHeader()).toBeNull();
  });

  it("follow the caller who says whose request it is", async () => {
    answer(200, { ok: true });
    await requestJson("GET", "/api/x", OkSchema, { background: true });
    expect(sentHeader()).toBe("1");

    presence.present = false;
    answer(200, { ok: true });
    await requestVoid("POST", "/api/x", { background: false });
    expect(sentHeader()).toBeNull();
  });
});
