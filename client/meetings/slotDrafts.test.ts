import { describe, expect, it } from "vitest";
import { SlotDraftStore } from "./slotDrafts.js";

describe("SlotDraftStore", () => {
  it("keeps what was typed per slot and field, and nothing for a field never typed in", () => {
    const drafts = new SlotDraftStore();
    drafts.edit("slot-a", "besluit", "Huisbezoek door wijkagent");
    drafts.edit("slot-b", "besluit", "Schuldhulp aanvragen");
    drafts.edit("slot-a", "samenvatting", "Goed overleg.");
    expect(drafts.textOf("slot-a", "besluit")).toBe("Huisbezoek door wijkagent");
    expect(drafts.textOf("slot-b", "besluit")).toBe("Schuldhulp aanvragen");
    expect(drafts.textOf("slot-a", "samenvatting")).toBe("Goed overleg.");
    expect(drafts.textOf("slot-b", "overdracht")).toBeNull();
  });

  it("names no unsaved field when nothing was typed, or only blank space", () => {
    const drafts = new SlotDraftStore();
    expect(drafts.unsavedFields()).toEqual([]);
    drafts.edit("slot-a", "samenvatting", " \n ");
    expect(drafts.unsavedFields()).toEqual([]);
  });

  it("names every field in which some slot holds text that was not stored", () => {
    const drafts = new SlotDraftStore();
    drafts.edit("slot-a", "samenvatting", "Goed overleg.");
    drafts.markSaved("slot-a", "samenvatting", "Goed overleg.");
    drafts.edit("slot-b", "samenvatting", "Nog te bespreken");
    drafts.edit("slot-a", "besluit", "Huisbezoek door wijkagent");
    expect(drafts.unsavedFields()).toEqual(["samenvatting", "besluit"]);
  });

  it("counts a besluit as stored once recorded and its field emptied", () => {
    const drafts = new SlotDraftStore();
    drafts.edit("slot-a", "besluit", "Huisbezoek door wijkagent");
    expect(drafts.unsavedFields()).toEqual(["besluit"]);
    drafts.edit("slot-a", "besluit", "");
    expect(drafts.unsavedFields()).toEqual([]);
  });

  it("counts a fixed samenvatting as stored, and as unsaved again after a later edit", () => {
    const drafts = new SlotDraftStore();
    drafts.edit("slot-a", "samenvatting", "Goed overleg. ");
    drafts.markSaved("slot-a", "samenvatting", "Goed overleg.");
    expect(drafts.unsavedFields()).toEqual([]);
    drafts.edit("slot-a", "samenvatting", "Goed overleg, met school.");
    expect(drafts.unsavedFields()).toEqual(["samenvatting"]);
  });

  it("tells subscribers of every edit but keeps the same unsaved list while it holds the same fields", () => {
    const drafts = new SlotDraftStore();
    let calls = 0;
    const unsubscribe = drafts.subscribe(() => (calls += 1));
    drafts.edit("slot-a", "besluit", "H");
    const first = drafts.unsavedFields();
    drafts.edit("slot-a", "besluit", "Hu");
    expect(calls).toBe(2);
    expect(drafts.unsavedFields()).toBe(first);
    unsubscribe();
    drafts.edit("slot-a", "besluit", "Hui");
    expect(calls).toBe(2);
  });
});
