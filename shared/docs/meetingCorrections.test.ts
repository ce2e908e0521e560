import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  correctAttendanceAfterEnd,
  correctBesluitAfterEnd,
  withdrawBesluitAfterEnd,
} from "./meetingCorrections.js";
import { addBesluit, readMeeting, setAttendance, withdrawBesluit } from "./meetingDoc.js";

const recorded = { by: "u-chair", at: "2026-03-03T13:10:00.000Z" };
const nextDay = { by: "u-chair", at: "2026-03-04T09:00:00.000Z" };
const dayAfter = { by: "u-chair", at: "2026-03-05T09:00:00.000Z" };
const TYPO = "Huisbezoek door wijkagnet";
const FIXED = "Huisbezoek door wijkagent";

/** A slot document with one besluit recorded during the overleg. */
function slotWithBesluit(): Y.Doc {
  const doc = new Y.Doc();
  addBesluit(doc, {
    id: "b1",
    agendaItemId: "slot-1",
    text: TYPO,
    recordedBy: recorded.by,
    recordedAt: recorded.at,
  });
  return doc;
}

const besluitOf = (doc: Y.Doc) => readMeeting(doc).value.besluiten[0];
const markOf = (doc: Y.Doc, userId: string) =>
  readMeeting(doc).value.attendance.find((a) => a.userId === userId);

describe("correcting a besluit after the overleg", () => {
  it("shows the corrected text and keeps the original with who corrected it, when and why", () => {
    const doc = slotWithBesluit();

    const outcome = correctBesluitAfterEnd(
      doc,
      "slot-1",
      "b1",
      { text: FIXED, previousText: TYPO, reason: "typefout" },
      nextDay,
    );

    expect(outcome).toBe("corrected");
    expect(besluitOf(doc)).toMatchObject({
      text: FIXED,
      recordedBy: recorded.by,
      recordedAt: recorded.at,
      correctionAfterEnd: {
        originalText: TYPO,
        by: nextDay.by,
        at: nextDay.at,
        reason: "typefout",
      },
    });
    expect(readMeeting(doc).problems).toEqual([]);
  });

  it("keeps the text the overleg left as the original through a second correction", () => {
    const doc = slotWithBesluit();
    correctBesluitAfterEnd(doc, "slot-1", "b1", { text: FIXED, previousText: TYPO }, nextDay);

    const again = `${FIXED}, binnen een week`;
    expect(
      correctBesluitAfterEnd(doc, "slot-1", "b1", { text: again, previousText: FIXED }, dayAfter),
    ).toBe("corrected");

    expect(besluitOf(doc)?.text).toBe(again);
    expect(besluitOf(doc)?.correctionAfterEnd).toEqual({
      originalText: TYPO,
      by: dayAfter.by,
      at: dayAfter.at,
    });
  });

  it("refuses a correction made on a text that changed since, writing nothing", () => {
    const doc = slotWithBesluit();
    correctBesluitAfterEnd(doc, "slot-1", "b1", { text: FIXED, previousText: TYPO }, nextDay);
    const before = Y.encodeStateVector(doc);

    const outcome = correctBesluitAfterEnd(
      doc,
      "slot-1",
      "b1",
      { text: "Iets anders", previousText: TYPO },
      dayAfter,
    );

    expect(outcome).toBe("stale");
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(besluitOf(doc)?.text).toBe(FIXED);
  });

  it("tells an unknown, another slot's, a withdrawn and an unchanged besluit apart", () => {
    const doc = slotWithBesluit();
    const fix = { text: FIXED, previousText: TYPO };
    expect(correctBesluitAfterEnd(doc, "slot-1", "b-unknown", fix, nextDay)).toBe("notFound");
    expect(correctBesluitAfterEnd(doc, "slot-2", "b1", fix, nextDay)).toBe("notFound");
    expect(
      correctBesluitAfterEnd(doc, "slot-1", "b1", { text: TYPO, previousText: TYPO }, nextDay),
    ).toBe("unchanged");
    withdrawBesluit(doc, "b1", recorded);
    expect(correctBesluitAfterEnd(doc, "slot-1", "b1", fix, nextDay)).toBe("withdrawn");
    expect(besluitOf(doc)?.correctionAfterEnd).toBeUndefined();
  });

  it("reaches another copy of the document as one update", () => {
    const doc = slotWithBesluit();
    const open = new Y.Doc();
    Y.applyUpdate(open, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));

    correctBesluitAfterEnd(doc, "slot-1", "b1", { text: FIXED, previousText: TYPO }, nextDay);
    for (const update of updates) Y.applyUpdate(open, update);

    expect(updates).toHaveLength(1);
    expect(besluitOf(open)?.text).toBe(FIXED);
    expect(besluitOf(open)?.correctionAfterEnd?.originalText).toBe(TYPO);
  });
});

describe("withdrawing a besluit after the overleg", () => {
  it("marks it withdrawn, keeping its text, with who withdrew it, when and why", () => {
    const doc = slotWithBesluit();

    const outcome = withdrawBesluitAfterEnd(
      doc,
      "slot-1",
      "b1",
      { previousText: TYPO, reason: "bij de verkeerde casus vastgelegd" },
      nextDay,
    );

    expect(outcome).toBe("corrected");
    expect(besluitOf(doc)).toMatchObject({
      text: TYPO,
      withdrawnBy: nextDay.by,
      withdrawnAt: nextDay.at,
      withdrawalAfterEnd: {
        by: nextDay.by,
        at: nextDay.at,
        reason: "bij de verkeerde casus vastgelegd",
      },
    });
    expect(readMeeting(doc).problems).toEqual([]);
  });

  it("refuses a withdrawal made on a text that changed since, and a second one, writing nothing", () => {
    const doc = slotWithBesluit();
    correctBesluitAfterEnd(doc, "slot-1", "b1", { text: FIXED, previousText: TYPO }, nextDay);
    const before = Y.encodeStateVector(doc);
    const onTypo = { previousText: TYPO, reason: "vergissing" };
    expect(withdrawBesluitAfterEnd(doc, "slot-1", "b1", onTypo, dayAfter)).toBe("stale");
    expect(withdrawBesluitAfterEnd(doc, "slot-2", "b1", onTypo, dayAfter)).toBe("notFound");
    expect(Y.encodeStateVector(doc)).toEqual(before);

    const onFixed = { previousText: FIXED, reason: "vergissing" };
    expect(withdrawBesluitAfterEnd(doc, "slot-1", "b1", onFixed, dayAfter)).toBe("corrected");
    expect(withdrawBesluitAfterEnd(doc, "slot-1", "b1", onFixed, dayAfter)).toBe("withdrawn");
    expect(
      correctBesluitAfterEnd(doc, "slot-1", "b1", { text: TYPO, previousText: FIXED }, dayAfter),
    ).toBe("withdrawn");
  });

  it.each([
    { serverClient: 1, windowClient: 2 },
    { serverClient: 2, windowClient: 1 },
  ])(
    "keeps the withdrawal when a correction made at the same time on another copy meets it (clients $serverClient, $windowClient)",
    ({ serverClient, windowClient }) => {
      // The client ids decide which of the two entries Yjs puts last, so both orders are run.
      const server = new Y.Doc();
      server.clientID = serverClient;
      Y.applyUpdate(server, Y.encodeStateAsUpdate(slotWithBesluit()));
      const chairWindow = new Y.Doc();
      chairWindow.clientID = windowClient;
      Y.applyUpdate(chairWindow, Y.encodeStateAsUpdate(server));

      const withdrawal = { previousText: TYPO, reason: "vergissing" };
      withdrawBesluitAfterEnd(server, "slot-1", "b1", withdrawal, nextDay);
      correctBesluitAfterEnd(
        chairWindow,
        "slot-1",
        "b1",
        { text: FIXED, previousText: TYPO },
        nextDay,
      );
      Y.applyUpdate(server, Y.encodeStateAsUpdate(chairWindow));
      Y.applyUpdate(chairWindow, Y.encodeStateAsUpdate(server));

      for (const doc of [server, chairWindow]) {
        expect(readMeeting(doc).value.besluiten).toHaveLength(1);
        expect(besluitOf(doc)?.withdrawalAfterEnd?.reason).toBe("vergissing");
      }
    },
  );
});

describe("correcting someone's attendance after the overleg", () => {
  it("sets the new status and keeps the mark the overleg left beside it", () => {
    const doc = new Y.Doc();
    setAttendance(doc, "slot-1", "u-2", "afwezig", recorded);

    const outcome = correctAttendanceAfterEnd(
      doc,
      "slot-1",
      "u-2",
      { status: "aanwezig", previousStatus: "afwezig", reason: "kwam later binnen" },
      nextDay,
    );

    expect(outcome).toBe("corrected");
    expect(markOf(doc, "u-2")).toEqual({
      agendaItemId: "slot-1",
      userId: "u-2",
      status: "aanwezig",
      setBy: nextDay.by,
      setAt: nextDay.at,
      correctionAfterEnd: {
        original: { status: "afwezig", setBy: recorded.by, setAt: recorded.at },
        by: nextDay.by,
        at: nextDay.at,
        reason: "kwam later binnen",
      },
    });
  });

  it("records a mark that was never set, keeping that there was none, through a second correction", () => {
    const doc = new Y.Doc();
    const first = { status: "afgemeld", previousStatus: null } as const;
    expect(correctAttendanceAfterEnd(doc, "slot-1", "u-3", first, nextDay)).toBe("corrected");
    const second = { status: "afwezig", previousStatus: "afgemeld" } as const;
    expect(correctAttendanceAfterEnd(doc, "slot-1", "u-3", second, dayAfter)).toBe("corrected");

    expect(markOf(doc, "u-3")?.status).toBe("afwezig");
    expect(markOf(doc, "u-3")?.correctionAfterEnd).toEqual({
      original: null,
      by: dayAfter.by,
      at: dayAfter.at,
    });
  });

  it("refuses a correction made on a mark that changed since, and one that changes nothing", () => {
    const doc = new Y.Doc();
    setAttendance(doc, "slot-1", "u-2", "aanwezig", recorded);

    const stale = { status: "afgemeld", previousStatus: "afwezig" } as const;
    expect(correctAttendanceAfterEnd(doc, "slot-1", "u-2", stale, nextDay)).toBe("stale");
    const none = { status: "afgemeld", previousStatus: null } as const;
    expect(correctAttendanceAfterEnd(doc, "slot-1", "u-2", none, nextDay)).toBe("stale");
    const same = { status: "aanwezig", previousStatus: "aanwezig" } as const;
    expect(correctAttendanceAfterEnd(doc, "slot-1", "u-2", same, nextDay)).toBe("unchanged");

    expect(markOf(doc, "u-2")).toMatchObject({ status: "aanwezig", setAt: recorded.at });
    expect(markOf(doc, "u-2")?.correctionAfterEnd).toBeUndefined();
  });

  it("still reads a mark whose correction cannot be read, and says so", () => {
    const doc = new Y.Doc();
    doc.getMap("attendance").set("slot-1/u-2", {
      status: "aanwezig",
      setBy: recorded.by,
      setAt: recorded.at,
      correctionAfterEnd: { original: "kapot" },
    });

    const { value, problems } = readMeeting(doc);

    expect(value.attendance[0]).toMatchObject({ status: "aanwezig" });
    expect(value.attendance[0]?.correctionAfterEnd).toBeUndefined();
    expect(problems).toHaveLength(1);
  });
});
