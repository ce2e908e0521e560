import { describe, expect, it } from "vitest";
import { SaveTracker } from "./saveTracker.js";

describe("SaveTracker", () => {
  it("counts a change as saved only when the reply to a later save check arrives", () => {
    const tracker = new SaveTracker();
    tracker.socketOpened();
    expect(tracker.replyReceived()).toBe(false); // the provider's own step 1
    tracker.recordLocalChange();
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
    tracker.recordLocalChange();
    tracker.requestSent();
    tracker.recordLocalChange();
    tracker.replyReceived();
    expect(tracker.hasUnsavedChanges).toBe(true);
  });

  it("forgets checks on a closed socket, so changes made offline stay unsaved until a new check", () => {
    const tracker = new SaveTracker();
    tracker.socketOpened();
    tracker.replyReceived();
    tracker.recordLocalChange();
    tracker.requestSent();
    tracker.socketClosed();
    tracker.recordLocalChange();
    tracker.socketOpened();
    expect(tracker.replyReceived()).toBe(false);
    expect(tracker.hasUnsavedChanges).toBe(true);
    tracker.requestSent();
    expect(tracker.replyReceived()).toBe(true);
    expect(tracker.hasUnsavedChanges).toBe(false);
  });
});
