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
}

/** The case's organisations and people, and who is editing. */
export interface ActionItemContext {
  /** Partner organisations of the case (value: organisation id). */
  organisations: readonly Choice[];
  /** The case team, stored as "user:<userId>" when picked; a free-text name is allowed too. */
  people: readonly TeamPerson[];
  /** The signed-in user's id, recorded as completedBy. */
  userId: string;
}
