/** What an action item's fields may choose from; the plan page passes it to the node. */

/** A choice in a select: the stored value and the Dutch label shown. */
export interface Choice {
  value: string;
  label: string;
}

/** A member of the case team (casusteam), as the "Verantwoordelijke" field offers them. */
export interface TeamPerson {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  /**
   * False once the account was blocked or made beheerder: an action of theirs still shows them
   * (to be handed on), but the field neither suggests them nor takes their name as them.
   */
  active: boolean;
}

/** The case's organisations and people, and who is editing. */
export interface ActionItemContext {
  /** Partner organisations of the case (value: organisation id). */
  organisations: readonly Choice[];
  /** Every organisation's name by id, for an action whose organisation is no longer a partner. */
  organisationNames: Readonly<Record<string, string>>;
  /** The case team, stored as "user:<userId>" when picked; a free-text name is allowed too. */
  people: readonly TeamPerson[];
  /** The signed-in user's id, recorded as completedBy. */
  userId: string;
}

/**
 * The context as the plan editor holds it: one source for the editor's whole life, whose value
 * follows the case (a partner joins the team while the plan is open). The editor is built once per
 * document and user; rebuilding it on each change of the team would drop the caret, what was being
 * typed, and the undo history. Action item views read it with `useActionItemContext`.
 */
export class ActionItemContextSource {
  private readonly listeners = new Set<() => void>();

  constructor(private value: ActionItemContext) {}

  /** The context now. */
  get = (): ActionItemContext => this.value;

  /** Sets the context and tells each view; the same object changes nothing. */
  set(value: ActionItemContext): void {
    if (value === this.value) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
