import { describe, expect, it } from "vitest";
import type { AuditEntryView } from "../../shared/api/audit.js";
import { auditCsv } from "./auditCsv.js";

function buildEntry(patch: Partial<AuditEntryView> = {}): AuditEntryView {
  return {
    seq: 7,
    at: "2026-11-24T09:30:00.000Z",
    action: "case.view",
    actor: {
      kind: "user",
      userId: "user_1",
      username: "pr.jansen",
      organisationId: "org_zvh",
      role: "procesregisseur",
    },
    outcome: "allowed",
    caseId: "case_a",
    subjectIds: ["pers_1", "pers_2"],
    ...patch,
  };
}

const names = (id: string) => (id === "org_zvh" ? "ZVH Westerduin" : id);

describe("the audit trail as CSV", () => {
  it("writes a header and one row per entry in the Dutch spreadsheet dialect, with a byte-order mark", () => {
    const csv = auditCsv([buildEntry()], [], names);
    expect(
      csv.startsWith("\uFEFFvolgnummer;tijdstip;tijdstip-nl;actie;omschrijving;uitkomst;"),
    ).toBe(true);
    const [, row] = csv.slice(1).split("\r\n");
    expect(row).toBe(
      "7;2026-11-24T09:30:00.000Z;24-11-2026 10:30:00;case.view;Casus bekeken;toegestaan;pr.jansen;user_1;procesregisseur;ZVH Westerduin;case_a;;pers_1,pers_2;;;",
    );
  });

  it("quotes a cell holding a separator or a quote, and defuses one a spreadsheet would run as a formula", () => {
    const csv = auditCsv(
      [
        buildEntry({
          outcome: "denied",
          actor: { kind: "system", component: "login" },
          targetId: "=HYPERLINK(1)",
          detail: { route: "/api/x;y", note: 'een "citaat"' },
        }),
      ],
      [],
      names,
    );
    const row = csv.split("\r\n")[1] ?? "";
    expect(row).toContain("geweigerd;systeem: login;;;;");
    expect(row).toContain(";'=HYPERLINK(1);");
    expect(row).toContain(String.raw`"{""route"":""/api/x;y"",""note"":""een \""citaat\""""}"`);
  });

  it("gives each moment in Dutch time too, as the Beheer page shows it, summer and winter", () => {
    const csv = auditCsv(
      [
        buildEntry({ at: "2026-07-01T23:15:09.000Z" }),
        buildEntry({ at: "2026-11-24T23:15:09.000Z" }),
      ],
      [],
      names,
    );
    const times = csv
      .split("\r\n")
      .slice(1, 3)
      .map((row) => row.split(";")[2]);
    expect(times).toEqual(["02-07-2026 01:15:09", "25-11-2026 00:15:09"]);
  });

  it("names the damaged lines it met by their place only", () => {
    const csv = auditCsv(
      [],
      [{ file: "2026-11.jsonl", line: 4, lastLine: 5, lines: 2, newerSeq: null }],
      names,
    );
    expect(csv.split("\r\n")[1]).toBe(
      ";;;;beschadigde regels (2): 2026-11.jsonl regel 4-5;;;;;;;;;;;",
    );
  });
});
