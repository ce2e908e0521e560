import fc from "fast-check";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { encodeAwarenessMessage, encodeUpdateMessage } from "./syncMessages.js";

function viaLib0(prefix: number[], payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const value of prefix) encoding.writeVarUint(encoder, value);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe("broadcast message encoding", () => {
  it("encodes update and awareness messages exactly as lib0 does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (payload) => {
        expect(encodeUpdateMessage(payload)).toEqual(viaLib0([0, 2], payload));
        expect(encodeAwarenessMessage(payload)).toEqual(viaLib0([1], payload));
      }),
      { numRuns: 200 },
    );
  });
});
