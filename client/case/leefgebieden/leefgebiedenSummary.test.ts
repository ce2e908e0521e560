import { describe, expect, it } from "vitest";
import type { LeefgebiedEntry } from "../../../shared/docs/leefgebiedenDoc.js";
import { summariseLeefgebieden } from "./leefgebiedenSummary.js";

function entry(score: LeefgebiedEntry["score"], stale = false): LeefgebiedEntry {
  return {
    score,
    note: null,
    setBy: "u1",
    setAt: "2025-01-01T10:00:00.000Z",
    givenOn: "2025-01-01",
    stale,
    history: [],
  };
}

describe("summariseLeefgebieden", () => {
  it("counts acute, not self-reliant, scored and stale leefgebieden", () => {
    const summary = summariseLeefgebieden({
      instrumentVersion: null,
      scores: {
        financien: entry(1),
        huisvesting: entry(1, true),
        justitie: entry(2),
        middelengebruik: entry(4),
        sociaal_netwerk: { ...entry(null), note: "Alleen een notitie" },
      },
    });
    expect(summary).toEqual({ acute: 2, notSelfReliant: 1, scored: 4, total: 14, stale: 1 });
  });
});
