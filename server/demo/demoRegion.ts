/**
 * The fictional demo region: organisations, accounts and cases. Every name, date and number here is
 * invented; BSNs are the well-known test numbers that pass the elfproef.
 */
import type { CaseKind, CasePhase, CaseRole } from "../../shared/domain/case.js";
import type { OrganisationKind } from "../../shared/domain/organisation.js";
import type { Role } from "../../shared/domain/roles.js";

/** The demo region's name. */
export const DEMO_REGIO = "Regio Westerduin";
/** The password of every demo account. */
export const DEMO_PASSWORD = "demo";

/** Demo organisations, keyed for reference below. */
export const DEMO_ORGANISATIONS: Record<string, { name: string; kind: OrganisationKind }> = {
  zvh: { name: "Zorg- en Veiligheidshuis Westerduin", kind: "zvh" },
  politie: { name: "Politie Basisteam Westerduin", kind: "politie" },
  om: { name: "Openbaar Ministerie Arrondissement Westerduin", kind: "om" },
  reclassering: { name: "Reclassering Westerduin", kind: "reclassering" },
  ggz: { name: "GGZ Duinstreek", kind: "ggz" },
  gemeente: { name: "Gemeente Westerduin", kind: "gemeente" },
  vt: { name: "Veilig Thuis Westerduin", kind: "veilig_thuis" },
  school: { name: "Duinzicht College", kind: "school" },
};

/** Demo accounts (username, name, organisation key, role). */
export const DEMO_USERS: { username: string; displayName: string; org: string; role: Role }[] = [
  { username: "pr.jansen", displayName: "Petra Jansen", org: "zvh", role: "procesregisseur" },
  { username: "cr.bakker", displayName: "Carlos Bakker", org: "politie", role: "casusregisseur" },
  { username: "dn.devries", displayName: "Daan de Vries", org: "ggz", role: "deelnemer" },
  { username: "dn.smit", displayName: "Noor Smit", org: "gemeente", role: "deelnemer" },
  {
    username: "in.school",
    displayName: "Ingrid Schoolmeester",
    org: "school",
    role: "incidenteel",
  },
  { username: "beheer", displayName: "Bram Beheer", org: "zvh", role: "beheerder" },
];

/** A demo case: title, phase, kind, gemeente, a fictional person and the participants. */
export interface DemoCase {
  title: string;
  phase: CasePhase;
  kind: CaseKind;
  gemeente: string;
  person: {
    naam: string;
    geboortedatum: string;
    bsn?: string;
    postcode: string;
    woonplaats: string;
  };
  participants: { username: string; caseRole: CaseRole; readOnly?: boolean }[];
}

/** The demo cases, in different phases. */
export const DEMO_CASES: DemoCase[] = [
  {
    title: "Demo casus A",
    phase: "casusoverleg",
    kind: "casus_op_maat",
    gemeente: "Westerduin",
    person: {
      naam: "Jeroen Zandvoort",
      geboortedatum: "1991-04-12",
      bsn: "111222333",
      postcode: "9999 AA",
      woonplaats: "Westerduin",
    },
    participants: [
      { username: "pr.jansen", caseRole: "procesregisseur" },
      { username: "cr.bakker", caseRole: "casusregisseur" },
      { username: "dn.devries", caseRole: "deelnemer" },
    ],
  },
  {
    title: "Demo casus B",
    phase: "triage",
    kind: "huiselijk_geweld",
    gemeente: "Oosterveld",
    person: {
      naam: "Mila Duinhof",
      geboortedatum: "1987-11-30",
      postcode: "9998 BB",
      woonplaats: "Oosterveld",
    },
    participants: [
      { username: "pr.jansen", caseRole: "procesregisseur" },
      { username: "dn.smit", caseRole: "deelnemer" },
      { username: "in.school", caseRole: "incidenteel", readOnly: true },
    ],
  },
  {
    title: "Demo casus C",
    phase: "uitvoering",
    kind: "pga_top_x",
    gemeente: "Westerduin",
    person: {
      naam: "Rick Helmkruid",
      geboortedatum: "1999-02-03",
      bsn: "123456782",
      postcode: "9999 CC",
      woonplaats: "Westerduin",
    },
    participants: [
      { username: "pr.jansen", caseRole: "procesregisseur" },
      { username: "cr.bakker", caseRole: "casusregisseur" },
      { username: "dn.smit", caseRole: "deelnemer" },
    ],
  },
  {
    title: "Demo casus D",
    phase: "aanmelding",
    kind: "verward_gedrag",
    gemeente: "Oosterveld",
    person: {
      naam: "Sanne Brandaris",
      geboortedatum: "1975-08-21",
      postcode: "9998 DD",
      woonplaats: "Oosterveld",
    },
    participants: [{ username: "dn.smit", caseRole: "deelnemer" }],
  },
];

/** One agenda slot of the demo overleg: a demo case (by title) or a general item. */
export interface DemoAgendaSlot {
  caseTitle?: string;
  title?: string;
  minutes: number;
  invitees: string[];
}

/**
 * The demo overleg: a casusoverleg today, starting at the current hour, with Demo casus A and B.
 * in.school is invited to B only and must sign the geheimhoudingsverklaring first.
 */
export const DEMO_MEETING: {
  title: string;
  kind: "casusoverleg";
  location: string;
  chair: string;
  agenda: DemoAgendaSlot[];
} = {
  title: "Casusoverleg Westerduin",
  kind: "casusoverleg",
  location: "ZVH Westerduin, zaal De Duinpan",
  chair: "pr.jansen",
  agenda: [
    { title: "Opening en mededelingen", minutes: 5, invitees: [] },
    { caseTitle: "Demo casus A", minutes: 30, invitees: ["cr.bakker", "dn.devries"] },
    { caseTitle: "Demo casus B", minutes: 30, invitees: ["dn.smit", "in.school"] },
    { title: "Rondvraag", minutes: 10, invitees: [] },
  ],
};
