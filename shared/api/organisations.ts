/**
 * Requests and responses of the organisation API (`/api/organisations`), with which the beheerder
 * keeps the region's partner organisations: police, OM, GGZ, the municipalities and the others
 * accounts belong to and the triage advice names. Messages are Dutch and never repeat what was typed.
 */
import { z } from "zod";
import { normaliseOrganisationName, ORGANISATION_KINDS } from "../domain/organisation.js";

/** The longest name an organisation may have. */
export const ORGANISATION_NAME_MAX = 200;

const name = z
  .string("Vul een naam in.")
  .transform(normaliseOrganisationName)
  .pipe(
    z
      .string()
      .min(1, "Vul een naam in.")
      .max(ORGANISATION_NAME_MAX, `De naam mag hoogstens ${ORGANISATION_NAME_MAX} tekens hebben.`),
  );
const kind = z.enum(ORGANISATION_KINDS, "Kies een soort organisatie.");

/** `POST /api/organisations`: a new partner organisation. */
export const OrganisationCreateSchema = z.object({ name, kind });

/** A new organisation after validation. */
export type OrganisationCreateRequest = z.output<typeof OrganisationCreateSchema>;

/** `PATCH /api/organisations/:id`: a new name, a new kind, or both. */
export const OrganisationChangeSchema = z
  .object({ name: name.optional(), kind: kind.optional() })
  .refine(
    (change) => change.name !== undefined || change.kind !== undefined,
    "Geef ten minste één wijziging op.",
  );

/** A change to an organisation after validation. */
export type OrganisationChangeRequest = z.output<typeof OrganisationChangeSchema>;

/** One organisation as the beheerder sees it, with how many accounts belong to it. */
export const OrganisationViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: kind,
  accounts: z.number(),
});

/** One organisation as the beheerder sees it. */
export type OrganisationView = z.infer<typeof OrganisationViewSchema>;

/** `GET /api/organisations`: every organisation of the region, by name. */
export const OrganisationListSchema = z.object({ organisations: z.array(OrganisationViewSchema) });

/** Every organisation, by name. */
export type OrganisationList = z.infer<typeof OrganisationListSchema>;
