import { describe, expect, it } from "vitest";
import type { AttendanceEntry, MeetingDocValue } from "../../shared/docs/meetingDoc.js";
import { slotRecordKey, verslagRevision } from "./liveDocs.js";

function buildLive(overrides: Partial<MeetingDocValue> = {}): MeetingDocValue {
  return {
    currentAgendaItemId: null,
    timerStartedAt: null,
    followChair: false,
    status: null,
    verslagVersion: null,
    planRevision: null,
    signatures: null,
    actionsRevision: null,
    attendance: [],
    besluiten: [],
    ...overrides,
  };
}

function buildMark(userId: string, status: AttendanceEntry["status"], slotId = "slot-a") {
  return { agendaItemId: slotId, userId, status, setBy: "chair", setAt: null };
}

function buildBesluit(id: string, text: string, slotId = "slot-a") {
  return {
    id,
    agendaItemId: slotId,
    text,
    recordedBy: "chair",
    recordedAt: "2030-01-01T10:00:00Z",
  };
}

describe("slotRecordKey", () => {
  it("changes when a besluit is recorded in the slot", () => {
    const before = slotRecordKey(buildLive(), "slot-a");
    const after = slotRecordKey(
      buildLive({ besluiten: [buildBesluit("b1", "Huisbezoek")] }),
      "slot-a",
    );
    expect(after).not.toBe(before);
  });

  it("changes when a besluit in the slot is corrected or withdrawn", () => {
    const recorded = buildBesluit("b1", "Huisbezoek");
    const keys = [
      recorded,
      { ...recorded, text: "Huisbezoek door wijkagent" },
      { ...recorded, withdrawnBy: "chair", withdrawnAt: "2030-01-01T10:05:00Z" },
    ].map((b) => slotRecordKey(buildLive({ besluiten: [b] }), "slot-a"));
    expect(new Set(keys).size).toBe(3);
  });

  it("changes when someone's attendance in the slot changes", () => {
    const present = slotRecordKey(
      buildLive({ attendance: [buildMark("u1", "aanwezig")] }),
      "slot-a",
    );
    const absent = slotRecordKey(buildLive({ attendance: [buildMark("u1", "afwezig")] }), "slot-a");
    expect(absent).not.toBe(present);
  });

  it("ignores what is recorded in other slots", () => {
    const other = buildLive({
      besluiten: [buildBesluit("b1", "Elders", "slot-b")],
      attendance: [buildMark("u1", "aanwezig", "slot-b")],
    });
    expect(slotRecordKey(other, "slot-a")).toBe(slotRecordKey(buildLive(), "slot-a"));
  });

  it("does not depend on the order in which attendance marks are read", () => {
    const marks = [buildMark("u1", "aanwezig"), buildMark("u2", "afgemeld")];
    expect(slotRecordKey(buildLive({ attendance: marks }), "slot-a")).toBe(
      slotRecordKey(buildLive({ attendance: [...marks].reverse() }), "slot-a"),
    );
  });
});

describe("verslagRevision", () => {
  it("changes for a participant when the server announces a fixed version, and not on a besluit", () => {
    const before = verslagRevision(buildLive(), "slot-a", false, false);
    const besluit = buildLive({ besluiten: [buildBesluit("b1", "Huisbezoek")] });
    expect(verslagRevision(besluit, "slot-a", false, false)).toBe(before);
    expect(verslagRevision(buildLive({ verslagVersion: 1 }), "slot-a", false, false)).not.toBe(
      before,
    );
  });

  it("changes for the chair on a besluit, on a fixed version and when the server announces a change of the case", () => {
    const before = verslagRevision(buildLive(), "slot-a", true, false);
    expect(verslagRevision(buildLive({ actionsRevision: 1 }), "slot-a", true, false)).not.toBe(
      before,
    );
    const besluit = buildLive({ besluiten: [buildBesluit("b1", "Huisbezoek")] });
    expect(verslagRevision(besluit, "slot-a", true, false)).not.toBe(before);
    expect(verslagRevision(buildLive({ verslagVersion: 1 }), "slot-a", true, false)).not.toBe(
      before,
    );
  });

  it("is null while the chair's own changes are not stored yet", () => {
    expect(verslagRevision(buildLive(), "slot-a", true, true)).toBeNull();
  });
});
