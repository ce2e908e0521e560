import { describe, expect, it } from "vitest";
import { SAVE_CONFIRM_MS, SaveTracker } from "./saveTracker.js";

describe("SaveTracker", () => {
  it("counts a change as saved only when the reply to a later save check arrives", () => {
    const tracker = new SaveTracker();
    tracker.socketOpened();
    expect(tracker.replyReceived()).toBe(false); // the provider's own step 1
    tracker.recordLocalChange(0);
    expect(tracker.hasUnsavedChanges).toBe(true);
    tracker.requestSent();
    expect(tracker.awaitingReply).toBe(true);
    expect(tracker.replyReceived()).toBe(true);
    expect(tracker.hasUnsavedChanges).toBe(false);
  });

  it("does not let the reply to an older check cover changes made after it", () => {
    const tracker = new SaveTracker();
    tracker.socketOpened();
    tracker.replyReceived();
    tracker.recordLocalChange(0);
    tracker.requestSent();
    tracker.recordLocalChange(0);
    tracker.replyReceived();
    expect(tracker.hasUnsavedChanges).toBe(true);
  });

  it("forgets checks on a closed socket, so changes made offline stay unsaved until a new check", () => {
    const tracker = new SaveTracker();
    tracker.socketOpened();
    tracker.replyReceived();
    tracker.recordLocalChange(0);
    tracker.requestSent();
    tracker.socketClosed();
    tracker.recordLocalChange(0);
    tracker.socketOpened();
    expect(tracker.replyReceived()).toBe(false);
    expect(tracker.hasUnsavedChanges).toBe(true);
    tracker.requestSent();
    expect(tracker.replyReceived()).toBe(true);
    expect(tracker.hasUnsavedChanges).toBe(false);
  });

  it("is overdue once a change has waited the confirmation time without a reply, as on a dead link", () => {
    const tracker = new SaveTracker();
    tracker.socketOpened();
    tracker.replyReceived();
    expect(tracker.overdueAt).toBeNull();
    tracker.recordLocalChange(1_000);
    tracker.requestSent();
    tracker.recordLocalChange(2_000);
    expect(tracker.overdueAt).toBe(1_000 + SAVE_CONFIRM_MS);
    expect(tracker.isOverdue(1_000 + SAVE_CONFIRM_MS - 1)).toBe(false);
    expect(tracker.isOverdue(1_000 + SAVE_CONFIRM_MS)).toBe(true);
  });

  it("times the wait from the oldest change still unconfirmed, so steady typing on a live link is never late", () => {
    const tracker = new SaveTracker();
    tracker.socketOpened();
    tracker.replyReceived();
    // Each keystroke's check is answered while the next keystrokes are made.
    tracker.recordLocalChange(0);
    tracker.requestSent();
    tracker.recordLocalChange(200);
    tracker.recordLocalChange(400);
    tracker.replyReceived();
    expect(tracker.hasUnsavedChanges).toBe(true);
    expect(tracker.overdueAt).toBe(200 + SAVE_CONFIRM_MS);
    tracker.requestSent();
    tracker.recordLocalChange(2_900);
    tracker.replyReceived();
    expect(tracker.overdueAt).toBe(2_900 + SAVE_CONFIRM_MS);
    expect(tracker.isOverdue(SAVE_CONFIRM_MS + 500)).toBe(false);
    tracker.requestSent();
    tracker.replyReceived();
    expect(tracker.overdueAt).toBeNull();
  });
});
