import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./loginThrottle.js";

describe("LoginThrottle", () => {
  it("blocks a username once it reaches its limit within the window", () => {
    let now = 0;
    const throttle = new LoginThrottle({ perUser: 3, perAddress: 10 }, 1000, () => now);
    for (let i = 0; i < 3; i++) throttle.recordFailure({ username: "a", ip: `ip-${i}` });
    expect(throttle.isBlocked({ username: "a", ip: "ip-9" })).toBe(true);
    expect(throttle.isBlocked({ username: "b", ip: "ip-0" })).toBe(false);
    now = 1001;
    expect(throttle.isBlocked({ username: "a", ip: "ip-9" })).toBe(false);
  });

  it("blocks an address only at its own, higher limit, for every username", () => {
    const throttle = new LoginThrottle({ perUser: 2, perAddress: 4 }, 1000, () => 0);
    for (const username of ["a", "b", "c"]) throttle.recordFailure({ username, ip: "kantoor" });
    expect(throttle.isBlocked({ username: "d", ip: "kantoor" })).toBe(false);
    throttle.recordFailure({ username: "e", ip: "kantoor" });
    expect(throttle.isBlocked({ username: "d", ip: "kantoor" })).toBe(true);
    expect(throttle.isBlocked({ username: "d", ip: "elders" })).toBe(false);
  });

  it("forgets a username after a reset", () => {
    const throttle = new LoginThrottle({ perUser: 1, perAddress: 10 }, 1000, () => 0);
    throttle.recordFailure({ username: "a", ip: "x" });
    throttle.reset("a");
    expect(throttle.isBlocked({ username: "a", ip: "x" })).toBe(false);
  });
});
