/** Partner organisations that take part in a Zorg- en Veiligheidshuis network. */
import { z } from "zod";

/** Kinds of partner organisation named in the ZVH process documents (domain.md §2). */
export const ORGANISATION_KINDS = [
  "zvh",
  "gemeente",
  "politie",
  "om",
  "rvdk",
  "reclassering",
  "jeugdreclassering",
  "halt",
  "ggz",
  "forensische_ggz",
  "dji",
  "veilig_thuis",
  "slachtofferhulp",
  "verslavingszorg",
  "gi",
  "sociaal_wijkteam",
  "leerplicht",
  "woningcorporatie",
  "school",
  "mee",
  "zsm",
] as const;

/** Schema for a kind of partner organisation. */
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);

/** A kind of partner organisation. */
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

/** Dutch label per organisation kind. */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  zvh: "Zorg- en Veiligheidshuis",
  gemeente: "Gemeente",
  politie: "Politie",
  om: "Openbaar Ministerie",
  rvdk: "Raad voor de Kinderbescherming",
  reclassering: "Reclassering (3RO)",
  jeugdreclassering: "Jeugdreclassering",
  halt: "Bureau Halt",
  ggz: "GGZ",
  forensische_ggz: "Forensische GGZ",
  dji: "Dienst Justitiële Inrichtingen",
  veilig_thuis: "Veilig Thuis",
  slachtofferhulp: "Slachtofferhulp Nederland",
  verslavingszorg: "Verslavingszorg",
  gi: "Gecertificeerde instelling jeugdbescherming",
  sociaal_wijkteam: "Sociaal wijkteam",
  leerplicht: "Leerplicht",
  woningcorporatie: "Woningcorporatie",
  school: "School",
  mee: "MEE",
  zsm: "ZSM",
};

/** A partner organisation in this ZVH region. */
export const OrganisationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  kind: OrganisationKindSchema,
});

/** A partner organisation in this ZVH region. */
export type Organisation = z.infer<typeof OrganisationSchema>;

/**
 * An organisation's name as it is stored and compared: compatibility forms folded (a fullwidth
 * "Ｐolitie" is "Politie"), invisible format characters (a zero-width space) removed and spaces
 * collapsed, so two names that look the same are the same.
 */
export function normaliseOrganisationName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}
