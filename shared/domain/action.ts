/**
 * Action items of a plan van aanpak: what a partner organisation does, who, by when, and how it
 * ends. The plan document holds them (see shared/docs/planDoc.ts); this is their validated form.
 */
import { z } from "zod";
import { daysBetween, IsoDateSchema, IsoDateTimeSchema } from "./dates.js";
import { LeefgebiedSchema } from "./leefgebied.js";
import { UNKNOWN_USER_NAME } from "./user.js";

/** Stored statuses of an action; "te laat" is derived (see `effectiveActionStatus`). */
export const ACTION_STATUSES = ["open", "in_uitvoering", "afgerond", "vervallen"] as const;

/** Schema for a stored action status. */
export const ActionStatusSchema = z.enum(ACTION_STATUSES);

/** A stored action status. */
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

/** A status as shown: the stored one, or `te_laat` when an unfinished action is past its due date. */
export type EffectiveActionStatus = ActionStatus | "te_laat";

/** Dutch label per shown status. */
export const ACTION_STATUS_LABELS: Record<EffectiveActionStatus, string> = {
  open: "Open",
  in_uitvoering: "In uitvoering",
  afgerond: "Afgerond",
  vervallen: "Vervallen",
  te_laat: "Te laat",
};

/** Kinds of intervention the ZVH connects (domain.md §6): care, or straf/dwang/drang. */
export const ACTION_KINDS = ["zorg", "straf"] as const;

/** Schema for a kind of action. */
export const ActionKindSchema = z.enum(ACTION_KINDS);

/** A kind of action. */
export type ActionKind = z.infer<typeof ActionKindSchema>;

/** Dutch label per kind of action. */
export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
  zorg: "Zorg en ondersteuning",
  straf: "Straf, dwang en drang",
};

/** Prefix that marks `responsible` as a user id rather than a free-text name. */
export const RESPONSIBLE_USER_PREFIX = "user:";

/** Who carries out an action: a user of Casustafel, or a named person without an account. */
export type Responsible = { type: "user"; userId: string } | { type: "name"; name: string };

/** Reads the `responsible` field: "user:<id>" is a user, anything else is a free-text name. */
export function parseResponsible(value: string): Responsible {
  if (value.startsWith(RESPONSIBLE_USER_PREFIX)) {
    return { type: "user", userId: value.slice(RESPONSIBLE_USER_PREFIX.length) };
  }
  return { type: "name", name: value };
}

/** Writes a `Responsible` back into the single string the plan document stores. */
export function formatResponsible(responsible: Responsible): string {
  return responsible.type === "user"
    ? `${RESPONSIBLE_USER_PREFIX}${responsible.userId}`
    : responsible.name;
}

/**
 * The organisation an action moves to when `responsible` becomes its Verantwoordelijke: a user
 * brings their own along, as a Casustafel user works for one organisation and the follow-up reads
 * the organisation as theirs (their organisation's Mijn acties, who of it may change the action).
 * Null when it stays as `current`: a free-text name, a user `organisationOf` cannot place, or a
 * user of that organisation already. The plan editor and the action API both apply it.
 */
export function organisationFollowing(
  responsible: string,
  current: string | null,
  organisationOf: (userId: string) => string | undefined,
): string | null {
  const person = parseResponsible(responsible);
  if (person.type !== "user") return null;
  const organisationId = organisationOf(person.userId);
  if (organisationId === undefined || organisationId === "" || organisationId === current) {
    return null;
  }
  return organisationId;
}

/**
 * The name people read for a stored `responsible`: the user's display name as `displayNameOf`
 * knows it, or the free-text name as said at the table. A user it cannot name (the account is
 * gone) reads as `UNKNOWN_USER_NAME`: every reader shows a name, never "user:<id>".
 */
export function responsibleName(
  stored: string,
  displayNameOf: (userId: string) => string | undefined,
): string {
  const responsible = parseResponsible(stored);
  if (responsible.type === "name") return responsible.name;
  const name = displayNameOf(responsible.userId);
  return name === undefined || name === "" ? UNKNOWN_USER_NAME : name;
}

/** Longest progress note a partner may write (about half a page). */
export const MAX_PROGRESS_NOTE_LENGTH = 1000;

/**
 * Most progress notes one action keeps (weekly notes for years); a longer history belongs in the
 * partner's own file.
 */
export const MAX_PROGRESS_NOTES = 500;

/**
 * Most notes one person adds to one action on one Dutch calendar day: plenty for a day's work, and
 * no one fills an action's history in an afternoon, so that nobody else could add one any more.
 */
export const MAX_PROGRESS_NOTES_PER_DAY = 20;

/**
 * One progress note on an action (voortgang): what happened since it was agreed, written by whoever
 * may change the action, stamped by the server with who and when. Notes are only ever added, and
 * kept by the server beside the plan (server/actions/progressRepository.ts), never in a document an
 * editor writes.
 */
export interface ProgressNote {
  /** When it was written (ISO), by the server's clock. */
  at: string;
  /** User id of the writer. */
  by: string;
  /** At most `MAX_PROGRESS_NOTE_LENGTH` characters. */
  text: string;
}

/** A complete, valid action item. */
export const ActionItemSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  organisationId: z.string().min(1),
  /** "user:<userId>" for a Casustafel user, otherwise the free-text name said at the table. */
  responsible: z.string().min(1),
  dueDate: IsoDateSchema,
  status: ActionStatusSchema,
  kind: ActionKindSchema,
  leefgebied: LeefgebiedSchema.optional(),
  completedAt: IsoDateTimeSchema.optional(),
  completedBy: z.string().min(1).optional(),
  vervallenReden: z.string().min(1).optional(),
});

/** A complete, valid action item. */
export type ActionItem = z.infer<typeof ActionItemSchema>;

/** True when an unfinished action's due date lies before `today` (yyyy-mm-dd). */
export function isActionOverdue(
  action: { status: ActionStatus; dueDate: string },
  today: string,
): boolean {
  if (action.status === "afgerond" || action.status === "vervallen") return false;
  const days = daysBetween(action.dueDate, today);
  return days !== null && days > 0;
}

/** The status to show: `te_laat` for an unfinished action past its due date, else the stored one. */
export function effectiveActionStatus(
  action: { status: ActionStatus; dueDate: string },
  today: string,
): EffectiveActionStatus {
  return isActionOverdue(action, today) ? "te_laat" : action.status;
}
