import { describe, expect, it } from "vitest";
import type { AuditEntry } from "../audit/auditEvent.js";
import { SYSTEM_ACTOR_LABEL, accessRows } from "./accessOverview.js";

let seq = 0;

function entry(overrides: Partial<AuditEntry>): AuditEntry {
  seq++;
  return {
    seq,
    at: "2026-03-02T10:00:00.000Z",
    action: "case.view",
    actor: {
      kind: "user",
      userId: "u1",
      username: "dn.devries",
      organisationId: "org_ggz",
      role: "deelnemer",
    },
    outcome: "allowed",
    caseId: "case_1",
    subjectIds: ["b1"],
    prevHash: "",
    hash: "",
    ...overrides,
  };
}

const names: Record<string, string> = { org_ggz: "GGZ Westerduin", org_pol: "Politie" };
const organisationName = (id: string) => names[id] ?? "-";

describe("the overview of who accessed a person's data", () => {
  it("sums up one organisation's role and kind of access with its first and last Dutch day", () => {
    const rows = accessRows(
      [
        entry({ at: "2026-03-31T22:30:00.000Z" }),
        entry({ at: "2026-01-05T09:00:00.000Z" }),
        entry({ at: "2026-02-10T09:00:00.000Z" }),
      ],
      organisationName,
    );
    expect(rows).toEqual([
      {
        organisation: "GGZ Westerduin",
        role: "Deelnemer",
        action: "Casus bekeken",
        count: 3,
        first: "05-01-2026",
        // 22:30 UTC on 31 March is 00:30 on 1 April in the Netherlands.
        last: "01-04-2026",
      },
    ]);
  });

  it("keeps organisations, roles and actions apart and names the system's own work", () => {
    const police = {
      kind: "user" as const,
      userId: "u2",
      username: "cr.bakker",
      organisationId: "org_pol",
      role: "casusregisseur" as const,
    };
    const rows = accessRows(
      [
        entry({ action: "document.open" }),
        entry({ actor: police, action: "document.edit" }),
        entry({ actor: { kind: "system", component: "actions" }, action: "action.update" }),
      ],
      organisationName,
    );
    expect(rows.map((r) => [r.organisation, r.role, r.action])).toEqual([
      [SYSTEM_ACTOR_LABEL, "", "Actie gewijzigd"],
      ["GGZ Westerduin", "Deelnemer", "Document geopend"],
      ["Politie", "Casusregisseur", "Document bewerkt"],
    ]);
  });

  it("leaves out refused attempts, which showed nothing", () => {
    expect(accessRows([entry({ outcome: "denied" })], organisationName)).toEqual([]);
  });

  it("never names the professional, only organisation and role", () => {
    const text = JSON.stringify(accessRows([entry({})], organisationName));
    expect(text).not.toContain("dn.devries");
    expect(text).not.toContain("u1");
  });
});
