import { describe, expect, it } from "vitest";
import { readMeeting } from "../../shared/docs/meetingDoc.js";
import { failingOpener, recordingLog, recordingOpener } from "./announcerTestSupport.js";
import { announceVerslagVersion } from "./verslagAnnouncer.js";

describe("announceVerslagVersion", () => {
  it("writes the version into the slot's own live document and releases it", async () => {
    const { open, doc, opened, released } = recordingOpener();
    await announceVerslagVersion(open, "slot-1", 2, recordingLog());
    expect(opened).toEqual(["meeting/slot-1"]);
    expect(readMeeting(doc).value.verslagVersion).toBe(2);
    expect(released()).toBe(1);
  });

  it("does not throw when the document cannot be opened, and logs no personal data", async () => {
    const log = recordingLog();
    await expect(announceVerslagVersion(failingOpener, "slot-1", 1, log)).resolves.toBeUndefined();
    expect(log.warnings).toHaveLength(1);
    expect(JSON.stringify(log.warnings)).not.toContain("Jansen");
  });
});
