import { describe, expect, it } from "vitest";
import { ApiError, ClientErrorCode } from "./errors.js";
import { failedLoad, lastValue, type Load } from "./useLoader.js";

const loaded: Load<string> = { status: "loaded", value: "slot 1" };

describe("lastValue", () => {
  it("shows the loaded value, and the previous one while loading again", () => {
    expect(lastValue(loaded)).toBe("slot 1");
    expect(lastValue<string>({ status: "loading", previous: "slot 1" })).toBe("slot 1");
    expect(lastValue<string>({ status: "loading", previous: null })).toBeNull();
  });
});

describe("failedLoad", () => {
  it("keeps the previous value after a failure that is not a refusal, retried or not", () => {
    const unreachable = failedLoad(loaded, new ApiError(0, ClientErrorCode.Network), true);
    expect(unreachable).toMatchObject({ retrying: true, refused: false });
    expect(lastValue(unreachable)).toBe("slot 1");
    const broken = failedLoad(loaded, new ApiError(500, "internal"), false);
    expect(lastValue(broken)).toBe("slot 1");
  });

  it("drops the previous value once the server refused it, and a later load does not bring it back", () => {
    for (const status of [403, 404]) {
      const refused = failedLoad(loaded, new ApiError(status, "forbidden", "Geen toegang."), false);
      expect(refused).toMatchObject({ refused: true, message: "Geen toegang." });
      expect(lastValue(refused)).toBeNull();
      const next = failedLoad(refused, new ApiError(0, ClientErrorCode.Network), true);
      expect(lastValue(next)).toBeNull();
    }
  });
});
