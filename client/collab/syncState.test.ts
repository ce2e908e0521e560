import { describe, expect, it } from "vitest";
import { CloseCode } from "../../shared/wire/closeCodes.js";
import { combineSyncStates, lostAccess, syncStateOf, type SyncFacts } from "./syncState.js";

const base: SyncFacts = {
  connection: "connected",
  synced: true,
  everSynced: true,
  unsaved: false,
  saveSlow: false,
  saveOverdue: false,
  closedCode: null,
};

describe("syncStateOf", () => {
  it("says connected once the document is synced", () => {
    expect(syncStateOf(base)).toEqual({ kind: "connected" });
  });

  it("stays connected while a change is on its way for less than a normal save takes", () => {
    expect(syncStateOf({ ...base, unsaved: true })).toEqual({ kind: "connected" });
  });

  it("says saving, not connected, once a change has been on its way longer than a normal save", () => {
    expect(syncStateOf({ ...base, unsaved: true, saveSlow: true })).toEqual({ kind: "saving" });
  });

  it("says not confirmed when a change waited too long over a connection that still looks live", () => {
    expect(syncStateOf({ ...base, unsaved: true, saveSlow: true, saveOverdue: true })).toEqual({
      kind: "unconfirmed",
    });
  });

  it("says reconnecting when the connection dropped and nothing is unsaved", () => {
    expect(syncStateOf({ ...base, connection: "disconnected", synced: false })).toEqual({
      kind: "reconnecting",
    });
  });

  it("says offline with unsaved changes when the connection dropped after local edits", () => {
    expect(
      syncStateOf({ ...base, connection: "connecting", synced: false, unsaved: true }),
    ).toEqual({ kind: "offlineUnsaved" });
  });

  it("says connecting before the first sync", () => {
    expect(
      syncStateOf({ ...base, connection: "connecting", synced: false, everSynced: false }),
    ).toEqual({ kind: "connecting" });
  });

  it("reports a refusal by the server above everything else", () => {
    expect(syncStateOf({ ...base, closedCode: 4403 })).toEqual({ kind: "closed", code: 4403 });
  });
});

describe("lostAccess", () => {
  it("is true for a refusal of access or an ended session, and for nothing else", () => {
    expect(lostAccess({ kind: "closed", code: CloseCode.Forbidden })).toBe(true);
    expect(lostAccess({ kind: "closed", code: CloseCode.Unauthenticated })).toBe(true);
    expect(lostAccess({ kind: "closed", code: CloseCode.RateLimited })).toBe(false);
    expect(lostAccess({ kind: "closed", code: CloseCode.MalformedMessage })).toBe(false);
    expect(lostAccess({ kind: "reconnecting" })).toBe(false);
    expect(lostAccess({ kind: "connected" })).toBe(false);
  });
});

describe("combineSyncStates", () => {
  it("shows the worst state of several documents", () => {
    expect(
      combineSyncStates([
        { kind: "connected" },
        { kind: "offlineUnsaved" },
        { kind: "reconnecting" },
      ]),
    ).toEqual({ kind: "offlineUnsaved" });
    expect(combineSyncStates([{ kind: "connected" }, { kind: "connected" }])).toEqual({
      kind: "connected",
    });
    expect(combineSyncStates([{ kind: "saving" }, { kind: "connected" }])).toEqual({
      kind: "saving",
    });
    expect(combineSyncStates([{ kind: "saving" }, { kind: "unconfirmed" }])).toEqual({
      kind: "unconfirmed",
    });
  });
});
