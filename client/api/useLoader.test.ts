import { describe, expect, it } from "vitest";
import { heldValue, lastValue, type Load } from "./useLoader.js";

const failed = (retrying: boolean, refused: boolean): Load<string> => ({
  status: "failed",
  message: "Er ging iets mis.",
  retrying,
  previous: "slot 1",
  refused,
});

describe("heldValue", () => {
  it("shows the loaded value, and the previous one while loading again", () => {
    expect(heldValue<string>({ status: "loaded", value: "slot 1" })).toBe("slot 1");
    expect(heldValue<string>({ status: "loading", previous: "slot 1" })).toBe("slot 1");
    expect(heldValue<string>({ status: "loading", previous: null })).toBeNull();
  });

  it("keeps the previous value after a failure that is not a refusal, retried or not", () => {
    expect(heldValue(failed(true, false))).toBe("slot 1");
    expect(heldValue(failed(false, false))).toBe("slot 1");
  });

  it("drops the previous value once the server refused it, unlike lastValue", () => {
    expect(heldValue(failed(false, true))).toBeNull();
    expect(lastValue(failed(false, true))).toBe("slot 1");
  });
});
