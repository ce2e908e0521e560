import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyIncrementalUpdates } from "./incrementalUpdate.js";

/** Client updates from random inserts and deletes by two editors, in the order they were made. */
function clientUpdates(
  ops: readonly { editor: number; insert: boolean; at: number }[],
): Uint8Array[] {
  const editors = [new Y.Doc(), new Y.Doc()];
  const updates: Uint8Array[] = [];
  for (const editor of editors) {
    editor.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== "remote") updates.push(update);
    });
  }
  for (const op of ops) {
    const doc = editors[op.editor] ?? new Y.Doc();
    const text = doc.getText("t");
    if (op.insert || text.length === 0) text.insert(op.at % (text.length + 1), "x");
    else text.delete(op.at % text.length, 1);
    // The other editor sees this change, so later edits build on it (and depend on it).
    const other = editors[1 - op.editor];
    if (other) Y.applyUpdate(other, updates.at(-1) ?? new Uint8Array(), "remote");
  }
  return updates;
}

describe("applying incremental client updates in batches", () => {
  it("stores exactly what makes a replay equal to the live document, in any order and batching", () => {
    const op = fc.record({
      editor: fc.integer({ min: 0, max: 1 }),
      insert: fc.boolean(),
      at: fc.nat(50),
    });
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        (ops, seed, batchSize) => {
          const updates = clientUpdates(ops);
          // Deliver in a shuffled order, so some updates arrive before the ones they depend on.
          const order = updates.map((update, index) => ({
            update,
            key: (index * 7919 + seed) % 101,
          }));
          order.sort((a, b) => a.key - b.key);
          const server = new Y.Doc();
          const stored: Uint8Array[] = [];
          const listener = (update: Uint8Array): void => void stored.push(update);
          server.on("update", listener);
          for (let start = 0; start < order.length; start += batchSize) {
            const batch = order.slice(start, start + batchSize).map((item) => item.update);
            const result = applyIncrementalUpdates(
              server,
              batch,
              batch.map(() => "client"),
              listener,
            );
            expect(result.failed).toEqual([]);
            for (const i of result.storeIndexes) stored.push(batch[i] ?? new Uint8Array());
          }
          const replay = new Y.Doc();
          for (const update of stored) Y.applyUpdate(replay, update);
          expect(replay.getText("t").toJSON()).toBe(server.getText("t").toJSON());
          expect(Y.encodeStateVector(replay)).toEqual(Y.encodeStateVector(server));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reports a batch that changes nothing as nothing to store", () => {
    const client = new Y.Doc();
    client.getText("t").insert(0, "abc");
    const update = Y.encodeStateAsUpdate(client);
    const server = new Y.Doc();
    const listener = (): void => undefined;
    server.on("update", listener);
    expect(applyIncrementalUpdates(server, [update], ["a"], listener).storeIndexes).toEqual([0]);
    expect(
      applyIncrementalUpdates(server, [update, update], ["a", "b"], listener).storeIndexes,
    ).toEqual([]);
  });

  it("names the origin of an update that fails to apply and keeps the others", () => {
    const client = new Y.Doc();
    client.getText("t").insert(0, "abc");
    const good = Y.encodeStateAsUpdate(client);
    const server = new Y.Doc();
    const stored: Uint8Array[] = [];
    const listener = (update: Uint8Array): void => void stored.push(update);
    server.on("update", listener);
    const result = applyIncrementalUpdates(
      server,
      [good, new Uint8Array([1, 2, 3])],
      ["a", "b"],
      listener,
    );
    expect(result.failed).toEqual(["b"]);
    expect(server.getText("t").toJSON()).toBe("abc");
    const replay = new Y.Doc();
    const own = result.storeIndexes.map((i) => [good][i] ?? new Uint8Array());
    for (const update of [...own, ...stored]) Y.applyUpdate(replay, update);
    expect(replay.getText("t").toJSON()).toBe("abc");
  });
});
