import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addBesluit,
  MEETING_DOC_KEYS,
  readMeeting,
  setAttendance,
  setCurrentAgendaItem,
  setFollowChair,
  setMeetingStatus,
  setTimer,
  setVerslagVersion,
} from "./meetingDoc.js";

const stamp = { by: "u-chair", at: "2025-03-01T14:00:00.000Z" };

describe("meeting document", () => {
  it("reads an empty meeting as nothing selected and not following the chair", () => {
    expect(readMeeting(new Y.Doc())).toEqual({
      value: {
        currentAgendaItemId: null,
        timerStartedAt: null,
        followChair: false,
        status: null,
        verslagVersion: null,
        attendance: [],
        besluiten: [],
      },
      problems: [],
    });
  });

  it("reads back the current slot, timer, follow-chair, announced status, attendance and besluiten", () => {
    const doc = new Y.Doc();
    setCurrentAgendaItem(doc, "slot-1");
    setTimer(doc, stamp.at);
    setFollowChair(doc, true);
    setMeetingStatus(doc, "bezig");
    setAttendance(doc, "slot-1", "u-2", "aanwezig", stamp);
    const besluit = {
      id: "b1",
      agendaItemId: "slot-1",
      text: "Casusregisseur wordt het wijkteam.",
      recordedBy: "u-chair",
      recordedAt: stamp.at,
    };
    addBesluit(doc, besluit);
    const { value, problems } = readMeeting(doc);
    expect(problems).toEqual([]);
    expect(value).toEqual({
      currentAgendaItemId: "slot-1",
      timerStartedAt: stamp.at,
      followChair: true,
      status: "bezig",
      verslagVersion: null,
      attendance: [
        {
          agendaItemId: "slot-1",
          userId: "u-2",
          status: "aanwezig",
          setBy: "u-chair",
          setAt: stamp.at,
        },
      ],
      besluiten: [besluit],
    });
    setTimer(doc, null);
    setCurrentAgendaItem(doc, null);
    expect(readMeeting(doc).value).toMatchObject({
      currentAgendaItemId: null,
      timerStartedAt: null,
    });
  });

  it("reads the latest verslag version announced, also when announcements arrive out of order", () => {
    const doc = new Y.Doc();
    setVerslagVersion(doc, 2);
    setVerslagVersion(doc, 1);
    expect(readMeeting(doc).value.verslagVersion).toBe(2);
    doc.getMap(MEETING_DOC_KEYS.state).set("verslagVersion", "3");
    expect(readMeeting(doc).value.verslagVersion).toBeNull();
  });

  it("keeps attendance marked by two people in the same new slot at once", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setAttendance(a, "slot-2", "u-a", "aanwezig", stamp);
    setAttendance(b, "slot-2", "u-b", "afgemeld", stamp);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(
      readMeeting(a)
        .value.attendance.map((e) => e.userId)
        .sort(),
    ).toEqual(["u-a", "u-b"]);
  });

  it("skips and reports unreadable attendance and besluiten", () => {
    const doc = new Y.Doc();
    doc.getMap(MEETING_DOC_KEYS.attendance).set("zonder-scheiding", { status: "aanwezig" });
    doc.getMap(MEETING_DOC_KEYS.attendance).set("s/u", { status: "slaapt" });
    doc.getArray(MEETING_DOC_KEYS.besluiten).push([{ text: "half" }, "los", null]);
    const { value, problems } = readMeeting(doc);
    expect(value.attendance).toEqual([]);
    expect(value.besluiten).toEqual([]);
    expect(problems).toHaveLength(5);
  });
});
