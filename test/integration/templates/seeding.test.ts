import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { CaseKind } from "../../../shared/domain/case.js";
import { PROSE_FIELD } from "../../../shared/docs/proseDoc.js";
import { templateProseSchema } from "../../../shared/templates/writeTemplate.js";
import { loadTemplates } from "../../../server/documents/templateLoader.js";
import { templateSeeder } from "../../../server/documents/templateSeeder.js";
import { TEMPLATES_DIR } from "../../../server/paths.js";
import {
  connectClient,
  waitFor,
  waitForSync,
  type TestClient,
} from "../../support/collabClient.js";
import { startCollabHarness, type CollabHarness } from "../../support/collabHarness.js";

/** Fictional cases and their kind of casusoverleg. */
const CASE_KINDS_BY_ID: Record<string, CaseKind> = { c1: "nazorg", c2: "radicalisering" };

describe("seeding a new case document from its template", async () => {
  const templates = await loadTemplates(TEMPLATES_DIR);
  const cleanups: (() => Promise<unknown> | void)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function harnessOn(dataDir?: string): Promise<CollabHarness> {
    const seeder = templateSeeder(templates, (caseId) => CASE_KINDS_BY_ID[caseId]);
    const harness = await startCollabHarness({
      dataDir,
      defaultAccess: "write",
      extensions: [seeder],
      limits: { unloadDelayMs: 20 },
    });
    let stopped = false;
    const stop = harness.stop.bind(harness);
    harness.stop = async () => {
      if (stopped) return;
      stopped = true;
      await stop();
    };
    cleanups.push(() => harness.stop());
    return harness;
  }

  function open(harness: CollabHarness, userId: string, docName: string): TestClient {
    const { sessionId } = harness.addUser(userId);
    const client = connectClient({ url: harness.url, origin: harness.origin, sessionId }, docName);
    cleanups.push(() => client.destroy());
    return client;
  }

  /** The client's document as its editor shows it, as ProseMirror JSON. */
  function editorContent(client: TestClient): unknown {
    const body = client.doc.getXmlFragment(PROSE_FIELD);
    return yXmlFragmentToProseMirrorRootNode(body, templateProseSchema).toJSON();
  }

  function blockCount(client: TestClient): number {
    return client.doc.getXmlFragment(PROSE_FIELD).length;
  }

  it("gives two users who open a new plan at the same moment the template exactly once, also after a restart", async () => {
    const template = templates.plan.nazorg;
    const first = await harnessOn();
    const a = open(first, "u1", "case/c1/plan");
    const b = open(first, "u2", "case/c1/plan");
    await Promise.all([waitForSync(a), waitForSync(b)]);
    await waitFor(
      () => blockCount(a) === template.content.length && blockCount(b) === template.content.length,
      "both clients have the template",
    );
    expect(editorContent(a)).toEqual(template);
    expect(editorContent(b)).toEqual(template);

    // An edit after the seed must survive a reload untouched: a second seed would undo or repeat.
    const note = new Y.XmlElement("paragraph");
    note.insert(0, [new Y.XmlText("Afspraak: woning geregeld")]);
    a.doc.getXmlFragment(PROSE_FIELD).insert(0, [note]);
    await waitFor(() => blockCount(b) === template.content.length + 1, "edit delivered");
    const edited = editorContent(a);

    await first.stop();
    const second = await harnessOn(first.dataDir);
    const later = open(second, "u3", "case/c1/plan");
    await waitForSync(later);
    expect(editorContent(later)).toEqual(edited);
  });

  it("seeds each document from the template of its own kind and document", async () => {
    const harness = await harnessOn();
    const analyse = open(harness, "u1", "case/c2/analyse");
    const plan = open(harness, "u1", "case/c2/plan");
    await Promise.all([waitForSync(analyse), waitForSync(plan)]);
    expect(editorContent(analyse)).toEqual(templates.analyse.radicalisering);
    expect(editorContent(plan)).toEqual(templates.plan.radicalisering);
  });

  it("does not seed a document again after its users removed everything in it", async () => {
    const first = await harnessOn();
    const writer = open(first, "u1", "case/c1/analyse");
    const watcher = open(first, "u2", "case/c1/analyse");
    await Promise.all([waitForSync(writer), waitForSync(watcher)]);
    const body = writer.doc.getXmlFragment(PROSE_FIELD);
    await waitFor(() => body.length > 0, "template arrived");
    body.delete(0, body.length);
    await waitFor(() => blockCount(watcher) === 0, "deletion stored and delivered");

    writer.destroy();
    watcher.destroy();
    await waitFor(() => first.collab.stats().documents === 0, "document unloaded");
    const reopened = open(first, "u3", "case/c1/analyse");
    await waitForSync(reopened);
    expect(blockCount(reopened)).toBe(0);

    await first.stop();
    const second = await harnessOn(first.dataDir);
    const afterRestart = open(second, "u4", "case/c1/analyse");
    await waitForSync(afterRestart);
    expect(blockCount(afterRestart)).toBe(0);
  });

  it("leaves the documents of unknown cases and other document kinds empty", async () => {
    const harness = await harnessOn();
    const unknown = open(harness, "u1", "case/c9/plan");
    const triage = open(harness, "u1", "case/c1/triage");
    await Promise.all([waitForSync(unknown), waitForSync(triage)]);
    expect(blockCount(unknown)).toBe(0);
    expect(blockCount(triage)).toBe(0);
  });
});
