/**
 * Stores the samenvatting the chair is typing on the server, as the concept of the slot's next
 * verslag version: after a short pause in typing, and at once when the panel goes away (the chair
 * moves to another agenda item, or leaves the room). A crashed laptop or a closed tab then loses
 * the last seconds at most, where the room's drafts (`slotDrafts.ts`) live in memory only.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import type { SamenvattingConceptView } from "../../shared/api/meetings.js";
import { errorMessage } from "../api/errorMessage.js";
import { ApiError } from "../api/errors.js";
import { PendingText } from "../case/fields/pendingText.js";
import { saveSamenvattingConcept } from "./meetingsApi.js";
import type { SlotDraft } from "./slotDrafts.js";

/** How long typing pauses before what was typed is stored. */
export const CONCEPT_SAVE_DELAY_MS = 1_500;

const HTTP_CONFLICT = 409;

/** What the panel needs to store the concept and to say how that went. */
export interface ConceptInput {
  meetingId: string;
  slotId: string;
  draft: SlotDraft;
  /** The version the text is for (one above the highest fixed); null until the versions loaded. */
  nextVersion: number | null;
  /** The concept the server holds, from the verslag overview. */
  stored: SamenvattingConceptView | null;
  /** Another version was fixed meanwhile (this text was meant for it): load the overview again. */
  onStale: () => void;
}

/** The concept's state, and what the panel calls when the chair types or fixes the verslag. */
export interface SamenvattingConcept {
  /** When the text in the box was last stored; null while nothing was. */
  savedAt: string | null;
  /** Why the last attempt to store failed (Dutch); null when it did not. */
  failure: string | null;
  /** The chair typed `text`: stored once typing pauses. */
  typed(text: string): void;
  /** Stores what is typed now, after a failure. */
  retry(text: string): void;
  /** The verslag is being fixed with the text: a concept of it is not needed any more. */
  discard(): void;
}

/** Keeps the concept of one slot's samenvatting stored as the chair types it. */
export function useSamenvattingConcept(input: ConceptInput): SamenvattingConcept {
  const { meetingId, slotId } = input;
  // The panel is keyed by its slot (MeetingRoom), so this state belongs to one slot.
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The latest props, read when a save runs (after the pause, or after the panel went away).
  const latest = useRef(input);
  latest.current = input;
  // One save at a time, in the order typed: a slow earlier save never overwrites a later one.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const pending = useMemo(() => {
    const store = (text: string) => {
      const { draft, nextVersion, onStale } = latest.current;
      if (nextVersion === null) return Promise.resolve();
      return saveSamenvattingConcept(meetingId, slotId, {
        samenvatting: text,
        version: nextVersion,
      })
        .then((view) => {
          draft.markSaved(text);
          setSavedAt(view.savedAt);
          setFailure(null);
        })
        .catch((err: unknown) => {
          if (err instanceof ApiError && err.status === HTTP_CONFLICT) onStale();
          else setFailure(errorMessage(err));
        });
    };
    return new PendingText((text) => {
      queue.current = queue.current.then(() => store(text));
    }, CONCEPT_SAVE_DELAY_MS);
  }, [meetingId, slotId]);

  // Gone from the page (another agenda item, another page): what is still unwritten goes now.
  useEffect(() => () => pending.flush(), [pending]);

  return {
    savedAt: savedAt ?? input.stored?.savedAt ?? null,
    failure,
    typed: (text) => pending.change(text),
    retry: (text) => {
      pending.change(text);
      pending.flush();
    },
    discard: () => pending.discard(),
  };
}
