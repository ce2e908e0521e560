import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PendingText } from "./pendingText.js";

const DELAY_MS = 400;

describe("PendingText", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes the text once typing pauses, and only the last text of a burst", () => {
    const written: string[] = [];
    const pending = new PendingText((text) => written.push(text), DELAY_MS);
    pending.change("Schulden");
    vi.advanceTimersByTime(DELAY_MS - 1);
    pending.change("Schulden bij");
    vi.advanceTimersByTime(DELAY_MS - 1);
    expect(written).toEqual([]);
    expect(pending.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(written).toEqual(["Schulden bij"]);
    expect(pending.pending).toBe(false);
  });

  it("writes a half-typed text at once when flushed, as a field that goes away does", () => {
    const written: string[] = [];
    const pending = new PendingText((text) => written.push(text), DELAY_MS);
    pending.change("Huurachterstand van drie maanden");
    pending.flush();
    expect(written).toEqual(["Huurachterstand van drie maanden"]);
    // The pause that was still running writes nothing a second time.
    vi.advanceTimersByTime(DELAY_MS * 2);
    expect(written).toHaveLength(1);
  });

  it("writes nothing when flushed with nothing typed since the last write", () => {
    const written: string[] = [];
    const pending = new PendingText((text) => written.push(text), DELAY_MS);
    pending.flush();
    pending.change("Werk");
    vi.advanceTimersByTime(DELAY_MS);
    pending.flush();
    expect(written).toEqual(["Werk"]);
  });

  it("counts as written while the write runs, so the field may show the shared value again", () => {
    let pendingDuringWrite: boolean | null = null;
    const pending: PendingText = new PendingText(() => {
      pendingDuringWrite = pending.pending;
    }, DELAY_MS);
    pending.change("Nieuw");
    pending.flush();
    expect(pendingDuringWrite).toBe(false);
  });
});
