import { describe, expect, it } from "vitest";
import { CloseCode, isTerminalCloseCode } from "./closeCodes.js";

describe("which close codes end reconnecting", () => {
  it("stops on the server's refusals and on a message too big to ever be accepted", () => {
    for (const code of [
      CloseCode.BadRequest,
      CloseCode.Unauthenticated,
      CloseCode.Forbidden,
      CloseCode.MalformedMessage,
      CloseCode.RateLimited,
      CloseCode.MessageTooBig,
    ]) {
      expect(isTerminalCloseCode(code), String(code)).toBe(true);
    }
  });

  it("reconnects after restarts, storage trouble, a slow reader and closes without a code", () => {
    for (const code of [
      CloseCode.GoingAway,
      CloseCode.ServiceRestart,
      CloseCode.InternalError,
      CloseCode.DocumentUnavailable,
      CloseCode.SlowReader,
      1005,
      1006,
    ]) {
      expect(isTerminalCloseCode(code), String(code)).toBe(false);
    }
  });
});
