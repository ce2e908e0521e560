import { describe, expect, it } from "vitest";
import { planIdleWarning, WARN_BEFORE_MS } from "./idleWarningTiming.js";

const MINUTE = 60_000;
const HOURS = 12 * 60 * MINUTE;

describe("the warning before the session ends", () => {
  it("stays away while more than the warning time is left, and asks again when it would be due", () => {
    const plan = planIdleWarning({ idleMs: 20 * MINUTE, absoluteMs: HOURS });
    expect(plan.warning).toBeNull();
    expect(plan.recheckInMs).toBe(10 * MINUTE);
    expect(planIdleWarning({ idleMs: 5 * MINUTE, absoluteMs: HOURS }).recheckInMs).toBe(
      5 * MINUTE - WARN_BEFORE_MS,
    );
  });

  it("shows once the idle timeout is near, as something staying can extend, and asks again soon", () => {
    const plan = planIdleWarning({ idleMs: 2 * MINUTE, absoluteMs: HOURS });
    expect(plan.warning).toEqual({ endsInMs: 2 * MINUTE, extendable: true });
    expect(plan.recheckInMs).toBe(15_000);
  });

  it("says the end of the session's lifetime cannot be put off", () => {
    const plan = planIdleWarning({ idleMs: 20 * MINUTE, absoluteMs: 2 * MINUTE });
    expect(plan.warning).toEqual({ endsInMs: 2 * MINUTE, extendable: false });
  });

  it("never asks again in a loop when the session is about to end or a clock is off", () => {
    expect(planIdleWarning({ idleMs: 100, absoluteMs: HOURS }).recheckInMs).toBe(5_000);
    expect(planIdleWarning({ idleMs: -3_000, absoluteMs: HOURS }).warning?.endsInMs).toBe(0);
  });
});
