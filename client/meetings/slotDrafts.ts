/**
 * What the chair types in a slot's panel (samenvatting, a new besluit, the afschaling's hand-back
 * and toelichting), kept by the room for as long as it is open, per slot and field. A slot's panel
 * unmounts when the chair moves to another agenda item, and text kept in the panel was lost with
 * it. Drafts stay in memory only, never in browser storage (they hold case information); leaving
 * the room while one holds text not stored yet asks first (MeetingRoom).
 */
import { createContext, useContext, useSyncExternalStore } from "react";

/** The free-text fields of a slot's panel whose text the room keeps. */
export const SLOT_DRAFT_FIELDS = [
  "samenvatting",
  "besluit",
  "overdracht",
  "afschalingToelichting",
] as const;

/** One free-text field of a slot's panel. */
export type SlotDraftField = (typeof SLOT_DRAFT_FIELDS)[number];

/** One field's draft: which field, what is typed, and the text last stored from this page. */
interface Draft {
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

  /** What is typed in the field, or null when nothing was typed there since the room opened. */
  textOf(slotId: string, field: SlotDraftField): string | null {
    return this.drafts.get(draftKey(slotId, field))?.text ?? null;
  }

  /** The user typed `text` in the field. */
  edit(slotId: string, field: SlotDraftField, text: string): void {
    this.change(slotId, field, (d) => ({ ...d, text }));
  }

  /** Records that `text` was stored from the field (a besluit recorded, a verslag fixed). */
  markSaved(slotId: string, field: SlotDraftField, text: string): void {
    this.change(slotId, field, (d) => ({ ...d, saved: text }));
  }

  /**
   * The fields, in `SLOT_DRAFT_FIELDS` order, in which some slot holds typed text that was not
   * stored from this page (blank space does not count). The same array until that changes.
   */
  unsavedFields = (): readonly SlotDraftField[] => this.unsaved;

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private change(slotId: string, field: SlotDraftField, update: (d: Draft) => Draft): void {
    const key = draftKey(slotId, field);
    this.drafts.set(key, update(this.drafts.get(key) ?? { field, text: "", saved: "" }));
    this.unsaved = sameFields(this.unsaved, this.findUnsaved());
    for (const listener of this.listeners) listener();
  }

  private findUnsaved(): readonly SlotDraftField[] {
    const fields = new Set<SlotDraftField>();
    for (const { field, text, saved } of this.drafts.values()) {
      if (text.trim() !== "" && text.trim() !== saved.trim()) fields.add(field);
    }
    return SLOT_DRAFT_FIELDS.filter((f) => fields.has(f));
  }
}

/** Slot ids never contain a newline. */
function draftKey(slotId: string, field: SlotDraftField): string {
  return `${field}\n${slotId}`;
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
  /** What is typed, or null when nothing was typed since the room opened. */
  text: string | null;
  edit(text: string): void;
  markSaved(text: string): void;
}

/** The draft of `field` in slot `slotId`, kept by the room this component is in. */
export function useSlotDraft(slotId: string, field: SlotDraftField): SlotDraft {
  const store = useContext(SlotDraftsContext);
  if (store === null) throw new Error("useSlotDraft outside a meeting room");
  const text = useSyncExternalStore(store.subscribe, () => store.textOf(slotId, field));
  return {
    text,
    edit: (typed) => store.edit(slotId, field, typed),
    markSaved: (saved) => store.markSaved(slotId, field, saved),
  };
}

/** The fields in which the room's drafts hold text not stored yet. */
export function useUnsavedSlotDrafts(store: SlotDraftStore): readonly SlotDraftField[] {
  return useSyncExternalStore(store.subscribe, store.unsavedFields);
}
