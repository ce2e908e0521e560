/** Fills an empty store with the fictional demo region (ZVH_DEMO), plus optional generated cases. */
import type { Case } from "../../shared/domain/case.js";
import type { Organisation } from "../../shared/domain/organisation.js";
import { hashPassword } from "../auth/passwords.js";
import { newId } from "../ids.js";
import type { CaseRecord, UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { buildMeeting } from "../meetings/meetingPlanner.js";
import { initialTriageSummaries } from "../commands/caseTriageEvaluator.js";
import {
  DEMO_CASES,
  DEMO_MEETING,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_REGIO,
  DEMO_USERS,
  type DemoCase,
} from "./demoRegion.js";

/** Seeds the demo region into an empty store; `extraCases` generated cases are chaired by pr.jansen. */
export async function seedDemo(store: Store, extraCases = 0): Promise<void> {
  const now = new Date().toISOString();
  const orgIds = new Map<string, string>();
  const organisations: Organisation[] = Object.entries(DEMO_ORGANISATIONS).map(([key, org]) => {
    const id = newId("org");
    orgIds.set(key, id);
    return { id, ...org };
  });
  await store.organisations.add(...organisations);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: UserRecord[] = DEMO_USERS.map((u) => ({
    id: newId("user"),
    username: u.username,
    displayName: u.displayName,
    organisationId: orgIds.get(u.org) ?? "",
    role: u.role,
    regio: DEMO_REGIO,
    passwordHash,
    disabled: false,
    createdAt: now,
  }));
  await store.users.add(...users);
  const userId = (username: string) => users.find((u) => u.username === username)?.id ?? "";
  const account = (username: string) => users.find((u) => u.username === username);

  const cases: CaseRecord[] = DEMO_CASES.map((demo, i) =>
    buildCase(demo, account, daysAgo(30 - i * 7)),
  );
  for (let i = 1; i <= extraCases; i++)
    cases.push(buildCase(generatedCase(i), account, daysAgo(i % 365)));
  // Like a registered case, each starts with the summary of its still empty triage.
  const initialSummary = initialTriageSummaries(store, new Date(now));
  for (const c of cases) c.triageSummary = initialSummary(c);
  await store.cases.add(...cases);
  await seedDemoMeeting(store, cases, userId, now);
}

/** The demo overleg today, from the current hour, chaired by pr.jansen (see DEMO_MEETING). */
async function seedDemoMeeting(
  store: Store,
  cases: Case[],
  userId: (username: string) => string,
  now: string,
): Promise<void> {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  const agenda = DEMO_MEETING.agenda.map((slot) => {
    const c = cases.find((x) => slot.caseTitle !== undefined && x.title === slot.caseTitle);
    return {
      title: c?.title ?? slot.title ?? "",
      caseId: c?.id,
      plannedMinutes: slot.minutes,
      invitees: slot.invitees.map(userId),
    };
  });
  const chair = userId(DEMO_MEETING.chair);
  await store.meetings.add(
    buildMeeting(
      {
        title: DEMO_MEETING.title,
        kind: DEMO_MEETING.kind,
        location: DEMO_MEETING.location,
        chairUserId: chair,
        status: "gepland",
        createdAt: now,
        createdBy: chair,
      },
      start,
      agenda,
    ),
  );
}

function buildCase(
  demo: DemoCase,
  account: (username: string) => UserRecord | undefined,
  createdAt: string,
): Case {
  const userId = (username: string) => account(username)?.id ?? "";
  const creator = demo.participants[0]?.username ?? "pr.jansen";
  return {
    id: newId("case"),
    title: demo.title,
    phase: demo.phase,
    kind: demo.kind,
    gemeente: demo.gemeente,
    regio: DEMO_REGIO,
    betrokkenen: [{ id: newId("pers"), ...demo.person }],
    participants: demo.participants.map((p) => ({
      userId: userId(p.username),
      caseRole: p.caseRole,
      readOnly: p.readOnly ?? false,
      addedAt: createdAt,
      organisationId: account(p.username)?.organisationId,
    })),
    createdAt,
    createdBy: userId(creator),
    updatedAt: createdAt,
  };
}

const FIRST = ["Anna", "Bas", "Chantal", "Dirk", "Esra", "Finn", "Gijs", "Hanna", "Ilse", "Joost"];
const LAST = [
  "Akkerwinde",
  "Boterbloem",
  "Duinroos",
  "Helmgras",
  "Kustlijn",
  "Strandhaver",
  "Zeekraal",
];

function generatedCase(i: number): DemoCase {
  const naam = `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`;
  const year = 1960 + (i % 45);
  return {
    title: `Casus ${String(i).padStart(4, "0")}`,
    phase: "casusoverleg",
    kind: "casus_op_maat",
    gemeente: i % 2 === 0 ? "Westerduin" : "Oosterveld",
    person: {
      naam,
      geboortedatum: `${year}-0${(i % 9) + 1}-1${i % 10}`,
      postcode: "9997 ZZ",
      woonplaats: "Westerduin",
    },
    participants: [{ username: "pr.jansen", caseRole: "procesregisseur" }],
  };
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}
