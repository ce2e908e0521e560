import fc from "fast-check";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { frameBytes, frameMessage } from "./wsFrames.js";

/** Reads one unmasked server frame per RFC 6455: FIN and opcode, then the payload. */
function readFrame(frame: Buffer): { finBinary: boolean; payload: Buffer } {
  const first = frame[0] ?? 0;
  let length = (frame[1] ?? 0) & 0x7f;
  let offset = 2;
  if (length === 126) {
    length = frame.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    length = Number(frame.readBigUInt64BE(2));
    offset = 10;
  }
  expect((frame[1] ?? 0) & 0x80).toBe(0); // server frames are never masked
  expect(frame.length).toBe(offset + length);
  return { finBinary: first === 0x82, payload: frame.subarray(offset) };
}

describe("websocket frames built once per room", () => {
  it("frame a y-websocket message exactly as lib0 encodes it, at every length class", () => {
    const lengths = fc.oneof(fc.nat(130), fc.integer({ min: 65_530, max: 65_545 }));
    fc.assert(
      fc.property(lengths, fc.integer({ min: 0, max: 3 }), (length, type) => {
        const body = new Uint8Array(length).fill(7);
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, type);
        encoding.writeVarUint8Array(encoder, body);
        const expected = encoding.toUint8Array(encoder);
        const framed = readFrame(frameMessage([type], body));
        expect(framed.finBinary).toBe(true);
        // Buffer.equals: a deep equality over 64 KiB arrays would take seconds per run.
        expect(framed.payload.equals(expected)).toBe(true);
        expect(readFrame(frameBytes(expected)).payload.equals(expected)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
