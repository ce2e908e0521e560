import { describe, expect, it } from "vitest";
import { readMeeting } from "../../shared/docs/meetingDoc.js";
import { failingOpener, recordingLog, recordingOpener } from "./announcerTestSupport.js";
import { announceMeetingPlan } from "./planAnnouncer.js";

describe("announceMeetingPlan", () => {
  it("writes the plan revision into the overleg's own live document and releases it", async () => {
    const { open, doc, opened, released } = recordingOpener();
    await announceMeetingPlan(open, { id: "meet_1", planRevision: 3 }, recordingLog());
    expect(opened).toEqual(["meeting/meet_1"]);
    expect(readMeeting(doc).value.planRevision).toBe(3);
    expect(released()).toBe(1);
  });

  it("does not throw when the document cannot be opened, and logs no personal data", async () => {
    const log = recordingLog();
    await expect(
      announceMeetingPlan(failingOpener, { id: "meet_1", planRevision: 1 }, log),
    ).resolves.toBeUndefined();
    expect(log.warnings).toHaveLength(1);
    expect(JSON.stringify(log.warnings)).not.toContain("Jansen");
  });
});
