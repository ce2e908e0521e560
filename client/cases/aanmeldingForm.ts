/**
 * The aanmelding form's state and how it becomes a request. The shared `CaseCreateSchema` is the
 * only judge of what is complete: its Dutch messages are shown beside the fields they name.
 */
import {
  CaseCreateSchema,
  suggestCaseTitle,
  type CaseCreateInput,
  type CaseCreateRequest,
} from "../../shared/api/cases.js";
import type { CaseKind } from "../../shared/domain/case.js";

/** One person concerned in the form; `key` only tells React rows apart. */
export interface BetrokkeneForm {
  key: number;
  naam: string;
  geboortedatum: string;
  bsn: string;
  adres: string;
  postcode: string;
  woonplaats: string;
}

/** One invited partner in the form. */
export interface PartnerForm {
  key: number;
  organisationId: string;
  contactpersoon: string;
}

/** Everything the form holds. Title and gemeente follow suggestions until the user edits them. */
export interface AanmeldingForm {
  title: string;
  titleEdited: boolean;
  kind: CaseKind | "";
  gemeente: string;
  gemeenteEdited: boolean;
  betrokkenen: BetrokkeneForm[];
  reden: string;
  verwachting: string;
  doel: string;
  partners: PartnerForm[];
  geinformeerd: "ja" | "nee" | "";
  redenNietGeinformeerd: string;
}

/** Field errors by path as the schema names it, e.g. `betrokkenen.0.naam`. */
export type FieldErrors = Record<string, string>;

let nextKey = 1;

/** An empty person row. */
export function emptyBetrokkene(): BetrokkeneForm {
  return {
    key: nextKey++,
    naam: "",
    geboortedatum: "",
    bsn: "",
    adres: "",
    postcode: "",
    woonplaats: "",
  };
}

/** An empty partner row. */
export function emptyPartner(): PartnerForm {
  return { key: nextKey++, organisationId: "", contactpersoon: "" };
}

/** The form as it opens. */
export function initialAanmeldingForm(): AanmeldingForm {
  return {
    title: "",
    titleEdited: false,
    kind: "",
    gemeente: "",
    gemeenteEdited: false,
    betrokkenen: [emptyBetrokkene()],
    reden: "",
    verwachting: "",
    doel: "",
    partners: [],
    geinformeerd: "",
    redenNietGeinformeerd: "",
  };
}

/**
 * Whether anything was filled in: a text, a choice, a person or partner row added. The suggested
 * title and gemeente follow from what was typed and count with it.
 */
export function isAanmeldingStarted(form: AanmeldingForm): boolean {
  const { betrokkenen, partners, ...rest } = form;
  const typed = (values: Record<string, unknown>) =>
    Object.entries(values).some(
      ([field, value]) => field !== "key" && typeof value === "string" && value.trim() !== "",
    );
  return (
    typed(rest) ||
    partners.length > 0 ||
    betrokkenen.length > 1 ||
    betrokkenen.some((person) => typed({ ...person }))
  );
}

/** Re-derives the suggested title and gemeente from the first person, unless edited. */
export function withSuggestions(form: AanmeldingForm): AanmeldingForm {
  const first = form.betrokkenen[0];
  const title =
    form.titleEdited || form.kind === "" || !first?.naam.trim()
      ? form.title
      : suggestCaseTitle(first.naam, form.kind);
  const gemeente = form.gemeenteEdited ? form.gemeente : (first?.woonplaats ?? "");
  return { ...form, title, gemeente };
}

/** The request body the form stands for; unanswered choices are left out for the schema to name. */
export function toCaseCreateInput(form: AanmeldingForm): Partial<CaseCreateInput> {
  return {
    title: form.title,
    kind: form.kind === "" ? undefined : form.kind,
    gemeente: form.gemeente,
    betrokkenen: form.betrokkenen.map(({ key: _key, ...person }) => person),
    reden: form.reden,
    verwachting: form.verwachting,
    doel: form.doel,
    partners: form.partners.map(({ key: _key, ...partner }) => partner),
    betrokkeneGeinformeerd: form.geinformeerd === "" ? undefined : form.geinformeerd === "ja",
    redenNietGeinformeerd: form.geinformeerd === "nee" ? form.redenNietGeinformeerd : undefined,
  };
}

/** Validates with the shared schema: the request, or the first error per field. */
export function validateAanmelding(
  form: AanmeldingForm,
): { ok: true; request: CaseCreateRequest } | { ok: false; errors: FieldErrors } {
  const parsed = CaseCreateSchema.safeParse(toCaseCreateInput(form));
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join(".");
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The element id of the field at `path`, so error links can point at it. */
export function fieldId(path: string): string {
  return `aanmelding-${path.replace(/\./g, "-")}`;
}
