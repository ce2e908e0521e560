/**
 * Action extraction benchmark: with N plan documents of 20 action items each loaded and indexed
 * (per-case files in a temp directory, as the server keeps them), one edit to one plan at a time
 * goes through the extraction plug-in's `onChange`. Measured per edit: the extraction itself
 * (read the changed plan, diff, update the in-memory index), the time until the index file is
 * written, and the process CPU per edit. Run once with 50 and once with 500 plans to show that
 * the cost follows the changed plan, not the number of plans.
 *
 *   node --import tsx test/bench/actions/extractionBench.ts [plans=500] [edits=300]
 *
 * The collaboration server's own debounce (`changeDebounceMs`) comes before this in production
 * and is not part of these figures.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Y from "yjs";
import {
  insertActionItem,
  setActionStatus,
  updateActionItem,
} from "../../../shared/docs/planDoc.js";
import { caseDocName } from "../../../shared/wire/docNames.js";
import { createActionExtractor } from "../../../server/actions/actionExtractor.js";
import { FileActionIndexStorage } from "../../../server/actions/actionIndexStorage.js";
import { ActionIndexRepository } from "../../../server/actions/actionIndexRepository.js";
import type { Principal } from "../../../server/auth/principal.js";
import type { ChangeHookContext } from "../../../server/collab/types.js";

const ACTIONS_PER_PLAN = 20;

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

const editor: Principal = {
  userId: "user_bench",
  username: "bench",
  displayName: "Bench",
  organisationId: "org_bench",
  organisationName: "Bench",
  role: "deelnemer",
  regio: "bench",
  sessionId: "s",
  mustChangePassword: false,
};

function buildPlan(caseIndex: number): Y.Doc {
  const doc = new Y.Doc();
  for (let i = 0; i < ACTIONS_PER_PLAN; i++) {
    insertActionItem(doc, {
      id: `act_${caseIndex}_${i}`,
      text: `Fictieve afspraak ${i} voor benchcasus ${caseIndex}: contact opnemen en terugkoppelen`,
      organisationId: `org_${i % 5}`,
      responsible: `user:user_${i % 7}`,
      dueDate: "2030-06-01",
      status: "open",
      kind: i % 2 === 0 ? "zorg" : "straf",
    });
  }
  return doc;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Loads `plans` plans, applies `edits` single edits, returns the figures. */
async function run(plans: number, edits: number) {
  const dir = await mkdtemp(join(tmpdir(), "casustafel-actionbench-"));
  try {
    const index = new ActionIndexRepository(new FileActionIndexStorage(dir, () => undefined));
    await index.load();
    let audited = 0;
    const extractor = createActionExtractor({
      index,
      recordAudit: () => void audited++,
      logger: silent,
    });
    const onLoad = extractor.extension.onLoad;
    const onChange = extractor.extension.onChange;
    if (!onLoad || !onChange) throw new Error("extension lacks hooks");

    const docs: Y.Doc[] = [];
    const loadStart = performance.now();
    for (let c = 0; c < plans; c++) {
      const doc = buildPlan(c);
      docs.push(doc);
      await onLoad({ docName: caseDocName(`case_${c}`, "plan"), doc, isClientOrigin: () => false });
    }
    await index.flush();
    const loadMs = performance.now() - loadStart;

    const extractMs: number[] = [];
    const durableMs: number[] = [];
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    for (let e = 0; e < edits; e++) {
      const c = (e * 7919) % plans;
      const doc = docs[c] as Y.Doc;
      const actionId = `act_${c}_${e % ACTIONS_PER_PLAN}`;
      if (e % 2 === 0) {
        setActionStatus(doc, actionId, {
          status: e % 4 === 0 ? "in_uitvoering" : "open",
          at: new Date().toISOString(),
          by: editor.userId,
        });
      } else {
        updateActionItem(doc, actionId, {
          dueDate: `2030-07-${String((e % 28) + 1).padStart(2, "0")}`,
        });
      }
      const ctx: ChangeHookContext = {
        docName: caseDocName(`case_${c}`, "plan"),
        doc,
        editors: [editor],
      };
      const t0 = performance.now();
      await onChange(ctx);
      const t1 = performance.now();
      await index.flush();
      const t2 = performance.now();
      extractMs.push(t1 - t0);
      durableMs.push(t2 - t0);
    }
    const wallMs = performance.now() - wallBefore;
    const cpu = process.cpuUsage(cpuBefore);
    extractMs.sort((a, b) => a - b);
    durableMs.sort((a, b) => a - b);
    return {
      plans,
      actions: plans * ACTIONS_PER_PLAN,
      edits,
      initialLoadAndIndexMs: Math.round(loadMs),
      extractionMs: {
        p50: round(percentile(extractMs, 50)),
        p99: round(percentile(extractMs, 99)),
      },
      untilIndexFileWrittenMs: {
        p50: round(percentile(durableMs, 50)),
        p99: round(percentile(durableMs, 99)),
      },
      cpuMsPerEdit: round((cpu.user + cpu.system) / 1000 / edits),
      wallMsPerEdit: round(wallMs / edits),
      auditEvents: audited,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const plans = Number(process.argv[2] ?? 500);
const edits = Number(process.argv[3] ?? 300);
// A small warm-up so the JIT has seen the code before anything is measured.
await run(10, 50);
const small = await run(Math.max(1, Math.round(plans / 10)), edits);
const full = await run(plans, edits);
console.log(JSON.stringify({ node: process.version, small, full }, null, 2));
