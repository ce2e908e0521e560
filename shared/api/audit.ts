/**
 * Requests and responses of the audit API (`GET /api/audit`, `GET /api/audit/verify`), shared by
 * the server's validation and the Beheer page. The query string carries ids, an action, dates and
 * numbers only, never a name. The trail names persons and cases by id alone, so the responses do
 * too: the beheerder is no case participant.
 */
import { z } from "zod";
import { AuditActionSchema, type AuditAction } from "../domain/auditAction.js";
import { BsnSchema } from "../domain/bsn.js";
import { IsoDateSchema } from "../domain/dates.js";

/** Entries per page when the query names no `limit`. */
export const AUDIT_PAGE_SIZE = 100;
/** The largest `limit` a query may ask for. */
export const MAX_AUDIT_PAGE_SIZE = 500;

/**
 * An id of the kind `prefix` names (`case_…`, `pers_…`, `user_…`). The prefix is required so that
 * a name typed into an id field is refused by the form and never travels in a query string.
 */
function idOf(prefix: "case" | "pers" | "user") {
  const message = `verwacht een id die begint met ${prefix}_`;
  return z.string({ message }).regex(new RegExp(`^${prefix}_[A-Za-z0-9_-]{1,64}$`), message);
}

/** Most persons one overview covers: the same person in this many cases. */
export const MAX_AUDIT_PERSONS = 50;
const PERSON_ID = "pers_[A-Za-z0-9_-]{1,64}";
const PERSON_IDS = new RegExp(`^${PERSON_ID}(,${PERSON_ID}){0,${MAX_AUDIT_PERSONS - 1}}$`);
const PERSON_IDS_MESSAGE =
  "verwacht een id die begint met pers_, of zulke ids gescheiden door komma's";

/** The person ids of a `subjectId` filter. */
export function personIdsOf(subjectId: string): string[] {
  return subjectId.split(",");
}

/**
 * `POST /api/audit/persons`: the person concerned to find in every case, by BSN and date of
 * birth (in the body: never in a URL or a log line), for the chronological overview of all that
 * was done with their data (NEN 7513). Someone recorded without a BSN (no papers, say) is found by
 * name and date of birth instead, among the persons recorded without one: a name never finds a
 * person who has a BSN. With both, the BSN counts.
 */
export const AuditPersonLookupSchema = z
  .object({
    bsn: z.union([z.literal(""), BsnSchema]).optional(),
    naam: z
      .string("Vul een naam in.")
      .trim()
      .max(200, "De naam mag hoogstens 200 tekens hebben.")
      .optional(),
    geboortedatum: IsoDateSchema,
  })
  .transform((lookup, context): AuditPersonLookup => {
    const { bsn = "", naam = "", geboortedatum } = lookup;
    if (bsn !== "") return { by: "bsn", bsn, geboortedatum };
    if (naam !== "") return { by: "naam", naam, geboortedatum };
    context.addIssue({
      code: "custom",
      path: ["bsn"],
      message: "Vul het BSN in, of voor iemand zonder BSN de naam.",
    });
    return z.NEVER;
  });

/** The person to look up: by BSN, or by name for someone recorded without a BSN. */
export type AuditPersonLookup =
  | { by: "bsn"; bsn: string; geboortedatum: string }
  | { by: "naam"; naam: string; geboortedatum: string };

/** What the lookup form sends. */
export type AuditPersonLookupInput = z.input<typeof AuditPersonLookupSchema>;

/** The person's ids, one per case that holds them (none when no case does). */
export const AuditPersonsSchema = z.object({
  subjectIds: z.array(z.string()),
  cases: z.number().int().nonnegative(),
});

/** The person's ids. */
export type AuditPersons = z.infer<typeof AuditPersonsSchema>;

/** A whole number of at least 1 written in a query string. */
const countParam = z
  .string({ message: "moet een geheel getal van minstens 1 zijn" })
  .regex(/^\d{1,9}$/, "moet een geheel getal van minstens 1 zijn")
  .transform(Number)
  .pipe(z.number().min(1, "moet minstens 1 zijn"));

/** A calendar day; a repeated parameter gets the same message as a malformed one. */
const dayParam = z
  .string({ message: "datum moet een bestaande dag zijn, als jjjj-mm-dd" })
  .pipe(IsoDateSchema);

/**
 * Actions whose `targetId` is a user account: the changes made to it. A `userId` filter finds
 * them for the account changed as well as for the beheerder who changed it.
 */
export const ACCOUNT_TARGET_ACTIONS: readonly AuditAction[] = [
  "account.create",
  "account.update",
  "account.password",
];

/** Whether an entry of `action` names a user account as its target. */
export function targetsAccount(action: string): boolean {
  return (ACCOUNT_TARGET_ACTIONS as readonly string[]).includes(action);
}

/** The filters of the trail; every one is optional and they combine with AND. */
const auditFilterShape = {
  /** Entries about this case, also list reads that showed it. */
  caseId: idOf("case").optional(),
  /**
   * Entries that touched this person's data: a betrokkene id, or several separated by commas (the
   * same person in several cases, as `POST /api/audit/persons` finds them).
   */
  subjectId: z
    .string({ message: PERSON_IDS_MESSAGE })
    .regex(PERSON_IDS, PERSON_IDS_MESSAGE)
    .optional(),
  /** Entries of this user, and changes made to this user's account (see `ACCOUNT_TARGET_ACTIONS`). */
  userId: idOf("user").optional(),
  action: AuditActionSchema.optional(),
  /** First calendar day (yyyy-mm-dd, Dutch time), inclusive. */
  from: dayParam.optional(),
  /** Last calendar day (yyyy-mm-dd, Dutch time), inclusive. */
  to: dayParam.optional(),
};

/** True when the period runs forwards: `to` is not before `from`. */
const periodRunsForwards = (filter: { from?: string | undefined; to?: string | undefined }) =>
  filter.from === undefined || filter.to === undefined || filter.from <= filter.to;
const backwardsPeriod = { path: ["to"], message: "de einddatum ligt voor de begindatum" };

/** The filters of the trail, as the Beheer page's form checks them before it asks. */
export const AuditFilterSchema = z
  .object(auditFilterShape)
  .refine(periodRunsForwards, backwardsPeriod);

/** The filters of the trail. */
export type AuditFilter = z.output<typeof AuditFilterSchema>;

/**
 * `GET /api/audit` query: the filters, and a page of at most `limit` entries, newest first, with a
 * sequence number below `before` (the `nextBefore` of the previous page). An unknown parameter is
 * refused (a mistyped filter must not answer with the whole trail).
 */
export const AuditQuerySchema = z
  .strictObject(
    {
      ...auditFilterShape,
      limit: countParam
        .pipe(z.number().max(MAX_AUDIT_PAGE_SIZE, `mag hoogstens ${MAX_AUDIT_PAGE_SIZE} zijn`))
        .default(AUDIT_PAGE_SIZE),
      before: countParam.optional(),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `onbekend filter: ${issue.keys.join(", ")}`
          : undefined,
    },
  )
  .refine(periodRunsForwards, backwardsPeriod);

/** The parsed audit query. */
export type AuditQuery = z.output<typeof AuditQuerySchema>;

/** `GET /api/audit/export`: the trail under the filters as a CSV file, oldest first. */
export const AUDIT_EXPORT_PATH = "/api/audit/export";

/** Most entries one export holds; a wider selection is refused with the advice to narrow it. */
export const MAX_AUDIT_EXPORT = 50_000;

/** The query of an export: the filters only (no page). */
export const AuditExportQuerySchema = z
  .strictObject(auditFilterShape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `onbekend filter: ${issue.keys.join(", ")}` : undefined,
  })
  .refine(periodRunsForwards, backwardsPeriod);

/** The parsed export query. */
export type AuditExportQuery = z.output<typeof AuditExportQuerySchema>;

/** Who acted, as an entry names them: a user at that moment, or the system. */
export const AuditActorSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("user"),
    userId: z.string(),
    username: z.string(),
    organisationId: z.string(),
    // A string, not the role enum: an old entry keeps the role it was written with.
    role: z.string(),
  }),
  z.object({ kind: z.literal("system"), component: z.string() }),
]);

/** Who acted. */
export type AuditActorView = z.infer<typeof AuditActorSchema>;

/** One audit entry as the API sends it (the stored entry; the hash fields are left to the server). */
export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  // A string, not the action enum, for the same reason as the role.
  action: z.string(),
  actor: AuditActorSchema,
  outcome: z.enum(["allowed", "denied"]),
  caseId: z.string().optional(),
  caseIds: z.array(z.string()).optional(),
  docName: z.string().optional(),
  targetId: z.string().optional(),
  subjectIds: z.array(z.string()),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/** One audit entry. */
export type AuditEntryView = z.infer<typeof AuditEntrySchema>;

/** A line of a month file, by file name and line number (1-based, as an editor counts). */
export const AuditLinePlaceSchema = z.object({
  file: z.string(),
  line: z.number().int(),
});

/** A place in the trail's files. */
export type AuditLinePlace = z.infer<typeof AuditLinePlaceSchema>;

/**
 * Lines that could not be read as entries (not JSON, or not an entry's shape), one after the
 * other in one file: named by their place only, never by what they hold. A run of them is one
 * item however long it is, so a page stays small when a whole stretch of a file is damaged. They
 * cannot be matched against a filter, so every page that passes their place shows them.
 */
export const AuditDamagedLineSchema = AuditLinePlaceSchema.extend({
  /** The line number of the run's last line (`line` is its first; the same for one line). */
  lastLine: z.number().int(),
  /** How many damaged lines the run holds (empty lines between them are not counted). */
  lines: z.number().int().min(1),
  /**
   * The seq of the nearest readable entry after it in the trail (a newer one), or null when none
   * follows: newest first, the line stands after that entry and before every older one.
   */
  newerSeq: z.number().int().nullable(),
});

/** A run of damaged lines of the trail (often one line). */
export type AuditDamagedLine = z.infer<typeof AuditDamagedLineSchema>;

/** `GET /api/audit` response: a page of entries, newest first, and the names of their organisations. */
export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  /** Damaged lines among this page's entries, newest first. */
  damaged: z.array(AuditDamagedLineSchema),
  /** The `before` of the next (older) page; null when this page is the last. */
  nextBefore: z.number().int().nullable(),
  /** Partner organisation names by id, for the organisations of the actors on this page. */
  organisations: z.record(z.string(), z.string()),
});

/** A page of the audit trail. */
export type AuditPage = z.infer<typeof AuditPageSchema>;

/**
 * `GET /api/audit/verify` response: whether the numbering and the hash chain hold, and whether the
 * trail still reaches the head anchored beside it (so that removed newest lines are found too).
 */
export const AuditChainCheckSchema = z.object({
  ok: z.boolean(),
  /** Entries checked (up to the first broken one). */
  checked: z.number().int(),
  /** Sequence number of the first entry that is changed, missing or out of place; null when ok. */
  firstBadSeq: z.number().int().nullable(),
  /** The line where the chain breaks (changed, unreadable or after missing lines); null when none. */
  firstBadLine: AuditLinePlaceSchema.nullable(),
  /** Entries known to be missing there: numbers skipped, or the newest lines up to the anchor. */
  missing: z.object({ fromSeq: z.number().int(), toSeq: z.number().int() }).nullable(),
  /** The newest entry the anchor says was written; null when there is no readable anchor. */
  anchoredSeq: z.number().int().nullable(),
  /** True when the trail ends before the anchored head: its newest lines were removed. */
  newestMissing: z.boolean(),
  /**
   * True when the server signs its anchor (an anchor key is set) and the anchor is not signed with
   * that key: the anchor, and perhaps the trail, was written anew without it.
   */
  anchorUnsigned: z.boolean(),
  /**
   * False when the server has no anchor key (`AUDIT_ANCHOR_KEY`): the check then holds against
   * changes made by hand, not against someone who can write the data directory and computes the
   * chain and its anchor anew.
   */
  anchorKeyed: z.boolean(),
});

/** The outcome of a chain check. */
export type AuditChainCheck = z.infer<typeof AuditChainCheckSchema>;
