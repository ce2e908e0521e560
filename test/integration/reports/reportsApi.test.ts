/**
 * The management report over HTTP against a real server with the demo region: its figures match
 * what the store holds (expectations computed here from the store and the action API, not typed
 * in), only the procesregisseur gets it, a bad period is refused in Dutch, every read and refusal
 * is audited, and no name, BSN, title or case id of the store appears in it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionList } from "../../../shared/api/actions.js";
import type { Report } from "../../../shared/api/reports.js";
import { CASE_KINDS, CASE_PHASES } from "../../../shared/domain/case.js";
import { daysBetween } from "../../../shared/domain/dates.js";
import { dutchDate } from "../../../shared/domain/regionTime.js";
import { DEMO_REGIO } from "../../../server/demo/demoRegion.js";
import type { CaseRecord } from "../../../server/store/schema.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle } from "../../support/sessionClient.js";
import { buildAanmelding, registerCase } from "../cases/caseTestSupport.js";

let server: TestServer;
let jansen: string;

/** The name of the person concerned in the case this file registers. */
const NAAM = "Zeger Helmduin";

beforeAll(async () => {
  server = await startTestServer();
  jansen = await server.login("pr.jansen");
  // Some history beyond the seed: a new registration, two triage decisions and a started overleg.
  await registerCase(
    server,
    await server.login("dn.smit"),
    buildAanmelding({
      title: "Helmduin – Casus op Maat",
      betrokkenen: [{ naam: NAAM, geboortedatum: "1988-02-29", bsn: "111222333" }],
    }),
  );
  const decide = async (title: string, body: unknown) => {
    const id = await caseIdByTitle(server, jansen, title);
    const res = await server.api(`/api/cases/${id}/triage-besluit`, { cookie: jansen, body });
    expect(res.status).toBe(200);
  };
  await decide("Demo casus B", { besluit: "advies", toelichting: "Advies aan het wijkteam." });
  await decide("Demo casus D", { besluit: "casusoverleg" });
  const meetingId = server.store.meetings.list()[0]?.id ?? "";
  const started = await server.api(`/api/meetings/${meetingId}/start`, {
    cookie: jansen,
    body: {},
  });
  expect(started.status).toBe(200);
});
afterAll(async () => server.stop());

/** The report as `cookie` reads it, with `query` (without `?`). */
async function readReport(query = "", cookie = jansen): Promise<Report> {
  const res = await server.api(`/api/reports${query === "" ? "" : `?${query}`}`, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
}

const DUTCH_HOUR = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hour: "2-digit",
  hourCycle: "h23",
});

/** The Dutch calendar date and hour of a stored timestamp. */
const dutchDay = (iso: string) => dutchDate(new Date(iso));
const dutchHour = (iso: string) => Number(DUTCH_HOUR.format(new Date(iso)));

/** The colour the case list shows: decided, else final, else open. */
function colourOf(c: CaseRecord): string {
  const besluit = c.triageBesluiten?.at(-1);
  if (besluit) return besluit.result.oordeel;
  return c.triageSummary && !c.triageSummary.voorlopig ? c.triageSummary.oordeel : "open";
}

/** Counts of `values` as a plain object. */
function tally(values: readonly (string | number)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** The non-zero rows of a breakdown as a plain object. */
function nonZero<K extends string>(
  rows: readonly ({ count: number } & Record<K, string | number>)[],
  key: K,
) {
  return Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r[key], r.count]));
}

describe("the report of the demo region, GET /api/reports", () => {
  it("covers this month and the eleven before by default, and counts the registrations in it as the store holds them", async () => {
    const report = await readReport();
    const today = dutchDay(new Date().toISOString());
    expect(report.regio).toBe(DEMO_REGIO);
    expect(report.today).toBe(today);
    expect(report.period.to).toBe(today);
    expect(report.period.from).toMatch(/^\d{4}-\d{2}-01$/);
    expect(report.instroom.perMonth).toHaveLength(12);

    const registered = server.store.cases
      .list()
      .filter((c) => c.regio === DEMO_REGIO && dutchDay(c.createdAt) >= report.period.from);
    expect(registered.length).toBe(5);
    expect(report.instroom.total).toBe(registered.length);
    expect(nonZero(report.instroom.perMonth, "month")).toEqual(
      tally(registered.map((c) => dutchDay(c.createdAt).slice(0, 7))),
    );
    expect(nonZero(report.instroom.perHour, "hour")).toEqual(
      tally(registered.map((c) => dutchHour(c.createdAt))),
    );
    expect(report.instroom.perKind.map((k) => k.kind)).toEqual([...CASE_KINDS]);
    expect(nonZero(report.instroom.perKind, "kind")).toEqual(tally(registered.map((c) => c.kind)));
  });

  it("shows the triage colours and decisions, the doorlooptijd and the phases the store holds", async () => {
    const report = await readReport();
    const registered = server.store.cases.list().filter((c) => c.regio === DEMO_REGIO);
    const colours = tally(registered.map(colourOf));
    for (const row of report.triage.oordelen) expect(row.count).toBe(colours[row.oordeel] ?? 0);
    expect(report.triage.zonderOordeel).toBe(colours.open ?? 0);

    const decided = registered.filter((c) => (c.triageBesluiten?.length ?? 0) > 0);
    expect(decided).toHaveLength(2);
    const besluiten = tally(decided.map((c) => c.triageBesluiten?.at(-1)?.besluit ?? ""));
    expect(report.triage.besluiten).toEqual([
      { besluit: "casusoverleg", count: 1, percentage: 50 },
      { besluit: "advies", count: 1, percentage: 50 },
      { besluit: "terugverwijzen", count: 0, percentage: 0 },
    ]);
    expect(besluiten).toEqual({ casusoverleg: 1, advies: 1 });
    expect(report.triage.zonderBesluit).toBe(registered.length - decided.length);

    // Two decisions: the median of their days is the mean of the two.
    const days = decided.map(
      (c) =>
        daysBetween(dutchDay(c.createdAt), dutchDay(c.triageBesluiten?.[0]?.computedAt ?? "")) ?? 0,
    );
    expect(report.doorlooptijd.totTriagebesluit).toEqual({
      cases: 2,
      medianDays: ((days[0] ?? 0) + (days[1] ?? 0)) / 2,
    });
    // The advies closed Demo casus B on the day it was given.
    const closed = decided.find((c) => c.phase === "gesloten");
    expect(report.doorlooptijd.totSluiting).toEqual({
      cases: 1,
      medianDays: daysBetween(
        dutchDay(closed?.createdAt ?? ""),
        dutchDay(new Date().toISOString()),
      ),
    });

    expect(report.fasen.map((f) => f.phase)).toEqual([...CASE_PHASES]);
    expect(nonZero(report.fasen, "phase")).toEqual(tally(registered.map((c) => c.phase)));
  });

  it("counts the overleggen started in the period with their agenda items", async () => {
    const report = await readReport();
    const held = server.store.meetings.list().filter((m) => m.startedAt !== undefined);
    expect(held).toHaveLength(1);
    const agenda = held.flatMap((m) => m.agenda);
    expect(report.overleggen).toMatchObject({
      gehouden: 1,
      casusbesprekingen: agenda.filter((s) => s.caseId !== undefined).length,
      algemenePunten: agenda.filter((s) => s.caseId === undefined).length,
      verslagen: 0,
    });
    expect(nonZero(report.overleggen.perKind, "kind")).toEqual(tally(held.map((m) => m.kind)));
  });

  it("counts the region's actions per partner organisation as the action list shows them", async () => {
    const res = await server.api("/api/actions?scope=all", { cookie: jansen });
    const { actions } = (await res.json()) as ActionList;
    expect(actions.length).toBeGreaterThan(0);
    const report = await readReport();
    const today = report.today;
    for (const row of report.acties.perOrganisatie) {
      const own = actions.filter((a) => a.organisationId === row.organisationId);
      expect(row.organisationName).toBe(
        server.store.organisations.get(row.organisationId ?? "")?.name,
      );
      expect(row).toMatchObject({
        open: own.filter((a) => a.effectiveStatus === "open").length,
        inUitvoering: own.filter((a) => a.effectiveStatus === "in_uitvoering").length,
        teLaat: own.filter((a) => a.effectiveStatus === "te_laat").length,
        afgerondInPeriode: own.filter(
          (a) =>
            a.status === "afgerond" &&
            a.completedAt !== null &&
            dutchDay(a.completedAt) >= report.period.from &&
            dutchDay(a.completedAt) <= today,
        ).length,
      });
    }
    const counted = actions.filter((a) => a.status !== "vervallen");
    const { totaal } = report.acties;
    expect(totaal.open + totaal.inUitvoering + totaal.teLaat + totaal.afgerondInPeriode).toBe(
      counted.length,
    );
    expect(totaal.teLaat).toBeGreaterThan(0);
  });

  it("counts nothing registered in a period before the demo region existed", async () => {
    const report = await readReport("from=2020-01-01&to=2020-12-31");
    expect(report.period).toEqual({ from: "2020-01-01", to: "2020-12-31" });
    expect(report.instroom.total).toBe(0);
    expect(report.instroom.perMonth).toHaveLength(12);
    expect(report.triage.zonderBesluit).toBe(0);
    expect(report.overleggen.gehouden).toBe(0);
    // The phases are today's, whatever the period.
    expect(report.fasen.reduce((n, f) => n + f.count, 0)).toBe(5);
  });
});

describe("privacy of the report", () => {
  it("holds no name, BSN, address, title or id of any case or person in the store", async () => {
    const text = JSON.stringify(await readReport());
    const cases = server.store.cases.list();
    const secrets = cases.flatMap((c) => [
      c.id,
      c.title,
      ...c.betrokkenen.flatMap((b) => [b.id, b.naam, b.bsn, b.adres, b.postcode]),
    ]);
    expect(secrets).toContain(NAAM);
    for (const secret of secrets) {
      if (secret !== undefined && secret !== "") expect(text, secret).not.toContain(secret);
    }
    for (const user of server.store.users.list()) {
      expect(text).not.toContain(user.displayName);
      expect(text).not.toContain(user.id);
    }
  });
});

describe("who gets the report", () => {
  it("refuses every role but the procesregisseur with 403, and a request without a session with 401", async () => {
    for (const username of ["cr.bakker", "dn.devries", "dn.smit", "in.school", "beheer"]) {
      const res = await server.api("/api/reports", { cookie: await server.login(username) });
      expect(res.status, username).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    }
    expect((await server.api("/api/reports")).status).toBe(401);
  });

  it("audits each read with its period and count, without case ids, and each refusal", async () => {
    await readReport("from=2025-01-01&to=2025-06-30");
    await server.api("/api/reports", { cookie: await server.login("cr.bakker") });
    const entries = await readAuditTrail(server, "action=report.view");
    const read = entries.find((e) => e.outcome === "allowed" && e.detail?.from === "2025-01-01");
    expect(read).toMatchObject({
      actor: { username: "pr.jansen" },
      detail: { from: "2025-01-01", to: "2025-06-30", count: 0 },
    });
    expect(read?.caseIds).toBeUndefined();
    expect(read?.subjectIds).toEqual([]);
    expect(
      entries.some(
        (e) =>
          e.outcome === "denied" && e.actor.kind === "user" && e.actor.username === "cr.bakker",
      ),
    ).toBe(true);
  });
});

describe("a bad period", () => {
  it("is refused with 400 and a Dutch message naming the field", async () => {
    const cases: [string, string][] = [
      [
        "from=2025-02-30",
        'Ongeldige invoer in veld "Van": datum moet een bestaande dag zijn, als jjjj-mm-dd.',
      ],
      [
        "to=gisteren",
        'Ongeldige invoer in veld "Tot en met": datum moet een bestaande dag zijn, als jjjj-mm-dd.',
      ],
      [
        "from=2025-01-01&from=2025-02-01",
        'Ongeldige invoer in veld "Van": datum moet een bestaande dag zijn, als jjjj-mm-dd.',
      ],
      [
        "from=2025-03-01&to=2025-02-01",
        'Ongeldige invoer in veld "Tot en met": de einddatum ligt voor de begindatum.',
      ],
      [
        "from=2015-01-01&to=2025-01-01",
        'Ongeldige invoer in veld "Van": de periode mag hoogstens vijf jaar zijn.',
      ],
    ];
    for (const [query, message] of cases) {
      const res = await server.api(`/api/reports?${query}`, { cookie: jansen });
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error, query).toEqual({ code: "bad_request", message });
    }
  });
});
