import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, ClientErrorCode } from "./errors.js";
import {
  FIRST_RETRY_MS,
  isTransientFailure,
  loadWithRetry,
  MAX_RETRY_MS,
  retryDelayMs,
} from "./loadWithRetry.js";

const unreachable = () => new ApiError(0, ClientErrorCode.Network);
const notFound = () => new ApiError(404, "not_found", "Niet gevonden.");

/** A load that fails with the given errors in turn and then answers `value`. */
function loadFailing<T>(errors: Error[], value: T) {
  const queue = [...errors];
  return vi.fn((_signal: AbortSignal) => {
    const next = queue.shift();
    return next === undefined ? Promise.resolve(value) : Promise.reject(next);
  });
}

/** A "try now" source the test can fire. */
function wakeSource() {
  const listeners = new Set<() => void>();
  return {
    onWake: (wake: () => void) => {
      listeners.add(wake);
      return () => listeners.delete(wake);
    },
    fire: () => [...listeners].forEach((wake) => wake()),
    get count() {
      return listeners.size;
    },
  };
}

describe("which failures are worth waiting for", () => {
  it("retries when the server was not reached or a gateway says it is down", () => {
    expect(isTransientFailure(unreachable())).toBe(true);
    for (const status of [502, 503, 504]) {
      expect(isTransientFailure(new ApiError(status, ClientErrorCode.UnexpectedResponse))).toBe(
        true,
      );
    }
  });

  it("does not retry an answer the server meant: not found, refused, a bug, a lost session", () => {
    for (const status of [400, 401, 403, 404, 500]) {
      expect(isTransientFailure(new ApiError(status, "x"))).toBe(false);
    }
    expect(isTransientFailure(new TypeError("boom"))).toBe(false);
  });
});

describe("the pause between tries", () => {
  it("doubles from one second up to thirty seconds without spread", () => {
    const nominal = [0, 1, 2, 3, 4, 5, 6, 50].map((attempt) => retryDelayMs(attempt, 0.5));
    expect(nominal).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("stays within 20 % of its nominal length and never passes the maximum", () => {
    fc.assert(
      fc.property(
        fc.nat(2_000),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const nominal = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** n);
          const delay = retryDelayMs(n, r);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(nominal * 0.8));
          expect(delay).toBeLessThanOrEqual(Math.min(MAX_RETRY_MS, Math.ceil(nominal * 1.2)));
        },
      ),
    );
  });

  it("is never shorter for a later try with the same spread", () => {
    fc.assert(
      fc.property(
        fc.nat(60),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          expect(retryDelayMs(n + 1, r)).toBeGreaterThanOrEqual(retryDelayMs(n, r));
        },
      ),
    );
  });
});

describe("loading with retries", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("tries again after each pause while the server is unreachable and answers once it is back", async () => {
    const load = loadFailing([unreachable(), unreachable()], "data");
    const onRetry = vi.fn();
    const result = loadWithRetry(load, {
      signal: new AbortController().signal,
      onRetry,
      delayMs: (attempt) => (attempt + 1) * 1_000,
    });

    await vi.advanceTimersByTimeAsync(0);
    expect(load).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(result).resolves.toBe("data");
    expect(load).toHaveBeenCalledTimes(3);
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it("gives a failure that waiting will not cure to the caller at once", async () => {
    const load = loadFailing([notFound()], "data");
    const onRetry = vi.fn();
    await expect(
      loadWithRetry(load, { signal: new AbortController().signal, onRetry }),
    ).rejects.toMatchObject({ status: 404 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it("tries at once when woken, without waiting out the pause", async () => {
    const load = loadFailing([unreachable()], "data");
    const wake = wakeSource();
    const result = loadWithRetry(load, {
      signal: new AbortController().signal,
      onWake: wake.onWake,
      delayMs: () => MAX_RETRY_MS,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(wake.count).toBe(1);
    wake.fire();
    await expect(result).resolves.toBe("data");
    expect(load).toHaveBeenCalledTimes(2);
    expect(wake.count).toBe(0);
  });

  it("stops trying, and leaves no timer or listener behind, when the page aborts", async () => {
    const load = vi.fn(() => Promise.reject(unreachable()));
    const wake = wakeSource();
    const controller = new AbortController();
    const result = loadWithRetry(load, { signal: controller.signal, onWake: wake.onWake });
    const outcome = result.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(await outcome).toBeInstanceOf(DOMException);
    expect(wake.count).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(MAX_RETRY_MS * 2);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
