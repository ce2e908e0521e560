/**
 * Edits a document held but the server had not confirmed when the session was found to be gone
 * (it timed out while the laptop was offline, say). The page goes to login and its documents close;
 * what was typed would be lost with them. It is kept here, in this tab's memory only (never in
 * browser storage: it is case information), and given back to the document when the same user,
 * signed in again, opens it: Yjs merges it like any edit made offline. Another user signing in,
 * or signing out, drops it.
 */

/** The kept edits of one tab, per document name, for one user. */
export class UnsavedEdits {
  private readonly edits = new Map<string, Uint8Array>();
  private owner: string | null = null;

  /** Someone signed in: edits kept for another user go. */
  signedIn(userId: string): void {
    if (this.owner !== userId) this.edits.clear();
    this.owner = userId;
  }

  /** The user signed out themselves: nothing is kept for them. */
  signedOut(): void {
    this.edits.clear();
    this.owner = null;
  }

  /** Keeps `state` (a whole-document update) for `docName`, in place of what was kept before. */
  keep(docName: string, state: Uint8Array): void {
    if (this.owner !== null) this.edits.set(docName, state);
  }

  /** The edits kept for `docName`, once: taking them removes them. */
  take(docName: string): Uint8Array | undefined {
    const state = this.edits.get(docName);
    this.edits.delete(docName);
    return state;
  }
}

/** This tab's kept edits. */
export const unsavedEdits = new UnsavedEdits();
