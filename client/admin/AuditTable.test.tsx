import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AuditDamagedLine, AuditEntryView } from "../../shared/api/audit.js";
import { AuditTable } from "./AuditTable.js";

const entries: AuditEntryView[] = [
  {
    seq: 12,
    at: "2025-03-07T09:15:00.000Z",
    action: "case.list",
    actor: {
      kind: "user",
      userId: "user_b",
      username: "cr.bakker",
      organisationId: "org_g",
      role: "casusregisseur",
    },
    outcome: "allowed",
    caseIds: ["case_1", "case_2", "case_3", "case_4"],
    subjectIds: ["pers_1"],
    detail: { count: 4 },
  },
  {
    seq: 11,
    at: "2025-03-07T09:14:00.000Z",
    action: "document.denied",
    actor: {
      kind: "user",
      userId: "user_s",
      username: "dn.smit",
      organisationId: "org_x",
      role: "deelnemer",
    },
    outcome: "denied",
    caseId: "case_1",
    docName: "case/case_1/plan",
    subjectIds: [],
  },
  {
    seq: 10,
    at: "2025-03-07T09:13:00.000Z",
    action: "something.new",
    actor: { kind: "system", component: "jobs" },
    outcome: "allowed",
    subjectIds: [],
  },
  {
    seq: 9,
    at: "2025-03-07T09:12:00.000Z",
    action: "account.update",
    actor: {
      kind: "user",
      userId: "user_beheer",
      username: "beheer",
      organisationId: "org_g",
      role: "beheerder",
    },
    outcome: "allowed",
    targetId: "user_s",
    subjectIds: [],
  },
];

function render(damaged: AuditDamagedLine[] = []): string {
  return renderToStaticMarkup(
    <AuditTable
      entries={entries}
      damaged={damaged}
      organisations={{ org_g: "Gemeente Demo" }}
      onFilter={() => undefined}
    />,
  );
}

describe("the audit table", () => {
  it("names actions, outcomes and roles in Dutch, with the time in Dutch time", () => {
    const html = render();
    for (const text of [
      "Casuslijst bekeken",
      "Document openen geweigerd",
      "Toegestaan",
      "Geweigerd",
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toContain("Casusregisseur");
    expect(html).toContain("07-03-2025 10:15:00");
  });

  it("shows the organisation's name when known and its id otherwise", () => {
    const html = render();
    expect(html).toContain("Gemeente Demo");
    expect(html).toContain("org_x");
  });

  it("folds a long list of cases behind a count and keeps a short one open", () => {
    const html = render();
    expect(html).toContain("<summary>4 casussen</summary>");
    expect(html).toContain('aria-label="Toon alleen casus case_1"');
    expect(html).toContain('aria-label="Toon alleen gebruiker dn.smit"');
  });

  it("shows an action it has no label for by its stored name, and the system as actor", () => {
    const html = render();
    expect(html).toContain("something.new");
    expect(html).toContain("Systeem");
  });

  it("shows a damaged line as a row of its own in its place, naming file and line only", () => {
    const html = render([
      { file: "audit-2025-03.jsonl", line: 17, lastLine: 17, lines: 1, newerSeq: 11 },
    ]);
    const damagedAt = html.indexOf('data-damaged="audit-2025-03.jsonl:17"');
    expect(damagedAt).toBeGreaterThan(html.indexOf('data-seq="11"'));
    expect(damagedAt).toBeLessThan(html.indexOf('data-seq="10"'));
    expect(html).toContain("Beschadigde regel");
    expect(html).toContain("Regel 17 van bestand audit-2025-03.jsonl kan niet worden gelezen");
  });

  it("shows a run of damaged lines as one row naming its first and last line", () => {
    const html = render([
      { file: "audit-2025-03.jsonl", line: 17, lastLine: 40, lines: 24, newerSeq: 11 },
    ]);
    expect(html.match(/data-damaged=/g)).toHaveLength(1);
    expect(html).toContain(
      "Regels 17 tot en met 40 van bestand audit-2025-03.jsonl (24 regels) kunnen niet worden gelezen",
    );
  });

  it("lets the id of a changed account narrow the trail to that user", () => {
    expect(render()).toContain('aria-label="Toon alleen gebruiker user_s"');
  });
});
