/**
 * What a page held but the server had not stored when the session was found to be gone (it timed
 * out while the laptop was offline, or while a long form was being filled in): the page goes to
 * login and unmounts, and what was typed would be lost with it. It is kept in this tab's memory
 * only (never in browser storage: it is case information), and given back when the same user,
 * signed in again, opens the page. Another user signing in, or signing out, drops it.
 *
 * Each kind of thing kept has its own `KeptForUser`, made with `keptForUser`; the session follows
 * sign-in and sign-out for all of them at once through `tabMemory`.
 */

/** What one kind of page kept for one user, by name. */
export class KeptForUser<T> {
  private readonly kept = new Map<string, T>();
  private owner: string | null = null;

  /** Someone signed in: what was kept for another user goes. */
  signedIn(userId: string): void {
    if (this.owner !== userId) this.kept.clear();
    this.owner = userId;
  }

  /** The user signed out themselves: nothing is kept for them. */
  signedOut(): void {
    this.kept.clear();
    this.owner = null;
  }

  /** Keeps `value` under `name`, in place of what was kept before; nothing without a user. */
  keep(name: string, value: T): void {
    if (this.owner !== null) this.kept.set(name, value);
  }

  /** What was kept under `name`, once: taking it removes it. */
  take(name: string): T | undefined {
    const value = this.kept.get(name);
    this.kept.delete(name);
    return value;
  }
}

const everything: KeptForUser<unknown>[] = [];
/** Who is signed in on this tab, for a kind made later (a page whose code loads on first use). */
let signedInUser: string | null = null;

/** A new kind of kept thing, which follows the session's sign-in and sign-out. */
export function keptForUser<T>(): KeptForUser<T> {
  const kept = new KeptForUser<T>();
  if (signedInUser !== null) kept.signedIn(signedInUser);
  everything.push(kept);
  return kept;
}

/** This tab's memory as the session drives it. */
export const tabMemory = {
  signedIn(userId: string): void {
    signedInUser = userId;
    for (const kept of everything) kept.signedIn(userId);
  },
  signedOut(): void {
    signedInUser = null;
    for (const kept of everything) kept.signedOut();
  },
};
