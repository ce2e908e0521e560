import fc from "fast-check";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  firstLine,
  lineNumbersAt,
  linesBackward,
  linesForward,
  monthOfFile,
  type TrailLine,
} from "./trailFiles.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "casustafel-trailfiles-"));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function fileWith(text: string): Promise<string> {
  const path = join(dir, "audit-2025-03.jsonl");
  await writeFile(path, text);
  return path;
}

async function collect(lines: AsyncIterable<TrailLine>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line.text);
  return out;
}

async function collectLines(lines: AsyncIterable<TrailLine>): Promise<TrailLine[]> {
  const out: TrailLine[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe("reading the trail's files line by line", () => {
  it("reads the lines forwards and backwards across chunk borders, also inside a multi-byte character", async () => {
    const lines = ['{"a":1}', '{"b":"één café"}', '{"c":"ß€😀"}', "x".repeat(40)];
    const path = await fileWith(lines.join("\n") + "\n");
    for (const chunkBytes of [1, 2, 3, 7, 64]) {
      const options = { complete: true, chunkBytes };
      expect(await collect(linesForward(path, options))).toEqual(lines);
      expect(await collect(linesBackward(path, options))).toEqual([...lines].reverse());
    }
  });

  it("reads the same lines in both directions for any text and chunk size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: "grapheme", maxLength: 12 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 20 }),
        async (raw, chunkBytes) => {
          const lines = raw.map((l) => l.replaceAll("\n", " "));
          const path = await fileWith(lines.map((l) => l + "\n").join(""));
          const options = { complete: true, chunkBytes };
          const kept = lines.filter((l) => l !== "");
          expect(await collect(linesForward(path, options))).toEqual(kept);
          expect(await collect(linesBackward(path, options))).toEqual([...kept].reverse());
        },
      ),
      { numRuns: 60 },
    );
  });

  it("skips a last line without newline in a file still being written, and reads it in a complete one", async () => {
    const path = await fileWith('{"seq":1}\n{"seq":2}\n{"se');
    const live = { complete: false, chunkBytes: 4 };
    expect(await collect(linesForward(path, live))).toEqual(['{"seq":1}', '{"seq":2}']);
    expect(await collect(linesBackward(path, live))).toEqual(['{"seq":2}', '{"seq":1}']);
    const done = { complete: true, chunkBytes: 4 };
    expect(await collect(linesBackward(path, done))).toEqual(['{"se', '{"seq":2}', '{"seq":1}']);
  });

  it("gives the first line of a file, and nothing for an empty one", async () => {
    const path = await fileWith('{"seq":7}\n{"seq":8}\n');
    expect((await firstLine(path, { complete: true, chunkBytes: 3 }))?.text).toBe('{"seq":7}');
    await writeFile(path, "");
    expect(await firstLine(path, { complete: true })).toBeUndefined();
  });

  it("gives each line the byte offset it starts at, in both directions and across chunk borders", async () => {
    const path = await fileWith('{"a":1}\n\n{"b":"é"}\n{"c":3}\n');
    const expected = [
      { text: '{"a":1}', start: 0 },
      { text: '{"b":"é"}', start: 9 },
      { text: '{"c":3}', start: 20 },
    ];
    for (const chunkBytes of [1, 4, 64]) {
      const options = { complete: true, chunkBytes };
      expect(await collectLines(linesForward(path, options))).toEqual(expected);
      expect(await collectLines(linesBackward(path, options))).toEqual([...expected].reverse());
    }
  });

  it("numbers the lines at given offsets as an editor does, counting empty lines", async () => {
    const path = await fileWith('{"a":1}\n\n{"b":"é"}\n{"c":3}\n');
    for (const chunkBytes of [1, 3, 64]) {
      const numbers = await lineNumbersAt(path, [20, 0, 9], chunkBytes);
      expect([numbers.get(0), numbers.get(9), numbers.get(20)]).toEqual([1, 3, 4]);
    }
  });

  it("reads the month from a file name and nothing from another name", () => {
    expect(monthOfFile("audit-2025-03.jsonl")).toBe("2025-03");
    expect(monthOfFile("audit-unknown.jsonl")).toBeNull();
  });
});
