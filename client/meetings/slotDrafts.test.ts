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

  it("names the slots in which a draft of the fields asked about was not stored", () => {
    const drafts = new SlotDraftStore();
    drafts.edit("slot-a", "samenvatting", "Goed overleg.");
    drafts.edit("slot-b", "besluit", "Huisbezoek door wijkagent");
    drafts.edit("slot-c", "besluitCorrectie", "Huisbezoek door de wijkagent", "b1");
    drafts.edit("slot-d", "besluit", "Opgeslagen besluit");
    drafts.markSaved("slot-d", "besluit", "Opgeslagen besluit");
    expect(drafts.unsavedSlots(["besluit", "besluitCorrectie"])).toEqual(["slot-b", "slot-c"]);
    expect(drafts.unsavedSlots(["samenvatting"])).toEqual(["slot-a"]);
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

  it("keeps a besluit correction per besluit, unsaved only once it differs from the besluit", () => {
    const drafts = new SlotDraftStore();
    drafts.begin("slot-a", "besluitCorrectie", "Huisbezoek binnen twee weeken", "besluit-1");
    expect(drafts.textOf("slot-a", "besluitCorrectie", "besluit-1")).toBe(
      "Huisbezoek binnen twee weeken",
    );
    expect(drafts.textOf("slot-a", "besluitCorrectie", "besluit-2")).toBeNull();
    expect(drafts.unsavedFields()).toEqual([]);
    drafts.edit("slot-a", "besluitCorrectie", "Huisbezoek binnen twee weken", "besluit-1");
    expect(drafts.textOf("slot-a", "besluitCorrectie", "besluit-1")).toBe(
      "Huisbezoek binnen twee weken",
    );
    expect(drafts.unsavedFields()).toEqual(["besluitCorrectie"]);
  });

  it("remembers the text a correction began from while it is typed, the same draft until it changes", () => {
    const drafts = new SlotDraftStore();
    drafts.begin("slot-a", "besluitCorrectie", "Huisbezoek door wijkagnet", "besluit-1");
    drafts.edit("slot-a", "besluitCorrectie", "Huisbezoek door wijkagent", "besluit-1");
    const draft = drafts.draftOf("slot-a", "besluitCorrectie", "besluit-1");
    expect(draft).toMatchObject({
      text: "Huisbezoek door wijkagent",
      saved: "Huisbezoek door wijkagnet",
    });
    expect(drafts.draftOf("slot-a", "besluitCorrectie", "besluit-1")).toBe(draft);
    expect(drafts.draftOf("slot-a", "besluitCorrectie", "besluit-2")).toBeUndefined();
  });

  it("keeps a besluit correction with an empty text open, and forgets it once discarded", () => {
    const drafts = new SlotDraftStore();
    drafts.begin("slot-a", "besluitCorrectie", "Schuldhulp aanvragen", "besluit-1");
    drafts.edit("slot-a", "besluitCorrectie", "", "besluit-1");
    expect(drafts.textOf("slot-a", "besluitCorrectie", "besluit-1")).toBe("");
    drafts.edit("slot-a", "besluitCorrectie", "Schuldhulp", "besluit-1");
    expect(drafts.unsavedFields()).toEqual(["besluitCorrectie"]);
    let calls = 0;
    drafts.subscribe(() => (calls += 1));
    drafts.discard("slot-a", "besluitCorrectie", "besluit-1");
    expect(drafts.textOf("slot-a", "besluitCorrectie", "besluit-1")).toBeNull();
    expect(drafts.unsavedFields()).toEqual([]);
    expect(calls).toBe(1);
    drafts.discard("slot-a", "besluitCorrectie", "besluit-1");
    expect(calls).toBe(1);
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
