/**
 * Progress notes on actions (voortgang), kept by the server in the metadata store, beside the plan
 * van aanpak and not in it: the plan's editors write its document, and a note's who and when must
 * be the server's, so no editor can add, change or delete one. Notes are only ever added; a case's
 * notes go when the case is destroyed. Read per action for every action listed, so they are also
 * kept by case in memory.
 */
import type { ActionProgressRecord, Persist, StoreData } from "../store/schema.js";

/** Reads and appends progress notes. */
export class ProgressRepository {
  private readonly byCase = new Map<string, ActionProgressRecord[]>();

  constructor(
    private readonly data: StoreData,
    private readonly persist: Persist,
  ) {
    for (const note of data.actionProgress) this.remember(note);
  }

  /** The notes on one action of a case, oldest first. */
  of(caseId: string, actionKey: string): ActionProgressRecord[] {
    return this.ofCase(caseId).filter((note) => note.actionKey === actionKey);
  }

  /** Every note of a case, oldest first. */
  ofCase(caseId: string): ActionProgressRecord[] {
    return [...(this.byCase.get(caseId) ?? [])];
  }

  /** Appends a note, in memory at once (a check made just before it counts it), then on disk. */
  add(note: ActionProgressRecord): Promise<void> {
    const stored = { ...note };
    this.data.actionProgress.push(stored);
    this.remember(stored);
    return this.persist();
  }

  /** Drops a case's notes without writing (the caller writes once); returns how many. */
  forgetCaseUnsaved(caseId: string): number {
    const before = this.data.actionProgress.length;
    this.data.actionProgress = this.data.actionProgress.filter((n) => n.caseId !== caseId);
    this.byCase.delete(caseId);
    return before - this.data.actionProgress.length;
  }

  private remember(note: ActionProgressRecord): void {
    const notes = this.byCase.get(note.caseId);
    if (notes) notes.push(note);
    else this.byCase.set(note.caseId, [note]);
  }
}
