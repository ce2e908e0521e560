import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { readMeeting } from "../../shared/docs/meetingDoc.js";
import { openMemoryStore } from "../store/openStore.js";
import type { CaseRecord, MeetingRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { failingOpener, recordingLog } from "./announcerTestSupport.js";
import { createActionsAnnouncer, type ActionsAnnouncerDeps } from "./actionsAnnouncer.js";
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
  seen.clear();
});

/** What the table sees of each case, as a test sets it (actionsFingerprint.ts in the server). */
const seen = new Map<string, string>();

function announcer(open: DocumentOpener, overrides: Partial<ActionsAnnouncerDeps> = {}) {
  return createActionsAnnouncer({
    store,
    open,
    log: recordingLog(),
    now: () => NOW,
    fingerprint: (caseId) => seen.get(caseId) ?? "",
    quietMs: 1_000,
    maxWaitMs: 5_000,
    ...overrides,
  });
}

describe("announcing changes of a case's actions", () => {
  it("raises the counter in the case's slots of the overleggen under way, once the changes are quiet", async () => {
    const docs = documentsByName();
    const actions = announcer(docs.open);
    seen.set("case_a", "v1");
    actions.changed("case_a");
    await vi.advanceTimersByTimeAsync(999);
    expect(docs.opened()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    // Not the overleg next week (no screen holds it yet), nor the one that ended.
    expect(docs.opened()).toEqual(["meeting/meet_now_a"]);
    expect(docs.revisionOf("meeting/meet_now_a")).toBe(1);
    expect(docs.released()).toBe(1);
  });

  it("gathers a stream of changes into one announcement, at most the longest wait after the first", async () => {
    const docs = documentsByName();
    const actions = announcer(docs.open);
    for (let i = 0; i < 8; i++) {
      seen.set("case_b", `typed ${i}`);
      actions.changed("case_b");
      await vi.advanceTimersByTimeAsync(600);
    }
    // 4.8 s of typing: still quiet-waiting, within the longest wait.
    expect(docs.revisionOf("meeting/meet_now_b")).toBeUndefined();
    actions.changed("case_b");
    await vi.advanceTimersByTimeAsync(200);
    expect(docs.revisionOf("meeting/meet_now_b")).toBe(1);
    // Other cases' slots are not touched.
    expect(docs.revisionOf("meeting/meet_now_a")).toBeUndefined();
  });

  it("announces nothing when what the table sees did not change", async () => {
    const docs = documentsByName();
    const actions = announcer(docs.open);
    seen.set("case_a", "v1");
    actions.changed("case_a");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(docs.revisionOf("meeting/meet_now_a")).toBe(1);
    // Typing elsewhere in the plan: extracted, but the actions are as they were.
    actions.changed("case_a");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(docs.revisionOf("meeting/meet_now_a")).toBe(1);
    seen.set("case_a", "v2");
    actions.changed("case_a");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(docs.revisionOf("meeting/meet_now_a")).toBe(2);
  });

  it("writes nothing for a case on no overleg under way, announces what it gathered when closed, and nothing after", async () => {
    const docs = documentsByName();
    const actions = announcer(docs.open);
    actions.changed("case_elsewhere");
    actions.changed("case_a");
    await actions.close();
    expect(docs.opened()).toEqual(["meeting/meet_now_a"]);
    seen.set("case_a", "later");
    actions.changed("case_a");
    await vi.advanceTimersByTimeAsync(20_000);
    expect(docs.revisionOf("meeting/meet_now_a")).toBe(1);
  });

  it("announces nothing in the slots of a case being destroyed: its slots' documents go", async () => {
    const docs = documentsByName();
    const actions = announcer(docs.open);
    const destroying = { id: "case_a", destroying: { since: NOW.toISOString(), facts: null } };
    vi.spyOn(store.cases, "get").mockReturnValue(destroying as unknown as CaseRecord);
    seen.set("case_a", "v1");
    actions.changed("case_a");
    await actions.flush();
    expect(docs.opened()).toEqual([]);
  });

  it("announces at once on flush", async () => {
    const docs = documentsByName();
    const actions = announcer(docs.open);
    actions.changed("case_a");
    await actions.flush();
    expect(docs.revisionOf("meeting/meet_now_a")).toBe(1);
  });

  it("does not throw when a slot's document cannot be opened, and logs no personal data", async () => {
    const log = recordingLog();
    const actions = announcer(failingOpener, { log });
    actions.changed("case_a");
    await expect(actions.flush()).resolves.toBeUndefined();
    expect(log.warnings).toHaveLength(1);
    expect(JSON.stringify(log.warnings)).not.toContain("Jansen");
  });
});
