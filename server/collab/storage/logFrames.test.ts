import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FILE_HEADER_BYTES,
  LOG_MAGIC,
  encodeFileHeader,
  frameAll,
  scanFrames,
} from "./logFrames.js";

function logFile(payloads: Uint8Array[]): Buffer {
  return Buffer.concat([encodeFileHeader(LOG_MAGIC), frameAll(payloads)]);
}

describe("log framing", () => {
  it("reads back every payload of an intact file", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }), (payloads) => {
        const file = logFile(payloads);
        const scan = scanFrames(file, FILE_HEADER_BYTES);
        expect(scan.damage).toBeNull();
        expect(scan.validEnd).toBe(file.length);
        expect(scan.payloads.map((p) => [...p])).toEqual(payloads.map((p) => [...p]));
      }),
    );
  });

  it("keeps exactly the complete frames when the file is cut at any byte", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 32 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (payloads, cutSeed) => {
          const file = logFile(payloads);
          const cut = FILE_HEADER_BYTES + (cutSeed % (file.length - FILE_HEADER_BYTES));
          const scan = scanFrames(file.subarray(0, cut), FILE_HEADER_BYTES);
          const complete = logFile(payloads.slice(0, scan.payloads.length)).length;
          expect(scan.validEnd).toBe(complete);
          expect(complete).toBeLessThanOrEqual(cut);
          expect(logFile(payloads.slice(0, scan.payloads.length + 1)).length).toBeGreaterThan(cut);
        },
      ),
    );
  });

  it("stops at a frame whose checksum does not match", () => {
    const file = logFile([new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6])]);
    file.writeUInt8(file.readUInt8(file.length - 1) ^ 0xff, file.length - 1);
    const scan = scanFrames(file, FILE_HEADER_BYTES);
    expect(scan.damage).toBe("bad-checksum");
    expect(scan.payloads).toHaveLength(1);
    expect(scan.validEnd).toBe(logFile([new Uint8Array([1, 2, 3])]).length);
  });

  it("treats appended garbage as a damaged tail", () => {
    const intact = logFile([new Uint8Array([9, 9])]);
    const file = Buffer.concat([intact, Buffer.from("garbage that is not a frame")]);
    const scan = scanFrames(file, FILE_HEADER_BYTES);
    expect(scan.damage).not.toBeNull();
    expect(scan.validEnd).toBe(intact.length);
  });
});
