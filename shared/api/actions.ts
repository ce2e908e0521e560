/**
 * Requests and responses of the action API (`/api/actions`, `/api/cases/:id/actions`,
 * `/api/signals`), shared by the server's validation and the client's readers. Query strings
 * carry ids and enums only, never personal data.
 */
import { z } from "zod";
import { ACTION_KINDS, ACTION_STATUSES, MAX_PROGRESS_NOTE_LENGTH } from "../domain/action.js";
import { isIsoDate } from "../domain/dates.js";
import { LEEFGEBIEDEN } from "../domain/leefgebied.js";

/** Statuses a filter or a view can name: the stored ones plus the derived `te_laat`. */
export const EFFECTIVE_ACTION_STATUSES = [...ACTION_STATUSES, "te_laat"] as const;

/** Largest "due within N days" a filter accepts. */
export const MAX_DUE_WITHIN_DAYS = 366;

const flag = z
  .enum(["true", "false"])
  .optional()
  .transform((value) => value === "true");

/** An id as it appears in a path or query string. */
const idParam = z.string().min(1).max(200);

/** `GET /api/actions` query: every filter is optional and they combine with AND. */
export const ActionListQuerySchema = z.object({
  /** `me`: actions whose responsible person is the caller. */
  assignee: z.literal("me").optional(),
  organisationId: idParam.optional(),
  /** `mine`: actions of the caller or of the caller's organisation (the Mijn acties page). */
  scope: z.enum(["mine", "all"]).optional(),
  caseId: idParam.optional(),
  /** Comma-separated statuses, e.g. `open,te_laat`. */
  status: z
    .string()
    .max(100)
    .optional()
    .transform((value) => (value ? value.split(",").filter((s) => s !== "") : []))
    .pipe(z.array(z.enum(EFFECTIVE_ACTION_STATUSES))),
  overdue: flag,
  dueWithinDays: z.coerce.number().int().min(0).max(MAX_DUE_WITHIN_DAYS).optional(),
  onvolledig: flag,
  /** Also return actions removed from the plan (`verwijderd uit plan`). */
  includeRemoved: flag,
});

/** The parsed action list query. */
export type ActionListQuery = z.output<typeof ActionListQuerySchema>;

/** `PATCH /api/actions/:id`: a status change and/or a new due date or responsible person. */
export const ActionPatchSchema = z
  .object({
    status: z.enum(ACTION_STATUSES).optional(),
    vervallenReden: z.string().trim().max(500, "Maximaal 500 tekens.").optional(),
    dueDate: z.string().refine(isIsoDate, "Vul een geldige datum in (jjjj-mm-dd).").optional(),
    /** "user:<userId>" or a free-text name, as the plan stores it. */
    responsible: z.string().trim().min(1, "Vul een verantwoordelijke in.").max(200).optional(),
  })
  .superRefine((value, ctx) => {
    if (
      value.status === undefined &&
      value.dueDate === undefined &&
      value.responsible === undefined
    ) {
      ctx.addIssue({ code: "custom", path: ["status"], message: "Geef een wijziging op." });
    }
    if (value.status === "vervallen" && !value.vervallenReden) {
      ctx.addIssue({
        code: "custom",
        path: ["vervallenReden"],
        message: "Geef een reden waarom de actie vervalt.",
      });
    }
  });

/** A parsed action change. */
export type ActionPatch = z.output<typeof ActionPatchSchema>;

/**
 * Whether a character is a control a note has no use for: C0 controls other than tab and newline, DEL, the C1
 * block, and the bidirectional overrides and isolates, which would turn the text after them around
 * on every screen and in the inzageoverzicht.
 */
function isUnwantedControl(code: number): boolean {
  return (
    (code <= 0x1f && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Anything a reader sees: a letter, digit, punctuation or symbol. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/**
 * A note as it is kept: line ends as newlines (also the separators some programs paste), the
 * unwanted controls left out, no blank lines around it.
 */
export function cleanProgressNote(text: string): string {
  const lines = text.replace(/\r\n?|[\u2028\u2029]/g, "\n");
  return [...lines]
    .filter((char) => !isUnwantedControl(char.codePointAt(0) ?? 0))
    .join("")
    .trim();
}

/** `POST /api/actions/:id/voortgang`: a progress note to add to the action. */
export const ActionProgressInputSchema = z.object({
  voortgang: z
    .string()
    // Room for what cleaning leaves out, but no megabyte is taken apart first.
    .max(MAX_PROGRESS_NOTE_LENGTH * 4, `Maximaal ${MAX_PROGRESS_NOTE_LENGTH} tekens.`)
    .transform(cleanProgressNote)
    .pipe(
      z
        .string()
        .max(MAX_PROGRESS_NOTE_LENGTH, `Maximaal ${MAX_PROGRESS_NOTE_LENGTH} tekens.`)
        .refine((text) => VISIBLE.test(text), "Schrijf wat er is gebeurd."),
    ),
});

/** A parsed progress note to add. */
export type ActionProgressInput = z.output<typeof ActionProgressInputSchema>;

/** A user as an action view names them. */
export const ActionPersonSchema = z.object({ userId: z.string(), displayName: z.string() });

/** One progress note as the API shows it: when, by whom (by name), and what. */
export const ProgressNoteViewSchema = z.object({
  at: z.string(),
  by: ActionPersonSchema,
  text: z.string(),
});

/** Who carries out an action: a Casustafel user or a named person without an account. */
export const ActionResponsibleViewSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("user"),
    userId: z.string(),
    displayName: z.string(),
    /**
     * False once the account may no longer see the case's actions (blocked, or made beheerder):
     * the action must be handed on.
     */
    active: z.boolean(),
  }),
  z.object({ type: z.literal("name"), name: z.string() }),
]);

/** One action as the API shows it. */
export const ActionViewSchema = z.object({
  /** `<caseId>~<nodeId>`; encode it when putting it in a path. */
  id: z.string(),
  caseId: z.string(),
  caseTitle: z.string(),
  text: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  responsible: ActionResponsibleViewSchema.nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES).nullable(),
  effectiveStatus: z.enum(EFFECTIVE_ACTION_STATUSES).nullable(),
  kind: z.enum(ACTION_KINDS).nullable(),
  leefgebied: z.enum(LEEFGEBIEDEN).nullable(),
  completedAt: z.string().nullable(),
  completedBy: ActionPersonSchema.nullable(),
  vervallenReden: z.string().nullable(),
  /** How many progress notes the action has; `GET /api/actions/:id/voortgang` lists them. */
  progressCount: z.number(),
  /** The newest progress note, if any. */
  lastProgress: ProgressNoteViewSchema.nullable(),
  onvolledig: z.boolean(),
  problems: z.array(z.string()),
  firstSeenAt: z.string(),
  lastChangedAt: z.string(),
  lastChangedBy: z.array(ActionPersonSchema),
  /** Set when the action was deleted from the plan (`verwijderd uit plan`). */
  removed: z.object({ at: z.string(), by: z.array(ActionPersonSchema) }).nullable(),
  score: z.object({
    score: z.number(),
    label: z.enum(["hoog", "middel", "laag"]),
    reasons: z.array(z.string()),
  }),
  /** Whether the caller may change this action or add progress (policy answer, for the UI). */
  mayChange: z.boolean(),
});

/** One action as the API shows it. */
export type ActionView = z.infer<typeof ActionViewSchema>;

/** One progress note as the API shows it. */
export type ProgressNoteView = z.infer<typeof ProgressNoteViewSchema>;

/** `GET /api/actions/:id/voortgang`: every progress note of the action, oldest first. */
export const ActionProgressListSchema = z.object({ notes: z.array(ProgressNoteViewSchema) });

/** `GET /api/actions/:id/voortgang`. */
export type ActionProgressList = z.infer<typeof ActionProgressListSchema>;

/** `GET /api/actions`. */
export const ActionListSchema = z.object({ actions: z.array(ActionViewSchema) });

/** `GET /api/actions`. */
export type ActionList = z.infer<typeof ActionListSchema>;

/** Who is behind on a case: a responsible person (or organisation) and their overdue count. */
export const BehindEntrySchema = z.object({ who: z.string(), overdue: z.number() });

/** `GET /api/cases/:id/actions`: every action of a case with its progress. */
export const CaseActionsSchema = z.object({
  caseId: z.string(),
  /** The case's title, so the page says whose actions these are. */
  caseTitle: z.string(),
  actions: z.array(ActionViewSchema),
  progress: z.object({ afgerond: z.number(), totaal: z.number(), teLaat: z.number() }),
  behind: z.array(BehindEntrySchema),
});

/** `GET /api/cases/:id/actions`. */
export type CaseActions = z.infer<typeof CaseActionsSchema>;

/** Kinds of in-app signal. */
export const SIGNAL_KINDS = ["actie_te_laat"] as const;

/** One in-app signal (notification); never sent outside the application. */
export const SignalViewSchema = z.object({
  id: z.string(),
  kind: z.enum(SIGNAL_KINDS),
  createdAt: z.string(),
  read: z.boolean(),
  /**
   * Nothing is left to do about it: the action was finished, lapsed or removed, or its case closed.
   * Not counted as unread.
   */
  settled: z.boolean(),
  action: ActionViewSchema.nullable(),
});

/** One in-app signal. */
export type SignalView = z.infer<typeof SignalViewSchema>;

/** `GET /api/signals`. */
export const SignalListSchema = z.object({
  /** Signals neither read nor settled. */
  unread: z.number(),
  signals: z.array(SignalViewSchema),
});

/** `GET /api/signals`. */
export type SignalList = z.infer<typeof SignalListSchema>;

/** Joins a case id and an action's node id into the API's action id. */
export function actionApiId(caseId: string, key: string): string {
  return `${caseId}~${key}`;
}

/** Splits an API action id into case id and node key; null when it is not one. */
export function parseActionApiId(id: string): { caseId: string; key: string } | null {
  const at = id.indexOf("~");
  if (at <= 0 || at === id.length - 1) return null;
  return { caseId: id.slice(0, at), key: id.slice(at + 1) };
}
