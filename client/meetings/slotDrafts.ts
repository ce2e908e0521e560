/**
 * What the chair types in a slot's panel (samenvatting, a new besluit, a correction of a recorded
 * besluit, the afschaling's hand-back and toelichting), kept by the room for as long as it is
 * open, per slot and field, and per item for a field that belongs to one item of the slot (a
 * correction belongs to one besluit). A slot's panel unmounts when the chair moves to another
 * agenda item, and text kept in the panel was lost with it. Drafts stay in memory only, never in
 * browser storage (they hold case information); leaving the room while one holds text not stored
 * yet asks first (MeetingRoom).
 */
import { createContext, useContext, useSyncExternalStore } from "react";

/** The free-text fields of a slot's panel whose text the room keeps. */
export const SLOT_DRAFT_FIELDS = [
  "samenvatting",
  "besluit",
  "besluitCorrectie",
  "overdracht",
  "afschalingToelichting",
] as const;

/** One free-text field of a slot's panel. */
export type SlotDraftField = (typeof SLOT_DRAFT_FIELDS)[number];

/** One field's draft: which field, what is typed, and the text last stored from this page. */
export interface Draft {
  field: SlotDraftField;
  text: string;
  saved: string;
}

const NOTHING_UNSAVED: readonly SlotDraftField[] = [];

/** The drafts of one open room; components read them through `useSlotDraft`. */
export class SlotDraftStore {
  private readonly drafts = new Map<string, Draft>();
  private readonly listeners = new Set<() => void>();
  private unsaved: readonly SlotDraftField[] = NOTHING_UNSAVED;

  /**
   * What is typed in the field (of item `itemId`, for a field per item), or null when nothing was
   * typed there since the room opened or since the draft was discarded.
   */
  textOf(slotId: string, field: SlotDraftField, itemId = ""): string | null {
    return this.drafts.get(draftKey(slotId, field, itemId))?.text ?? null;
  }

  /**
   * The field's draft as a whole (the same object until it changes), or undefined when nothing
   * was typed there since the room opened or since the draft was discarded.
   */
  draftOf(slotId: string, field: SlotDraftField, itemId = ""): Readonly<Draft> | undefined {
    return this.drafts.get(draftKey(slotId, field, itemId));
  }

  /** The user typed `text` in the field. */
  edit(slotId: string, field: SlotDraftField, text: string, itemId = ""): void {
    this.change(draftKey(slotId, field, itemId), field, (d) => ({ ...d, text }));
  }

  /** Records that `text` was stored from the field (a besluit recorded, a verslag fixed). */
  markSaved(slotId: string, field: SlotDraftField, text: string, itemId = ""): void {
    this.change(draftKey(slotId, field, itemId), field, (d) => ({ ...d, saved: text }));
  }

  /**
   * Starts a draft from text that is stored already (a besluit the chair starts to correct): it
   * holds that text and counts as unsaved only once it differs.
   */
  begin(slotId: string, field: SlotDraftField, stored: string, itemId = ""): void {
    this.change(draftKey(slotId, field, itemId), field, (d) => ({
      ...d,
      text: stored,
      saved: stored,
    }));
  }

  /** Drops the draft (a correction saved or cancelled): the field reads null again. */
  discard(slotId: string, field: SlotDraftField, itemId = ""): void {
    const key = draftKey(slotId, field, itemId);
    if (!this.drafts.delete(key)) return;
    this.changed();
  }

  /**
   * The fields, in `SLOT_DRAFT_FIELDS` order, in which some slot holds typed text that was not
   * stored from this page (blank space does not count). The same array until that changes.
   */
  unsavedFields = (): readonly SlotDraftField[] => this.unsaved;

  /** The slots in which a draft of one of `fields` holds text not stored yet. */
  unsavedSlots(fields: readonly SlotDraftField[]): string[] {
    const slots = new Set<string>();
    for (const [key, draft] of this.drafts) {
      if (fields.includes(draft.field) && isUnsaved(draft)) slots.add(slotOfKey(key));
    }
    return [...slots];
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private change(key: string, field: SlotDraftField, update: (d: Draft) => Draft): void {
    this.drafts.set(key, update(this.drafts.get(key) ?? { field, text: "", saved: "" }));
    this.changed();
  }

  private changed(): void {
    this.unsaved = sameFields(this.unsaved, this.findUnsaved());
    for (const listener of this.listeners) listener();
  }

  private findUnsaved(): readonly SlotDraftField[] {
    const fields = new Set<SlotDraftField>();
    for (const draft of this.drafts.values()) {
      if (isUnsaved(draft)) fields.add(draft.field);
    }
    return SLOT_DRAFT_FIELDS.filter((f) => fields.has(f));
  }
}

/** Slot and item ids never contain a newline. */
function draftKey(slotId: string, field: SlotDraftField, itemId: string): string {
  return `${field}\n${slotId}\n${itemId}`;
}

/** The slot id of a draft's key. */
function slotOfKey(key: string): string {
  return key.split("\n")[1] ?? "";
}

/** Whether a draft holds text that was not stored from this page. */
function isUnsaved({ text, saved }: Draft): boolean {
  return text.trim() !== "" && text.trim() !== saved.trim();
}

/** `next`, or `previous` when both hold the same fields (so subscribers see no change). */
function sameFields(
  previous: readonly SlotDraftField[],
  next: readonly SlotDraftField[],
): readonly SlotDraftField[] {
  if (next.length === 0) return NOTHING_UNSAVED;
  return previous.length === next.length && previous.every((f, i) => f === next[i])
    ? previous
    : next;
}

/** The drafts of the room around a slot; null outside a room. */
export const SlotDraftsContext = createContext<SlotDraftStore | null>(null);

/** One field's draft in the room this component is in. */
export interface SlotDraft {
  /** What is typed, or null when nothing was typed since the room opened (or it was discarded). */
  text: string | null;
  /**
   * The text last stored from this field, or the stored text the draft began from (a besluit's
   * text when its correction began); null while there is no draft.
   */
  saved: string | null;
  edit(text: string): void;
  markSaved(text: string): void;
  begin(stored: string): void;
  discard(): void;
}

/**
 * The draft of `field` in slot `slotId` (of item `itemId` within it, for a field per item), kept
 * by the room this component is in.
 */
export function useSlotDraft(slotId: string, field: SlotDraftField, itemId = ""): SlotDraft {
  const store = useContext(SlotDraftsContext);
  if (store === null) throw new Error("useSlotDraft outside a meeting room");
  const draft = useSyncExternalStore(store.subscribe, () => store.draftOf(slotId, field, itemId));
  return {
    text: draft?.text ?? null,
    saved: draft?.saved ?? null,
    edit: (typed) => store.edit(slotId, field, typed, itemId),
    markSaved: (saved) => store.markSaved(slotId, field, saved, itemId),
    begin: (stored) => store.begin(slotId, field, stored, itemId),
    discard: () => store.discard(slotId, field, itemId),
  };
}

/** The fields in which the room's drafts hold text not stored yet. */
export function useUnsavedSlotDrafts(store: SlotDraftStore): readonly SlotDraftField[] {
  return useSyncExternalStore(store.subscribe, store.unsavedFields);
}
