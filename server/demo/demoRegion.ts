/**
 * The fictional demo region: organisations, accounts and cases. Every name, date and number here is
 * invented; BSNs are the well-known test numbers that pass the elfproef.
 */
import type { CaseKind, CasePhase, CaseRole } from "../../shared/domain/case.js";
import type { OrganisationKind } from "../../shared/domain/organisation.js";
import type { Leefgebied, ZrmScore } from "../../shared/domain/leefgebied.js";
import type { Role } from "../../shared/domain/roles.js";
import type { Answer, RtiGLevel, TriageCriterion } from "../../shared/domain/triage.js";

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

/** An action item of a demo plan; due and completion dates are days from the day the demo is created. */
export interface DemoAction {
  /** The plan section (heading text) the action is placed under. */
  section: string;
  text: string;
  /** The responsible demo account; its organisation carries the action out. */
  responsible: string;
  dueInDays: number;
  status: "open" | "in_uitvoering" | "afgerond";
  kind: "zorg" | "straf";
  leefgebied?: Leefgebied;
  /** For `afgerond`: how many days ago it was completed. */
  completedDaysAgo?: number;
  /** Progress notes by the responsible account, oldest first: how many days ago, and what. */
  progress?: { daysAgo: number; text: string }[];
}

/** What the live documents of a demo case hold when the demo region is created. */
export interface DemoCaseDocuments {
  /** Triage answers, given by `answeredBy`; "bekend bij ons" by each named account for its organisation. */
  triage: {
    answeredBy: string;
    criteria: Record<TriageCriterion, Answer>;
    bekendBij: { username: string; answer: Answer }[];
    rtiG: RtiGLevel;
  };
  /**
   * ZRM scores (1–5) with an optional note, scored by `scoredBy`; `earlier` is the score measured
   * `daysAgo` days before, which the current one replaced.
   */
  leefgebieden: {
    scoredBy: string;
    scores: {
      leefgebied: Leefgebied;
      score: ZrmScore;
      note?: string;
      earlier?: { score: ZrmScore; daysAgo: number };
    }[];
  };
  /** Text for the empty paragraph under each heading of the casusanalyse template. */
  analyse: Record<string, string>;
  /** Text for the empty paragraph under each heading of the plan template, and the plan's actions. */
  plan: { sections: Record<string, string>; actions: DemoAction[] };
}

/**
 * Demo casus C is being carried out: triage done, leefgebieden scored, an analysis written and a plan
 * whose actions are partly done, partly open and one overdue, so every follow-up view has something
 * to show. The other demo cases start from their templates.
 */
export const DEMO_CASE_DOCUMENTS: Record<string, DemoCaseDocuments> = {
  "Demo casus C": {
    triage: {
      answeredBy: "pr.jansen",
      criteria: {
        multiproblem: "ja",
        ketensamenwerking: "ja",
        systeem: "nee",
        veiligheid: "ja",
        lokaal_vastgelopen: "ja",
      },
      bekendBij: [
        { username: "cr.bakker", answer: "ja" },
        { username: "dn.smit", answer: "ja" },
      ],
      rtiG: "hoog",
    },
    leefgebieden: {
      scoredBy: "pr.jansen",
      scores: [
        {
          leefgebied: "financien",
          score: 2,
          note: "Schulden bij meerdere schuldeisers.",
          earlier: { score: 1, daysAgo: 14 },
        },
        { leefgebied: "werk_opleiding", score: 1, note: "Opleiding afgebroken, geen werk." },
        { leefgebied: "tijdsbesteding", score: 2 },
        {
          leefgebied: "huisvesting",
          score: 3,
          note: "Woont bij moeder, kamer aangevraagd.",
          earlier: { score: 2, daysAgo: 14 },
        },
        { leefgebied: "huiselijke_relaties", score: 3 },
        { leefgebied: "geestelijke_gezondheid", score: 2 },
        {
          leefgebied: "middelengebruik",
          score: 2,
          note: "Dagelijks cannabisgebruik.",
          earlier: { score: 2, daysAgo: 14 },
        },
        { leefgebied: "sociaal_netwerk", score: 2 },
        {
          leefgebied: "justitie",
          score: 1,
          note: "Lopende zaak, meldplicht.",
          earlier: { score: 2, daysAgo: 14 },
        },
        { leefgebied: "lichamelijke_gezondheid", score: 4 },
        { leefgebied: "basale_adl", score: 5 },
        { leefgebied: "instrumentele_adl", score: 3 },
        { leefgebied: "maatschappelijke_participatie", score: 2 },
        { leefgebied: "verblijfsstatus", score: 5 },
      ],
    },
    analyse: {
      Aanleiding:
        "Zeven politiecontacten in een jaar (vernieling, bedreiging, winkeldiefstal). Aangemeld door de wijkagent na een incident bij het jongerencentrum.",
      "Hulpvraag en doel":
        "Voorkomen van nieuwe delicten en een stabiele basis: dagbesteding, inkomen en eigen woonruimte.",
      Hypothese:
        "Zonder dagritme en met oplopende schulden zoekt betrokkene aansluiting bij een groep oudere jongeren die hem betrekt bij delicten.",
    },
    plan: {
      sections: {
        Doelen:
          "Binnen drie maanden dagbesteding en budgetbeheer; binnen zes maanden geen nieuwe politiecontacten.",
      },
      actions: [
        {
          section: "Zorg-interventies",
          text: "Aanvraag budgetbeheer indienen bij de gemeente",
          responsible: "dn.smit",
          dueInDays: -10,
          status: "afgerond",
          kind: "zorg",
          leefgebied: "financien",
          completedDaysAgo: 12,
          progress: [
            { daysAgo: 12, text: "Aanvraag ingediend; de gemeente heeft de ontvangst bevestigd." },
          ],
        },
        {
          section: "Zorg-interventies",
          text: "Intake dagbesteding plannen en betrokkene ernaartoe begeleiden",
          responsible: "dn.smit",
          dueInDays: -3,
          status: "in_uitvoering",
          kind: "zorg",
          leefgebied: "tijdsbesteding",
          progress: [
            { daysAgo: 9, text: "Intake aangevraagd bij het werkproject; wachttijd drie weken." },
            {
              daysAgo: 2,
              text: "Betrokkene kwam niet naar het kennismakingsgesprek. Nieuwe afspraak volgt; ik ga mee.",
            },
          ],
        },
        {
          section: "Straf-, dwang- en drang-interventies",
          text: "Meldplicht bewaken en bij verzuim de officier informeren",
          responsible: "cr.bakker",
          dueInDays: 14,
          status: "open",
          kind: "straf",
          leefgebied: "justitie",
        },
      ],
    },
  },
};
