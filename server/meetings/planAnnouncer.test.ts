import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readMeeting } from "../../shared/docs/meetingDoc.js";
import type { WarnLog } from "./documentReader.js";
import { announceMeetingPlan } from "./planAnnouncer.js";

/** A log that keeps its warnings. */
function buildLog(): WarnLog & { warnings: { fields: object; message: string }[] } {
  const warnings: { fields: object; message: string }[] = [];
  return { warnings, warn: (fields, message) => warnings.push({ fields, message }) };
}

describe("announceMeetingPlan", () => {
  it("writes the plan revision into the overleg's own live document and releases it", async () => {
    const doc = new Y.Doc();
    const opened: string[] = [];
    let released = 0;
    const open = (docName: string) => {
      opened.push(docName);
      return Promise.resolve({ docName, doc, release: () => (released += 1) });
    };
    await announceMeetingPlan(open, { id: "meet_1", planRevision: 3 }, buildLog());
    expect(opened).toEqual(["meeting/meet_1"]);
    expect(readMeeting(doc).value.planRevision).toBe(3);
    expect(released).toBe(1);
  });

  it("does not throw when the document cannot be opened, and logs no personal data", async () => {
    const log = buildLog();
    const open = () => Promise.reject(new Error("storage unavailable for Jan Jansen"));
    await expect(
      announceMeetingPlan(open, { id: "meet_1", planRevision: 1 }, log),
    ).resolves.toBeUndefined();
    expect(log.warnings).toHaveLength(1);
    expect(JSON.stringify(log.warnings)).not.toContain("Jansen");
  });
});
