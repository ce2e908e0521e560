import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { readMeeting } from "../../shared/docs/meetingDoc.js";
import { openMemoryStore } from "../store/openStore.js";
import type { MeetingRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { failingOpener, recordingLog } from "./announcerTestSupport.js";
import { createActionsAnnouncer } from "./actionsAnnouncer.js";
import type { DocumentOpener } from "./documentReader.js";

const NOW = new Date("2026-03-03T12:30:00.000Z");

function buildMeeting(id: string, overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    id,
    title: "Casusoverleg",
    kind: "casusoverleg",
    startsAt: "2026-03-03T12:00:00.000Z",
    endsAt: "2026-03-03T13:00:00.000Z",
    chairUserId: "user_chair",
    status: "bezig",
    agenda: [
      { id: `${id}_a`, title: "A", caseId: "case_a", plannedMinutes: 30, invitees: [] },
      { id: `${id}_b`, title: "B", caseId: "case_b", plannedMinutes: 30, invitees: [] },
      { id: `${id}_r`, title: "Rondvraag", plannedMinutes: 5, invitees: [] },
    ],
    createdAt: "2026-03-01T00:00:00.000Z",
    createdBy: "user_chair",
    ...overrides,
  };
}

/** An opener with one document per name, counting releases. */
function documentsByName() {
  const docs = new Map<string, Y.Doc>();
  let released = 0;
  const open: DocumentOpener = (docName) => {
    const doc = docs.get(docName) ?? new Y.Doc();
    docs.set(docName, doc);
    return Promise.resolve({ docName, doc, release: () => (released += 1) });
  };
  const revisionOf = (docName: string) => {
    const doc = docs.get(docName);
    return doc === undefined ? undefined : readMeeting(doc).value.actionsRevision;
  };
  return { open, revisionOf, opened: () => [...docs.keys()].sort(), released: () => released };
}

let store: Store;

beforeEach(async () => {
  vi.useFakeTimers();
  store = await openMemoryStore();
  await store.meetings.add(
    buildMeeting("meet_now"),
    buildMeeting("meet_later", {
      status: "gepland",
      startsAt: "2026-03-10T12:00:00.000Z",
      endsAt: "2026-03-10T13:00:00.000Z",
    }),
    buildMeeting("meet_done", { status: "afgerond" }),
  );
});
afterEach(() => {
  vi.useRealTimers();
});

describe("announcing changes of a case's actions", () => {
  it("raises the counter in the case's slots of every overleg that has not ended, after the delay", async () => {
    const docs = documentsByName();
    const announcer = createActionsAnnouncer({
      store,
      open: docs.open,
      log: recordingLog(),
      now: () => NOW,
      delayMs: 1_000,
    });
    announcer.changed("case_a");
    expect(docs.opened()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(docs.opened()).toEqual(["meeting/meet_later_a", "meeting/meet_now_a"]);
    expect(docs.revisionOf("meeting/meet_now_a")).toBe(1);
    expect(docs.revisionOf("meeting/meet_later_a")).toBe(1);
    expect(docs.released()).toBe(2);
  });

  it("announces a burst of changes of one case once, and a later change again", async () => {
    const docs = documentsByName();
    const announcer = createActionsAnnouncer({
      store,
      open: docs.open,
      log: recordingLog(),
      now: () => NOW,
      delayMs: 1_000,
    });
    announcer.changed("case_b");
    await vi.advanceTimersByTimeAsync(400);
    announcer.changed("case_b");
    announcer.changed("case_b");
    await vi.advanceTimersByTimeAsync(600);
    expect(docs.revisionOf("meeting/meet_now_b")).toBe(1);
    announcer.changed("case_b");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(docs.revisionOf("meeting/meet_now_b")).toBe(2);
    // Other cases' slots are not touched.
    expect(docs.revisionOf("meeting/meet_now_a")).toBeUndefined();
  });

  it("writes nothing for a case on no open overleg, and nothing after it is closed", async () => {
    const docs = documentsByName();
    const announcer = createActionsAnnouncer({
      store,
      open: docs.open,
      log: recordingLog(),
      now: () => NOW,
    });
    announcer.changed("case_elsewhere");
    announcer.changed("case_a");
    announcer.close();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(docs.opened()).toEqual([]);
  });

  it("announces at once on flush", async () => {
    const docs = documentsByName();
    const announcer = createActionsAnnouncer({
      store,
      open: docs.open,
      log: recordingLog(),
      now: () => NOW,
    });
    announcer.changed("case_a");
    await announcer.flush();
    expect(docs.revisionOf("meeting/meet_now_a")).toBe(1);
  });

  it("does not throw when a slot's document cannot be opened, and logs no personal data", async () => {
    const log = recordingLog();
    const announcer = createActionsAnnouncer({
      store,
      open: failingOpener,
      log,
      now: () => NOW,
    });
    announcer.changed("case_a");
    await expect(announcer.flush()).resolves.toBeUndefined();
    expect(log.warnings).toHaveLength(2);
    expect(JSON.stringify(log.warnings)).not.toContain("Jansen");
  });
});
