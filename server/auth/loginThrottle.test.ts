import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./loginThrottle.js";

describe("LoginThrottle", () => {
  it("blocks a key once it reaches the limit within the window", () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 1000, () => now);
    for (let i = 0; i < 3; i++) throttle.recordFailure(["user:a"]);
    expect(throttle.isBlocked(["user:a"])).toBe(true);
    expect(throttle.isBlocked(["user:b"])).toBe(false);
    now = 1001;
    expect(throttle.isBlocked(["user:a"])).toBe(false);
  });

  it("blocks when any one of the keys is over the limit", () => {
    const throttle = new LoginThrottle(2, 1000, () => 0);
    throttle.recordFailure(["user:a", "ip:1"]);
    throttle.recordFailure(["user:b", "ip:1"]);
    expect(throttle.isBlocked(["user:c", "ip:1"])).toBe(true);
  });

  it("forgets a key after a reset", () => {
    const throttle = new LoginThrottle(1, 1000, () => 0);
    throttle.recordFailure(["user:a"]);
    throttle.reset("user:a");
    expect(throttle.isBlocked(["user:a"])).toBe(false);
  });
});
