/**
 * The chair's samenvattingen as they are typed, one per case slot, kept by the room for as long as
 * it is open. A slot's panel unmounts when the chair moves to the next agenda item, and a draft
 * kept in the panel was lost with it. Drafts stay in memory only, never in browser storage (they
 * hold case information); leaving the room while one is not fixed in a version asks first.
 */
import { createContext, useCallback, useContext, useMemo, useState } from "react";

/** One slot's draft: what is typed, and the text of the last version fixed from this page. */
export interface SamenvattingDraft {
  text: string;
  fixed: string;
}

/** The drafts of the open room. */
export interface SamenvattingDrafts {
  /** What is typed for the slot (empty when nothing). */
  textOf(slotId: string): string;
  edit(slotId: string, text: string): void;
  /** Records that a version was fixed with `text` as its samenvatting. */
  markFixed(slotId: string, text: string): void;
  /** True while some slot holds typed text that no version fixed from this page holds. */
  unsaved: boolean;
}

/** Whether any draft holds text that was not fixed (blank space does not count). */
export function hasUnfixedDraft(drafts: ReadonlyMap<string, SamenvattingDraft>): boolean {
  for (const { text, fixed } of drafts.values()) {
    if (text.trim() !== "" && text.trim() !== fixed.trim()) return true;
  }
  return false;
}

/** Keeps the drafts of one room; give the result to `SamenvattingDraftsContext`. */
export function useSamenvattingDraftStore(): SamenvattingDrafts {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, SamenvattingDraft>>(new Map());
  const change = useCallback(
    (slotId: string, update: (d: SamenvattingDraft) => SamenvattingDraft) => {
      setDrafts((all) => {
        const next = new Map(all);
        next.set(slotId, update(all.get(slotId) ?? { text: "", fixed: "" }));
        return next;
      });
    },
    [],
  );
  const edit = useCallback(
    (slotId: string, text: string) => change(slotId, (d) => ({ ...d, text })),
    [change],
  );
  const markFixed = useCallback(
    (slotId: string, text: string) => change(slotId, (d) => ({ ...d, fixed: text })),
    [change],
  );
  return useMemo(
    () => ({
      textOf: (slotId: string) => drafts.get(slotId)?.text ?? "",
      edit,
      markFixed,
      unsaved: hasUnfixedDraft(drafts),
    }),
    [drafts, edit, markFixed],
  );
}

/** The drafts of the room around a slot; null outside a room. */
export const SamenvattingDraftsContext = createContext<SamenvattingDrafts | null>(null);

/** The drafts of the room this component is in. */
export function useSamenvattingDrafts(): SamenvattingDrafts {
  const drafts = useContext(SamenvattingDraftsContext);
  if (drafts === null) throw new Error("useSamenvattingDrafts outside a meeting room");
  return drafts;
}
