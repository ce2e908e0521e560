/**
 * The daily job and a destruction under way in the same process (an erasure of a registration
 * made in error, say): the job leaves a case in hand to it, instead of taking it for one a crash
 * interrupted and destroying it a second time beside it. Minimal stand-ins for the stores: what is
 * asserted is who runs the destruction, not how it removes things.
 */
import { describe, expect, it } from "vitest";
import type { PurgeDeps } from "./casePurger.js";
import { destroyInHand, purgeIfDue } from "./casePurger.js";

/** Stand-ins that count what the destruction does; the case is marked as being destroyed. */
function standIns(caseId: string) {
  const recorded: string[] = [];
  let purged = 0;
  const marked = {
    id: caseId,
    betrokkenen: [],
    destroying: {
      since: "2026-11-24T10:00:00.000Z",
      facts: null,
      erasure: { reden: "verkeerde_persoon" },
    },
  };
  const deps = {
    store: {
      cases: { get: (id: string) => (id === caseId && purged === 0 ? marked : undefined) },
      meetings: { list: () => [] },
      purgeCase: () => {
        purged += 1;
        return Promise.resolve(null);
      },
    },
    audit: {
      record: (event: { action: string }) => recorded.push(event.action),
      flush: () => Promise.resolve(),
    },
    collab: { removeDocument: () => Promise.resolve() },
    open: () => Promise.reject(new Error("no overleg to open")),
    index: { removeCase: () => Promise.resolve(0) },
    signals: { removeForCase: () => Promise.resolve(0) },
    logger: { info: () => undefined, warn: () => undefined },
  } as unknown as PurgeDeps;
  return { deps, recorded, purged: () => purged };
}

describe("a destruction in hand", () => {
  it("is left alone by the daily job while it runs, and finished once", async () => {
    const { deps, recorded, purged } = standIns("case_1");
    let byJob: boolean | null = null;
    await destroyInHand(deps, "case_1", async () => {
      byJob = await purgeIfDue(deps, "case_1", "2026-11-24", new Date());
    });
    expect(byJob).toBe(false);
    expect(recorded).toEqual([]);
    expect(purged()).toBe(1);
  });

  it("is finished by the daily job after a crash, recorded again as the erasure it was", async () => {
    const { deps, recorded, purged } = standIns("case_2");
    expect(await purgeIfDue(deps, "case_2", "2026-11-24", new Date())).toBe(true);
    expect(recorded).toEqual(["case.erase"]);
    expect(purged()).toBe(1);
  });
});
