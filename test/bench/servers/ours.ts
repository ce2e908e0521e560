/**
 * Starts Casustafel itself (`dist/server/index.js`, built by `npm run bench`) with auth, authorisation
 * and durable storage on, in a fresh data directory with demo data plus extra cases for `pr.jansen`,
 * logs in as `pr.jansen` and plans the workloads on the documents of those cases.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BenchConfig } from "../config.js";
import { MEMORY_WARMUP_DOCS, type BenchServer, type DocPlan } from "./benchServer.js";
import { forceGc, inspectFlag } from "./forceGc.js";
import { PROJECT_ROOT, freePort, spawnServer, stopChild, waitForHttp } from "./serverProcess.js";

const SERVER_ENTRY = join(PROJECT_ROOT, "dist", "server", "index.js");
/**
 * Kinds whose documents take the editing workloads' writes: paragraphs of their prose
 * (benchParagraphs.ts). Our server takes content under a document's own top-level types only.
 */
const EDITABLE_KINDS = ["analyse", "plan"] as const;
/**
 * Kinds whose documents start empty: the memory workload opens these, so each server holds the
 * same empty documents. A casusanalyse or plan starts from its template (about 60 KB of heap), and
 * the server prepares a leefgebieden document's fourteen notes when it loads it.
 */
const EMPTY_KINDS = ["triage"] as const;
const DEMO_USER = { username: "pr.jansen", password: "demo" };
/** A closed case is read-only, so its documents cannot take edits. */
const CLOSED_PHASE = "gesloten";

interface CaseSummary {
  readonly id: string;
  readonly phase?: string;
}

/** Starts our server and logs in; the session cookie and Origin go with every websocket upgrade. */
export async function startOurs(config: BenchConfig): Promise<BenchServer> {
  if (!existsSync(SERVER_ENTRY))
    throw new Error(`${SERVER_ENTRY} is missing: the server build failed`);
  const port = await freePort();
  const inspectPort = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "casustafel-bench-"));
  const casesNeeded =
    Math.max(
      Math.ceil((config.idleDocs + MEMORY_WARMUP_DOCS) / EMPTY_KINDS.length),
      Math.ceil((config.latencyDocs + 1) / EDITABLE_KINDS.length),
    ) + 1;
  const server = spawnServer(
    "ours",
    [inspectFlag(inspectPort), ...profilingFlags(), SERVER_ENTRY],
    {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      ZVH_DEMO: "1",
      ZVH_DEMO_EXTRA_CASES: String(casesNeeded),
      COLLAB_UNLOAD_DELAY_MS: String(config.unloadDelayMs),
    },
  );
  // Also on an interrupted run: the data directory is ours to remove.
  const removeData = (): void => rmSync(dataDir, { recursive: true, force: true });
  process.once("exit", removeData);
  const stop = async (): Promise<void> => {
    await stopChild(server.child);
    removeData();
  };
  try {
    await waitForHttp(`${origin}/api/health`, server);
    const cookie = await logIn(origin);
    const cases = await listCases(origin, cookie);
    return {
      name: "ours",
      pid: server.pid,
      target: {
        protocol: "y-websocket",
        serverUrl: `ws://127.0.0.1:${port}/collab`,
        headers: { Cookie: cookie, Origin: origin },
      },
      docs: planDocs(cases, config),
      // Unloading waits for the configured delay after the last close, plus a margin for flushing.
      settleAfterCloseMs: config.unloadDelayMs + 3_000,
      collectGarbage: () => forceGc(inspectPort),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * `BENCH_CPU_PROF=<dir>` profiles our server: V8 writes a `.cpuprofile` into `<dir>` when it exits.
 * `BENCH_NODE_FLAGS` adds node flags, e.g. `--perf-basic-prof` so `perf record -p <pid>` names
 * JavaScript frames. Profiling slows the server down, so the figures of such a run are not comparable.
 */
function profilingFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  const extra = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter((flag) => flag !== "");
  return [...(dir ? ["--cpu-prof", "--cpu-prof-dir", dir] : []), ...extra];
}

async function logIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(DEMO_USER),
  });
  if (!response.ok)
    throw new Error(`login as ${DEMO_USER.username} failed: HTTP ${response.status}`);
  const cookies = response.headers.getSetCookie().map((header) => header.split(";")[0] ?? "");
  if (cookies.length === 0) throw new Error("login returned no session cookie");
  return cookies.join("; ");
}

async function listCases(origin: string, cookie: string): Promise<CaseSummary[]> {
  const response = await fetch(`${origin}/api/cases`, { headers: { cookie, origin } });
  if (!response.ok) throw new Error(`GET /api/cases failed: HTTP ${response.status}`);
  const body = (await response.json()) as { cases?: CaseSummary[] };
  return (body.cases ?? []).filter((summary) => summary.phase !== CLOSED_PHASE);
}

/**
 * Latency on the first cases' documents, the burst on a document outside them, idle on documents
 * that start empty. The editing workloads write paragraphs of a casusanalyse or plan.
 */
function planDocs(cases: readonly CaseSummary[], config: BenchConfig): DocPlan {
  const docsOf = (kinds: readonly string[]): string[] =>
    cases.flatMap((summary) => kinds.map((kind) => `case/${summary.id}/${kind}`));
  const empty = docsOf(EMPTY_KINDS);
  const editable = docsOf(EDITABLE_KINDS);
  const latency = editable.slice(0, config.latencyDocs);
  const burst = editable[config.latencyDocs];
  const emptyNeeded = config.idleDocs + MEMORY_WARMUP_DOCS;
  if (burst === undefined || empty.length < emptyNeeded) {
    throw new Error(
      `pr.jansen can open ${empty.length} empty documents and ${editable.length} editable ones; the bench needs ${emptyNeeded} and ${config.latencyDocs + 1} (is ZVH_DEMO_EXTRA_CASES supported?)`,
    );
  }
  return {
    latency,
    burst,
    idle: empty.slice(0, config.idleDocs),
    warmup: empty.slice(config.idleDocs, emptyNeeded),
  };
}
