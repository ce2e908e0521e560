import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ActionItemSchema,
  effectiveActionStatus,
  formatResponsible,
  isActionOverdue,
  organisationFollowing,
  parseResponsible,
  RESPONSIBLE_USER_PREFIX,
  responsibleName,
} from "./action.js";
import { daysBetween, isIsoDate, toIsoDate } from "./dates.js";
import { isScoreStale } from "./leefgebied.js";
import { UNKNOWN_USER_NAME } from "./user.js";

describe("action status", () => {
  it("shows an unfinished action past its due date as te laat", () => {
    expect(effectiveActionStatus({ status: "open", dueDate: "2025-03-01" }, "2025-03-02")).toBe(
      "te_laat",
    );
    expect(
      effectiveActionStatus({ status: "in_uitvoering", dueDate: "2025-03-01" }, "2025-03-09"),
    ).toBe("te_laat");
  });

  it("does not call an action te laat on its due date itself", () => {
    expect(isActionOverdue({ status: "open", dueDate: "2025-03-01" }, "2025-03-01")).toBe(false);
  });

  it("never calls a finished or lapsed action te laat", () => {
    expect(effectiveActionStatus({ status: "afgerond", dueDate: "2025-01-01" }, "2025-06-01")).toBe(
      "afgerond",
    );
    expect(
      effectiveActionStatus({ status: "vervallen", dueDate: "2025-01-01" }, "2025-06-01"),
    ).toBe("vervallen");
  });

  it("validates an action item and refuses an impossible due date", () => {
    const item = {
      id: "a1",
      text: "Gesprek",
      organisationId: "o1",
      responsible: "Demo",
      dueDate: "2025-02-28",
      status: "open",
      kind: "straf",
    };
    expect(ActionItemSchema.safeParse(item).success).toBe(true);
    expect(ActionItemSchema.safeParse({ ...item, dueDate: "2025-02-30" }).success).toBe(false);
    expect(ActionItemSchema.safeParse({ ...item, kind: "dwang" }).success).toBe(false);
  });
});

describe("responsible", () => {
  it("reads user: as a user id and anything else as a free-text name", () => {
    expect(parseResponsible("user:u-7")).toEqual({ type: "user", userId: "u-7" });
    expect(parseResponsible("Wijkagent Demo")).toEqual({ type: "name", name: "Wijkagent Demo" });
  });

  it("writes back what it reads", () => {
    for (const value of ["user:u-7", "Mevrouw Voorbeeld"]) {
      expect(formatResponsible(parseResponsible(value))).toBe(value);
    }
  });

  it("names a user by display name and keeps a free-text name as said at the table", () => {
    const names = new Map([["u-7", "Noor Smit"]]);
    expect(responsibleName("user:u-7", (id) => names.get(id))).toBe("Noor Smit");
    expect(responsibleName("mentor Duinzicht College", (id) => names.get(id))).toBe(
      "mentor Duinzicht College",
    );
  });

  it("names a user whose account is gone neutrally, never by the raw id", () => {
    expect(responsibleName("user:u-gone", () => undefined)).toBe(UNKNOWN_USER_NAME);
    expect(responsibleName("user:", () => undefined)).toBe(UNKNOWN_USER_NAME);
    expect(responsibleName("user:u-blank", () => "")).toBe(UNKNOWN_USER_NAME);
  });

  it("never shows a user reference, whatever is stored and whoever resolves", () => {
    const name = fc.string({ minLength: 1 }).filter((s) => !s.startsWith("user:"));
    const displayName = fc.option(name, { nil: undefined });
    fc.assert(
      fc.property(fc.string(), displayName, (stored, name) => {
        expect(responsibleName(stored, () => name).startsWith(RESPONSIBLE_USER_PREFIX)).toBe(false);
      }),
    );
  });
});

describe("the organisation a new Verantwoordelijke brings along", () => {
  const organisationOf = (userId: string) => ({ u_devries: "org_ggz", u_gone: "" })[userId];

  it("is the user's own organisation when it differs from the action's", () => {
    expect(organisationFollowing("user:u_devries", "org_politie", organisationOf)).toBe("org_ggz");
    expect(organisationFollowing("user:u_devries", null, organisationOf)).toBe("org_ggz");
  });

  it("is none for a name, a user it cannot place, or a user of the action's organisation", () => {
    expect(organisationFollowing("mentor Duinzicht", "org_politie", organisationOf)).toBeNull();
    expect(organisationFollowing("user:u_weg", "org_politie", organisationOf)).toBeNull();
    expect(organisationFollowing("user:u_gone", "org_politie", organisationOf)).toBeNull();
    expect(organisationFollowing("user:u_devries", "org_ggz", organisationOf)).toBeNull();
  });
});

describe("dates and staleness", () => {
  it("counts whole days between dates and timestamps", () => {
    expect(daysBetween("2025-02-27", "2025-03-01")).toBe(2);
    expect(daysBetween("2025-03-01T23:59:00.000Z", "2025-03-01")).toBe(0);
    expect(daysBetween("nonsense", "2025-03-01")).toBeNull();
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(toIsoDate("2025-03-01T10:00:00Z")).toBe("2025-03-01");
  });

  it("marks a leefgebied score stale after thirty days and unreadable dates as stale", () => {
    expect(isScoreStale("2025-01-01T09:00:00.000Z", "2025-01-31")).toBe(false);
    expect(isScoreStale("2025-01-01T09:00:00.000Z", "2025-02-01")).toBe(true);
    expect(isScoreStale("", "2025-02-01")).toBe(true);
  });
});
