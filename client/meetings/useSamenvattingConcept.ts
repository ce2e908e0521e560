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
  /** When the text in the box was last stored for the next version; null while it was not. */
  savedAt: string | null;
  /** Why the last attempt to store failed (Dutch); null when it did not. */
  failure: string | null;
  /** The chair typed `text`: stored once typing pauses. */
  typed(text: string): void;
  /** Stores what the box holds now, at once (after a failure, or a freeze that failed). */
  storeNow(): void;
  /** The verslag is being fixed with the text: a concept of it is not needed any more. */
  discard(): void;
}

/** Keeps the concept of one slot's samenvatting stored as the chair types it. */
export function useSamenvattingConcept(input: ConceptInput): SamenvattingConcept {
  const { meetingId, slotId, nextVersion } = input;
  // The panel is keyed by its slot (MeetingRoom), so this state belongs to one slot. A save
  // counts for the version it was for: once that version is fixed, it says nothing any more.
  const [saved, setSaved] = useState<{ at: string; version: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Set when a save was refused because another version was fixed meanwhile: once the versions
  // are loaded again, the text is stored for the version that is next now.
  const [refusedFor, setRefusedFor] = useState<number | null>(null);
  // The latest props, read when a save runs (after the pause, or after the panel went away).
  const latest = useRef(input);
  latest.current = input;
  // One save at a time, in the order typed: a slow earlier save never overwrites a later one.
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Counts discards: a save started before one is not retried (its text went into a version).
  const discards = useRef(0);

  const pending = useMemo(() => {
    const store = (text: string) => {
      const { draft, nextVersion: version, onStale } = latest.current;
      if (version === null) return Promise.resolve();
      const discarded = discards.current;
      return saveSamenvattingConcept(meetingId, slotId, { samenvatting: text, version })
        .then((view) => {
          draft.markSaved(text);
          setSaved({ at: view.savedAt, version });
          setFailure(null);
        })
        .catch((err: unknown) => {
          if (!(err instanceof ApiError && err.status === HTTP_CONFLICT)) {
            setFailure(errorMessage(err));
          } else if (discards.current === discarded) {
            setRefusedFor(version);
            onStale();
          }
        });
    };
    return new PendingText((text) => {
      queue.current = queue.current.then(() => store(text));
    }, CONCEPT_SAVE_DELAY_MS);
  }, [meetingId, slotId]);

  const storeNow = () => {
    const text = latest.current.draft.text;
    if (text === null) return;
    pending.change(text);
    pending.flush();
  };

  // Refused for a version fixed meanwhile: stored again once the next version is known.
  useEffect(() => {
    if (refusedFor === null || nextVersion === null || nextVersion === refusedFor) return;
    setRefusedFor(null);
    storeNow();
  });

  // Gone from the page (another agenda item, another page): what is still unwritten goes now.
  useEffect(() => () => pending.flush(), [pending]);

  const stored = input.stored?.savedAt ?? null;
  return {
    savedAt: saved !== null && saved.version === nextVersion ? saved.at : stored,
    failure,
    typed: (text) => pending.change(text),
    storeNow,
    discard: () => {
      discards.current += 1;
      pending.discard();
    },
  };
}
