import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addBesluit,
  bumpActionsRevision,
  correctBesluit,
  MEETING_DOC_KEYS,
  readMeeting,
  setAttendance,
  setCurrentAgendaItem,
  setFollowChair,
  setMeetingStatus,
  setPlanRevision,
  setSignatureCount,
  setTimer,
  setVerslagVersion,
  withdrawBesluit,
} from "./meetingDoc.js";

const stamp = { by: "u-chair", at: "2025-03-01T14:00:00.000Z" };
const later = { by: "u-chair", at: "2025-03-01T14:05:00.000Z" };

function buildBesluit(id: string, text: string, agendaItemId = "slot-1") {
  return { id, agendaItemId, text, recordedBy: "u-chair", recordedAt: stamp.at };
}

/** Sends each document's updates to the other. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(a, fromB);
  Y.applyUpdate(b, fromA);
}

describe("meeting document", () => {
  it("reads an empty meeting as nothing selected and not following the chair", () => {
    expect(readMeeting(new Y.Doc())).toEqual({
      value: {
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
      planRevision: null,
      signatures: null,
      actionsRevision: null,
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

  it("reads the latest plan revision announced, also when announcements arrive out of order", () => {
    const doc = new Y.Doc();
    setPlanRevision(doc, 3);
    setPlanRevision(doc, 2);
    expect(readMeeting(doc).value.planRevision).toBe(3);
    doc.getMap(MEETING_DOC_KEYS.state).set("planRevision", -1);
    expect(readMeeting(doc).value.planRevision).toBeNull();
  });

  it("reads the highest signature count announced, never a lower one that arrives later", () => {
    const doc = new Y.Doc();
    setSignatureCount(doc, 2);
    setSignatureCount(doc, 1);
    expect(readMeeting(doc).value.signatures).toBe(2);
    doc.getMap(MEETING_DOC_KEYS.state).set("signatures", 1.5);
    expect(readMeeting(doc).value.signatures).toBeNull();
  });

  it("counts each announced change of the case's actions, starting from none", () => {
    const doc = new Y.Doc();
    expect(readMeeting(doc).value.actionsRevision).toBeNull();
    bumpActionsRevision(doc);
    bumpActionsRevision(doc);
    expect(readMeeting(doc).value.actionsRevision).toBe(2);
    doc.getMap(MEETING_DOC_KEYS.state).set("actionsRevision", "veel");
    bumpActionsRevision(doc);
    expect(readMeeting(doc).value.actionsRevision).toBe(1);
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

describe("correcting and withdrawing besluiten", () => {
  it("corrects a besluit's text in its place and records who did and when", () => {
    const doc = new Y.Doc();
    addBesluit(doc, buildBesluit("b1", "Huisbezoek binnen twee weeken"));
    addBesluit(doc, buildBesluit("b2", "Casusregisseur wordt het wijkteam."));
    expect(correctBesluit(doc, "b1", "Huisbezoek binnen twee weken", later)).toBe(true);
    const { value, problems } = readMeeting(doc);
    expect(problems).toEqual([]);
    expect(value.besluiten).toEqual([
      {
        ...buildBesluit("b1", "Huisbezoek binnen twee weken"),
        correctedBy: later.by,
        correctedAt: later.at,
      },
      buildBesluit("b2", "Casusregisseur wordt het wijkteam."),
    ]);
  });

  it("withdraws a besluit, keeping it marked, and then refuses to correct it", () => {
    const doc = new Y.Doc();
    addBesluit(doc, buildBesluit("b1", "Huisbezoek"));
    expect(withdrawBesluit(doc, "b1", later)).toBe(true);
    expect(correctBesluit(doc, "b1", "Toch iets anders", stamp)).toBe(false);
    expect(readMeeting(doc).value.besluiten).toEqual([
      { ...buildBesluit("b1", "Huisbezoek"), withdrawnBy: later.by, withdrawnAt: later.at },
    ]);
  });

  it("writes nothing for an unknown id, an empty text or the same text", () => {
    const doc = new Y.Doc();
    addBesluit(doc, buildBesluit("b1", "Huisbezoek"));
    const before = Y.encodeStateVector(doc);
    expect(correctBesluit(doc, "onbekend", "Tekst", later)).toBe(false);
    expect(withdrawBesluit(doc, "onbekend", later)).toBe(false);
    expect(correctBesluit(doc, "b1", "", later)).toBe(false);
    expect(correctBesluit(doc, "b1", "x".repeat(2001), later)).toBe(false);
    expect(correctBesluit(doc, "b1", "Huisbezoek", later)).toBe(true);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it("finds the besluit by id while someone else inserts one before it", () => {
    const a = new Y.Doc();
    addBesluit(a, buildBesluit("b1", "Eerste"));
    const b = new Y.Doc();
    exchange(a, b);
    b.getArray(MEETING_DOC_KEYS.besluiten).insert(0, [buildBesluit("b0", "Ervoor")]);
    exchange(a, b);
    expect(correctBesluit(a, "b1", "Eerste, verbeterd", later)).toBe(true);
    exchange(a, b);
    expect(readMeeting(b).value.besluiten.map((x) => x.text)).toEqual([
      "Ervoor",
      "Eerste, verbeterd",
    ]);
  });

  it("converges when two copies correct the same besluit at once, and one entry remains after the next change", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addBesluit(a, buildBesluit("b1", "Origineel"));
    addBesluit(a, buildBesluit("b2", "Daarna"));
    exchange(a, b);
    correctBesluit(a, "b1", "Versie A", later);
    correctBesluit(b, "b1", "Versie B", later);
    exchange(a, b);
    const seenByA = readMeeting(a).value.besluiten;
    expect(readMeeting(b).value.besluiten).toEqual(seenByA);
    expect(seenByA.map((x) => x.id)).toEqual(["b1", "b2"]);
    expect(["Versie A", "Versie B"]).toContain(seenByA[0]?.text);

    correctBesluit(a, "b1", "Definitief", later);
    exchange(a, b);
    expect(b.getArray(MEETING_DOC_KEYS.besluiten).length).toBe(2);
    expect(readMeeting(b).value.besluiten.map((x) => x.text)).toEqual(["Definitief", "Daarna"]);
  });

  it("keeps a withdrawal made at the same time as a correction", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addBesluit(a, buildBesluit("b1", "Origineel"));
    exchange(a, b);
    withdrawBesluit(a, "b1", later);
    correctBesluit(b, "b1", "Verbeterd", later);
    exchange(a, b);
    expect(readMeeting(a).value.besluiten).toEqual(readMeeting(b).value.besluiten);
    expect(readMeeting(a).value.besluiten).toMatchObject([{ id: "b1", withdrawnBy: later.by }]);
  });

  it("reads an older besluit without correction or withdrawal fields as standing", () => {
    const doc = new Y.Doc();
    doc.getArray(MEETING_DOC_KEYS.besluiten).push([buildBesluit("oud", "Van voor de correcties")]);
    const [read] = readMeeting(doc).value.besluiten;
    expect(read).toEqual(buildBesluit("oud", "Van voor de correcties"));
    expect(read?.withdrawnBy).toBeUndefined();
  });
});
