import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASE_KINDS } from "../../shared/domain/case.js";
import { composeReport, type ReportInput } from "./composeReport.js";
import { median } from "./doorlooptijd.js";
import { percentageOf } from "./triageOutcomes.js";
import { buildActionFacts, buildCaseFacts, buildMeetingFacts } from "./testFactories.js";

const FIRST_QUARTER = { from: "2025-01-01", to: "2025-03-31" };

const ORGANISATIONS: Record<string, string> = {
  org_politie: "Politie Basisteam Westerduin",
  org_ggz: "GGZ Duinstreek",
};

/** A report input for the first quarter of 2025 on 2025-04-15 with nothing in it. */
function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    regio: "Regio Westerduin",
    period: FIRST_QUARTER,
    today: "2025-04-15",
    cases: [],
    meetings: [],
    actions: [],
    organisationName: (id) => ORGANISATIONS[id],
    ...overrides,
  };
}

describe("a report over a region without data", () => {
  it("lists every month, hour, kind, colour, decision and phase with zero, and no shares or medians", () => {
    const report = composeReport(input());
    expect(report.period).toEqual(FIRST_QUARTER);
    expect(report.instroom.total).toBe(0);
    expect(report.instroom.perMonth).toEqual([
      { month: "2025-01", count: 0 },
      { month: "2025-02", count: 0 },
      { month: "2025-03", count: 0 },
    ]);
    expect(report.instroom.perHour).toHaveLength(24);
    expect(report.instroom.perKind.map((k) => k.kind)).toEqual([...CASE_KINDS]);
    expect(report.triage.oordelen.every((o) => o.count === 0 && o.percentage === null)).toBe(true);
    expect(report.triage.besluiten.every((b) => b.count === 0 && b.percentage === null)).toBe(true);
    expect(report.doorlooptijd).toEqual({
      totTriagebesluit: { cases: 0, medianDays: null },
      totSluiting: { cases: 0, medianDays: null },
    });
    expect(report.fasen.every((f) => f.count === 0)).toBe(true);
    expect(report.overleggen).toMatchObject({ gehouden: 0, casusbesprekingen: 0, verslagen: 0 });
    expect(report.acties).toEqual({
      perOrganisatie: [],
      totaal: { open: 0, inUitvoering: 0, teLaat: 0, afgerondInPeriode: 0 },
    });
  });
});

describe("instroom", () => {
  it("counts registrations per Dutch month, so a case on the first of the month at 00:30 is not in the month before", () => {
    const report = composeReport(
      input({
        cases: [
          buildCaseFacts("2024-12-31T22:59:00.000Z"), // 23:59 on 31 December: outside
          buildCaseFacts("2024-12-31T23:30:00.000Z"), // 00:30 on 1 January
          buildCaseFacts("2025-01-31T23:30:00.000Z"), // 00:30 on 1 February
          buildCaseFacts("2025-03-31T21:30:00.000Z"), // 23:30 on 31 March (summer time)
          buildCaseFacts("2025-03-31T22:30:00.000Z"), // 00:30 on 1 April: outside
        ],
      }),
    );
    expect(report.instroom.total).toBe(3);
    expect(report.instroom.perMonth.map((m) => m.count)).toEqual([1, 1, 1]);
  });

  it("counts registrations per hour of the Dutch clock and per kind of casusoverleg", () => {
    const report = composeReport(
      input({
        cases: [
          buildCaseFacts("2025-02-10T13:15:00.000Z"), // 14:15
          buildCaseFacts("2025-02-11T13:59:00.000Z", { kind: "huiselijk_geweld" }), // 14:59
          buildCaseFacts("2025-02-12T20:05:00.000Z", { kind: "huiselijk_geweld" }), // 21:05
        ],
      }),
    );
    const hours = Object.fromEntries(report.instroom.perHour.map((h) => [h.hour, h.count]));
    expect(hours[14]).toBe(2);
    expect(hours[21]).toBe(1);
    expect(report.instroom.perHour.reduce((n, h) => n + h.count, 0)).toBe(3);
    const kinds = Object.fromEntries(report.instroom.perKind.map((k) => [k.kind, k.count]));
    expect(kinds).toMatchObject({ casus_op_maat: 1, huiselijk_geweld: 2, radicalisering: 0 });
  });

  it("keeps every registration in the period in each breakdown, whatever the cases", () => {
    const instant = fc
      .integer({ min: Date.UTC(2024, 10, 1), max: Date.UTC(2025, 4, 1) })
      .map((ms) => new Date(ms).toISOString());
    const kind = fc.constantFrom(...CASE_KINDS);
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, kind), { maxLength: 40 }), (registrations) => {
        const cases = registrations.map(([at, k]) => buildCaseFacts(at, { kind: k }));
        const { instroom } = composeReport(input({ cases }));
        const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
        expect(sum(instroom.perMonth)).toBe(instroom.total);
        expect(sum(instroom.perHour)).toBe(instroom.total);
        expect(sum(instroom.perKind)).toBe(instroom.total);
        const inside = cases.filter((c) => {
          const date = c.registered?.date ?? "";
          return date >= FIRST_QUARTER.from && date <= FIRST_QUARTER.to;
        });
        expect(instroom.total).toBe(inside.length);
      }),
    );
  });
});

describe("triage outcomes", () => {
  it("shares the colours over the cases that have one and counts the others apart", () => {
    const at = "2025-02-03T09:00:00.000Z";
    const report = composeReport(
      input({
        cases: [
          buildCaseFacts(at, { oordeel: "groen" }),
          buildCaseFacts(at, { oordeel: "groen" }),
          buildCaseFacts(at, { oordeel: "rood" }),
          buildCaseFacts(at, { oordeel: "open" }),
          // Registered before the period: not counted, whatever its colour.
          buildCaseFacts("2024-12-01T09:00:00.000Z", { oordeel: "oranje" }),
        ],
      }),
    );
    expect(report.triage.oordelen).toEqual([
      { oordeel: "groen", count: 2, percentage: 67 },
      { oordeel: "oranje", count: 0, percentage: 0 },
      { oordeel: "rood", count: 1, percentage: 33 },
    ]);
    expect(report.triage.zonderOordeel).toBe(1);
  });

  it("shares the decisions over the decided cases", () => {
    const at = "2025-02-03T09:00:00.000Z";
    const report = composeReport(
      input({
        cases: [
          buildCaseFacts(at, { besluit: "casusoverleg" }),
          buildCaseFacts(at, { besluit: "casusoverleg" }),
          buildCaseFacts(at, { besluit: "advies" }),
          buildCaseFacts(at, { besluit: "terugverwijzen" }),
          buildCaseFacts(at),
        ],
      }),
    );
    expect(report.triage.besluiten).toEqual([
      { besluit: "casusoverleg", count: 2, percentage: 50 },
      { besluit: "advies", count: 1, percentage: 25 },
      { besluit: "terugverwijzen", count: 1, percentage: 25 },
    ]);
    expect(report.triage.zonderBesluit).toBe(1);
  });

  it("rounds shares to whole percent and has none of nothing", () => {
    expect(percentageOf(1, 3)).toBe(33);
    expect(percentageOf(2, 3)).toBe(67);
    expect(percentageOf(0, 0)).toBeNull();
  });
});

describe("doorlooptijd", () => {
  it("takes the median of Dutch calendar days to the decision and to closure, where known", () => {
    const report = composeReport(
      input({
        cases: [
          // Registered 23:30 on 1 February Dutch time, decided the next Dutch day: 1 day.
          buildCaseFacts("2025-02-01T22:30:00.000Z", { decidedOn: "2025-02-02" }),
          buildCaseFacts("2025-02-10T09:00:00.000Z", {
            decidedOn: "2025-02-13",
            closedOn: "2025-02-13",
          }),
          buildCaseFacts("2025-02-10T09:00:00.000Z", {
            decidedOn: "2025-02-20",
            closedOn: "2025-03-12",
          }),
          buildCaseFacts("2025-03-01T09:00:00.000Z"),
        ],
      }),
    );
    expect(report.doorlooptijd).toEqual({
      totTriagebesluit: { cases: 3, medianDays: 3 },
      totSluiting: { cases: 2, medianDays: 16.5 },
    });
  });

  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});

describe("phases", () => {
  it("counts every case of the region by its phase today, registered in the period or not", () => {
    const report = composeReport(
      input({
        cases: [
          buildCaseFacts("2025-02-03T09:00:00.000Z", { phase: "uitvoering" }),
          buildCaseFacts("2023-06-03T09:00:00.000Z", { phase: "uitvoering" }),
          buildCaseFacts("2023-06-03T09:00:00.000Z", { phase: "gesloten" }),
        ],
      }),
    );
    const phases = Object.fromEntries(report.fasen.map((f) => [f.phase, f.count]));
    expect(phases).toEqual({
      aanmelding: 0,
      triage: 0,
      casusoverleg: 0,
      uitvoering: 2,
      afschaling: 0,
      gesloten: 1,
    });
  });
});

describe("overleggen", () => {
  it("counts the overleggen started in the period with their agenda items and verslagen", () => {
    const report = composeReport(
      input({
        meetings: [
          buildMeetingFacts("2025-01-07", { slotsWithVerslag: 2 }),
          buildMeetingFacts("2025-03-31", { kind: "triageoverleg", caseSlots: 3, generalSlots: 0 }),
          buildMeetingFacts("2025-04-01"),
          // Planned in the period but never started: not held.
          buildMeetingFacts(null),
        ],
      }),
    );
    expect(report.overleggen).toEqual({
      gehouden: 2,
      perKind: [
        { kind: "casusoverleg", count: 1 },
        { kind: "triageoverleg", count: 1 },
        { kind: "afschalingsoverleg", count: 0 },
        { kind: "lokale_kamer", count: 0 },
      ],
      casusbesprekingen: 5,
      algemenePunten: 1,
      verslagen: 2,
    });
  });
});

describe("actions per partner organisation", () => {
  it("counts open, in uitvoering and te laat as of today and afgerond in the period, by organisation name", () => {
    const report = composeReport(
      input({
        actions: [
          buildActionFacts("org_politie", { dueDate: "2025-04-15" }), // due today: open
          buildActionFacts("org_politie", { dueDate: "2025-04-14" }), // due yesterday: te laat
          buildActionFacts("org_politie", { status: "in_uitvoering", dueDate: "2025-05-01" }),
          buildActionFacts("org_ggz", { status: "in_uitvoering", dueDate: "2025-01-01" }),
          buildActionFacts("org_ggz", { status: "afgerond", completedOn: "2025-03-31" }),
          buildActionFacts("org_ggz", { status: "afgerond", completedOn: "2025-04-02" }),
          buildActionFacts("org_ggz", { status: "vervallen" }),
        ],
      }),
    );
    expect(report.acties.perOrganisatie).toEqual([
      {
        organisationId: "org_ggz",
        organisationName: "GGZ Duinstreek",
        open: 0,
        inUitvoering: 0,
        teLaat: 1,
        afgerondInPeriode: 1,
      },
      {
        organisationId: "org_politie",
        organisationName: "Politie Basisteam Westerduin",
        open: 1,
        inUitvoering: 1,
        teLaat: 1,
        afgerondInPeriode: 0,
      },
    ]);
    expect(report.acties.totaal).toEqual({
      open: 1,
      inUitvoering: 1,
      teLaat: 2,
      afgerondInPeriode: 1,
    });
  });

  it("puts actions without a known organisation in one last row, and an unreadable status counts as open", () => {
    const report = composeReport(
      input({
        actions: [
          buildActionFacts(null, { status: null, dueDate: null }),
          buildActionFacts("org_opgeheven"),
          buildActionFacts("org_politie"),
        ],
      }),
    );
    expect(report.acties.perOrganisatie.map((r) => [r.organisationName, r.open])).toEqual([
      ["Politie Basisteam Westerduin", 1],
      [null, 2],
    ]);
  });
});
