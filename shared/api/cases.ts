/**
 * Requests and responses of the case API, shared by the server's validation and the client's
 * forms and readers. Every message is Dutch and names no personal data (it may be shown or logged).
 */
import { dutchDate } from "../domain/regionTime.js";
import { z } from "zod";
import { isValidBsn } from "../domain/bsn.js";
import {
  CASE_KIND_LABELS,
  CASE_KINDS,
  CaseKindSchema,
  CasePhaseSchema,
  CaseRoleSchema,
  type CaseKind,
} from "../domain/case.js";
import { isIsoDate } from "../domain/dates.js";
import { OrganisationKindSchema } from "../domain/organisation.js";
import { CASEWORK_ROLES, type Role } from "../domain/roles.js";
import { ADVIEZEN, AdviesSchema, OORDELEN, TriageResultSchema } from "../domain/triage.js";
import { AfschalingViewSchema } from "./afschaling.js";
import { CaseRetentionViewSchema } from "./retention.js";

/**
 * "Elke partner kan aanmelden": the roles that may register a case. Not the beheerder (manages
 * accounts, no casework) and not the incidentele deelnemer (an account for one invitation).
 */
export const REGISTERING_ROLES: readonly Role[] = CASEWORK_ROLES;

const required = (what: string) => `Vul ${what} in.`;
const tooLong = (max: number) => `Maximaal ${max} tekens.`;

/** A required free-text field of at most `max` characters (trimmed). */
const text = (what: string, max: number) =>
  z.string(required(what)).trim().min(1, required(what)).max(max, tooLong(max));

/** An optional free-text field; an empty string counts as absent. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, tooLong(max))
    .optional()
    .transform((value) => (value === "" ? undefined : value));

/** The Dutch postcode format: four digits (not starting with 0), optionally a space, two letters. */
const POSTCODE_PATTERN = /^[1-9]\d{3} ?[A-Za-z]{2}$/;

/** Writes a postcode the way the post writes it: "1234 AB". */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return `${compact.slice(0, 4)} ${compact.slice(4)}`;
}

/** One person concerned as the aanmelding form sends it. */
export const BetrokkeneInputSchema = z.object({
  naam: text("de naam", 200),
  geboortedatum: z
    .string(required("de geboortedatum"))
    .min(1, required("de geboortedatum"))
    .refine(isIsoDate, "Vul een geldige geboortedatum in.")
    .refine((value) => value >= "1900-01-01", "De geboortedatum ligt te ver in het verleden.")
    // Today on the Dutch calendar: a child born today is registered in the first hours too.
    .refine((value) => value <= dutchDate(new Date()), "De geboortedatum ligt in de toekomst."),
  bsn: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .refine(
      (value) => value === undefined || isValidBsn(value),
      "Dit is geen geldig BSN: negen cijfers die aan de elfproef voldoen.",
    ),
  adres: optionalText(300),
  postcode: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .refine(
      (value) => value === undefined || POSTCODE_PATTERN.test(value),
      "Vul een postcode in als 1234 AB.",
    )
    .transform((value) => (value === undefined ? undefined : normalisePostcode(value))),
  woonplaats: optionalText(100),
});

/** One person concerned as the form sends it. */
export type BetrokkeneInput = z.input<typeof BetrokkeneInputSchema>;

/** A partner organisation the aanmelder wants at the table, with its contact person. */
export const UitgenodigdePartnerSchema = z.object({
  organisationId: z.string().min(1, "Kies een organisatie."),
  contactpersoon: text("de contactpersoon", 200),
});

/** Largest number of persons concerned in one aanmelding. */
export const MAX_BETROKKENEN = 20;
/** Largest number of partners in one aanmelding. */
export const MAX_PARTNERS = 30;

/** The aanmelding (registration) of a case: `POST /api/cases`. */
export const CaseCreateSchema = z
  .object({
    /** A neutral agenda title; when absent the server suggests one (see `suggestCaseTitle`). */
    title: optionalText(120),
    kind: z.enum(CASE_KINDS, "Kies een soort casusoverleg."),
    gemeente: text("de gemeente", 100),
    betrokkenen: z
      .array(BetrokkeneInputSchema)
      .min(1, "Voeg ten minste één betrokkene toe.")
      .max(MAX_BETROKKENEN, `Maximaal ${MAX_BETROKKENEN} betrokkenen.`),
    reden: text("de reden van aanmelding", 4000),
    verwachting: text("wat u van de partners verwacht", 4000),
    doel: text("het doel van het casusoverleg", 4000),
    partners: z
      .array(UitgenodigdePartnerSchema)
      .max(MAX_PARTNERS, `Maximaal ${MAX_PARTNERS} partners.`),
    betrokkeneGeinformeerd: z.boolean("Geef aan of de betrokkene is geïnformeerd."),
    redenNietGeinformeerd: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (!value.betrokkeneGeinformeerd && value.redenNietGeinformeerd === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["redenNietGeinformeerd"],
        message: "Leg vast waarom de betrokkene niet is geïnformeerd.",
      });
    }
    const seen = new Set<string>();
    value.partners.forEach((partner, index) => {
      if (seen.has(partner.organisationId)) {
        ctx.addIssue({
          code: "custom",
          path: ["partners", index, "organisationId"],
          message: "Deze organisatie staat er al bij.",
        });
      }
      seen.add(partner.organisationId);
    });
  });

/** The aanmelding as the form sends it. */
export type CaseCreateInput = z.input<typeof CaseCreateSchema>;
/** The aanmelding after validation. */
export type CaseCreateRequest = z.output<typeof CaseCreateSchema>;

/** The answer to a successful aanmelding (201). */
export const CaseCreatedSchema = z.object({ id: z.string() });

/** A short, neutral agenda title: initials and kind, e.g. "J.Z. – Casus op Maat". */
export function suggestCaseTitle(naam: string, kind: CaseKind): string {
  const initials = naam
    .split(/[\s-]+/)
    .filter((part) => /^\p{Lu}/u.test(part))
    .map((part) => `${part.charAt(0)}.`)
    .join("");
  return initials === ""
    ? `Casus – ${CASE_KIND_LABELS[kind]}`
    : `${initials} – ${CASE_KIND_LABELS[kind]}`;
}

/** What the aanmelding form can choose from: the region's partner organisations. */
export const AanmeldOptiesSchema = z.object({
  organisations: z.array(
    z.object({ id: z.string(), name: z.string(), kind: OrganisationKindSchema }),
  ),
});

/** What the aanmelding form can choose from. */
export type AanmeldOpties = z.infer<typeof AanmeldOptiesSchema>;

/* ------------------------------------------------------------------ search */

/** Oordeel as the list filters it: a colour, or `open` while the triage has no final colour yet. */
export const LIST_OORDELEN = ["open", ...OORDELEN] as const;

/** Schema for the list's oordeel. */
export const ListOordeelSchema = z.enum(LIST_OORDELEN);

/** The list's oordeel. */
export type ListOordeel = z.infer<typeof ListOordeelSchema>;

/** Columns the list can be sorted on. */
export const CASE_SORT_FIELDS = ["createdAt", "naam", "woonplaats", "gemeente", "phase"] as const;

/** Largest page the search returns. */
export const MAX_PAGE_SIZE = 100;

/**
 * `POST /api/cases/search`. The term is personal data (a name, BSN, postcode or date of birth),
 * which is why it travels in a body and never in a URL.
 */
export const CaseSearchSchema = z.object({
  /** Name (part), BSN (nine digits), postcode (or its first digits) or date of birth dd-mm-jjjj. */
  zoekterm: z.string().trim().max(100, tooLong(100)).default(""),
  fase: z.array(CasePhaseSchema).max(10).default([]),
  oordeel: z.array(ListOordeelSchema).max(4).default([]),
  gemeente: z.string().trim().max(100).optional(),
  regio: z.string().trim().max(100).optional(),
  sort: z
    .object({
      veld: z.enum(CASE_SORT_FIELDS),
      richting: z.enum(["asc", "desc"]),
    })
    .default({ veld: "createdAt", richting: "desc" }),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(25),
});

/** A search as the client sends it. */
export type CaseSearchInput = z.input<typeof CaseSearchSchema>;
/** A search after validation (defaults filled in). */
export type CaseSearchRequest = z.output<typeof CaseSearchSchema>;

/** What identifies a case on every screen: its title, kind, phase and where it belongs. */
const CaseHeaderSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: CaseKindSchema,
  phase: CasePhaseSchema,
  gemeente: z.string(),
  regio: z.string(),
  createdAt: z.string(),
});

/** One row of the searched case list. */
export const CaseListRowSchema = CaseHeaderSchema.extend({
  /** The first person concerned; null when the case has none. */
  naam: z.string().nullable(),
  woonplaats: z.string().nullable(),
  /** How many persons concerned the case has (the row shows the first). */
  betrokkenen: z.number().int().nonnegative(),
  /** Registered and not yet opened by this user. */
  nieuw: z.boolean(),
  oordeel: ListOordeelSchema,
  /** Open triage questions while the triage is being filled in; null otherwise. */
  openVragen: z.number().int().nonnegative().nullable(),
});

/** One row of the searched case list. */
export type CaseListRow = z.infer<typeof CaseListRowSchema>;

/** The answer to a search: one page of rows, the total, and the values the filters offer. */
export const CaseSearchResultSchema = z.object({
  items: z.array(CaseListRowSchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  /** Gemeenten and regio's among the cases this user may see, for the filter menus. */
  gemeenten: z.array(z.string()),
  regios: z.array(z.string()),
});

/** The answer to a search. */
export type CaseSearchResult = z.infer<typeof CaseSearchResultSchema>;

/* ------------------------------------------------------------------ triage decision */

/** `POST /api/cases/:id/triage-besluit`: the procesregisseur's decision after triage. */
export const TriageBesluitSchema = z
  .object({
    besluit: z.enum(ADVIEZEN, "Kies een besluit."),
    toelichting: z.string().trim().max(4000, tooLong(4000)).default(""),
  })
  .superRefine((value, ctx) => {
    // An advies is the advice itself; a referral back needs its reason for the aanmelder.
    if (value.besluit !== "casusoverleg" && value.toelichting === "") {
      ctx.addIssue({
        code: "custom",
        path: ["toelichting"],
        message:
          value.besluit === "advies"
            ? "Schrijf het advies in de toelichting."
            : "Licht toe waarom de casus wordt terugverwezen.",
      });
    }
  });

/** A triage decision as the client sends it. */
export type TriageBesluitInput = z.input<typeof TriageBesluitSchema>;
/** A triage decision after validation. */
export type TriageBesluitRequest = z.output<typeof TriageBesluitSchema>;

/** A stored triage decision as it leaves the server. */
export const TriageBesluitViewSchema = z.object({
  id: z.string(),
  besluit: AdviesSchema,
  toelichting: z.string(),
  /** The engine's outcome the decision was taken on, with its rulesVersion. */
  result: TriageResultSchema,
  rulesVersion: z.string(),
  decidedAt: z.string(),
  decidedBy: z.object({ userId: z.string(), displayName: z.string() }),
});

/** A stored triage decision as it leaves the server. */
export type TriageBesluitView = z.infer<typeof TriageBesluitViewSchema>;

/* ------------------------------------------------------------------ case detail */

/** The small triage summary the server keeps per case (computed from the live documents). */
export const TriageSummarySchema = z.object({
  oordeel: z.enum(OORDELEN),
  voorlopig: z.boolean(),
  advies: AdviesSchema,
  open: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  rulesVersion: z.string(),
  computedAt: z.string(),
});

/** The small triage summary the server keeps per case. */
export type TriageSummary = z.infer<typeof TriageSummarySchema>;

/** The aanmelding as the case page shows it: the aanmelder's question, and for standing partners the intake. */
export const AanmeldingViewSchema = z.object({
  aangemeldDoor: z.object({ displayName: z.string(), organisationName: z.string() }),
  aangemeldOp: z.string(),
  reden: z.string(),
  verwachting: z.string(),
  doel: z.string(),
  /**
   * What the intake and the preparation work with: the partners to invite with their contacts, and
   * whether the person concerned was informed. Null for a guest of an overleg (casePolicy.ts).
   */
  intake: z
    .object({
      partners: z.array(
        z.object({
          organisationId: z.string(),
          organisationName: z.string(),
          contactpersoon: z.string(),
        }),
      ),
      betrokkeneGeinformeerd: z.boolean(),
      redenNietGeinformeerd: z.string().nullable(),
    })
    .nullable(),
});

/** The aanmelding as the case page shows it. */
export type AanmeldingView = z.infer<typeof AanmeldingViewSchema>;

/** `GET /api/cases/:id`: what the case page needs. */
export const CaseDetailSchema = CaseHeaderSchema.extend({
  updatedAt: z.string(),
  /** The caller's access to the case's documents. */
  access: z.enum(["write", "read"]),
  /** True when the caller may record the triage decision now. */
  mayDecideTriage: z.boolean(),
  /** True when the caller may manage the case team (casusteam): add, change and remove members. */
  mayManageTeam: z.boolean(),
  /** True when the caller may prepare the inzageoverzicht of a person concerned (shared/api/inzage.ts). */
  mayExportInzage: z.boolean(),
  /**
   * True when the caller may follow the case's actions (`/casussen/:id/acties`): whoever sees the
   * case as a standing partner; a guest of an overleg reads the case for that sitting only.
   */
  mayViewActions: z.boolean(),
  betrokkenen: z.array(
    z.object({
      id: z.string(),
      naam: z.string(),
      geboortedatum: z.string(),
      bsn: z.string().optional(),
      adres: z.string().optional(),
      postcode: z.string().optional(),
      woonplaats: z.string().optional(),
      /**
       * For the procesregisseur only: the same BSN stands in another case of theirs with another
       * name or date of birth (a mistyped BSN, or a typo in one of the two).
       */
      bsnElsewhereDifferent: z.literal(true).optional(),
    }),
  ),
  participants: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      organisationId: z.string(),
      organisationName: z.string(),
      caseRole: CaseRoleSchema,
      readOnly: z.boolean(),
      /**
       * False once the account may no longer see the case (blocked, or made beheerder): listed,
       * but without access.
       */
      active: z.boolean(),
    }),
  ),
  /**
   * Every organisation's name by id: for an organisation a document names that is no longer among
   * the case's partners (its member moved to another organisation, or left the team), so its
   * triage answer and the actions it carries out still show its name.
   */
  organisationNames: z.record(z.string(), z.string()),
  /** The organisations asked "bekend bij ons" in the triage, as `triageInputFromDocs` wants them. */
  triagePartners: z.array(
    z.object({ id: z.string(), name: z.string(), kind: OrganisationKindSchema }),
  ),
  /** The registration; null for cases created before registrations were recorded. */
  aanmelding: AanmeldingViewSchema.nullable(),
  triageSummary: TriageSummarySchema.nullable(),
  /** The latest triage decision, null while none was taken. */
  triage: TriageBesluitViewSchema.nullable(),
  /** When a closed case will be destroyed, and its extensions; null while the case is open. */
  bewaartermijn: CaseRetentionViewSchema.nullable(),
  /** The latest afschaling recorded; null while none was started. */
  afschaling: AfschalingViewSchema.nullable(),
  /** True when the caller may bring the afschaling up to date or close the case (afschaling.ts). */
  mayChangeAfschaling: z.boolean(),
  /** True when the caller may erase the case as registered in error (caseErasure.ts). */
  mayErase: z.boolean(),
});

/** What the case page needs. */
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
