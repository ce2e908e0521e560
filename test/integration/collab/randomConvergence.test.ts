/**
 * Convergence under random operations, after yjs's `applyRandomTests`: clients make random
 * text and map edits while randomly dropping and restoring their connections; at the end every
 * client and the server's own copy hold the same content. The server compacts often meanwhile.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import { startCollabHarness, type CollabHarness } from "../../support/collabHarness.js";
import { loadStoredDoc } from "../../support/storedDocument.js";
import {
  connectClient,
  waitFor,
  waitForSync,
  type TestClient,
} from "../../support/collabClient.js";

const DOC = "meeting/random";

/** A small seeded PRNG so a failing run can be repeated. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function contentOf(doc: Y.Doc): string {
  const map = Object.entries(doc.getMap("map").toJSON()).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({ text: doc.getText("text").toJSON(), map });
}

describe("random operations with random disconnects", () => {
  let harness: CollabHarness;
  const clients: TestClient[] = [];

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await harness.stop();
  });

  for (const seed of [1, 2, 3]) {
    it(`converges on every client and on the server (seed ${seed})`, async () => {
      harness = await startCollabHarness({
        defaultAccess: "write",
        limits: { compactAfterLogBytes: 512 },
      });
      const random = prng(seed);
      const pick = (n: number): number => Math.floor(random() * n);
      for (let i = 0; i < 4; i++) {
        const { sessionId } = harness.addUser(`u${i}`);
        clients.push(connectClient({ url: harness.url, origin: harness.origin, sessionId }, DOC));
      }
      await Promise.all(clients.map(waitForSync));

      for (let step = 0; step < 400; step++) {
        const client = clients[pick(clients.length)]!;
        const text = client.doc.getText("text");
        const roll = random();
        if (roll < 0.45) {
          text.insert(
            pick(text.length + 1),
            String.fromCharCode(97 + pick(26)).repeat(1 + pick(3)),
          );
        } else if (roll < 0.65 && text.length > 0) {
          const at = pick(text.length);
          text.delete(at, 1 + pick(Math.min(5, text.length - at)));
        } else if (roll < 0.8) {
          client.doc.getMap("map").set(`k${pick(5)}`, step);
        } else if (roll < 0.9) {
          client.provider.disconnect();
        } else {
          client.provider.connect();
        }
        if (step % 10 === 0) await new Promise((resolve) => setTimeout(resolve, pick(15)));
      }

      for (const client of clients) client.provider.connect();
      const handle = await harness.collab.openDocument(DOC);
      const expected = (): string => contentOf(handle.doc);
      await waitFor(
        () => clients.every((client) => contentOf(client.doc) === expected()),
        "all clients equal to the server",
        20_000,
      );
      expect(contentOf(clients[0]!.doc)).toBe(expected());
      expect(clients.every((client) => client.closeCodes.length === 0)).toBe(true);
      const final = expected();
      const stateVector = Y.encodeStateVector(handle.doc);
      handle.release();

      // The files as they are now, as a kill -9 would leave them (no shutdown, no last
      // compaction: the newest log holds clients' updates as received), load back identically.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const copy = await mkdtemp(join(tmpdir(), "casustafel-asleft-"));
      await cp(join(harness.dataDir, "docs"), join(copy, "docs"), { recursive: true });
      const asLeft = await loadStoredDoc(copy, DOC);
      expect(contentOf(asLeft)).toBe(final);
      expect(Y.encodeStateVector(asLeft)).toEqual(stateVector);
      await rm(copy, { recursive: true, force: true });

      // What was stored (log, snapshots from the frequent compactions) loads back identically.
      for (const client of clients) client.provider.disconnect();
      await harness.stop();
      harness = await startCollabHarness({ dataDir: harness.dataDir });
      const reloaded = await harness.collab.openDocument(DOC);
      expect(contentOf(reloaded.doc)).toBe(final);
      reloaded.release();
    });
  }
});
