/**
 * `npm run bench`: our server, the Yjs reference server, Hocuspocus and the relay floor, one after
 * another, each in its own child process and driven by separate client processes over loopback, on the
 * workloads of issue 3.
 * Prints one table with ratios and the verdict on each target, and writes `.bench/last.json`; then
 * runs the action-extraction and case-page benchmarks (`extras.ts`; `BENCH_SKIP_EXTRA=1` skips them).
 * Not a test: nothing here fails on a number. Sizes come from BENCH_* variables (see config.ts).
 */
import { ClientProcess } from "./clients/clientProcess.js";
import { readBenchConfig, type BenchConfig } from "./config.js";
import { runExtraBenches } from "./extras.js";
import { judgeTargets, renderTable, renderVerdicts, writeJson } from "./report.js";
import { combineRounds, emptyResult, type ServerResult } from "./results.js";
import type { BenchServer, ServerName } from "./servers/benchServer.js";
import { startFloor, startHocuspocus, startReference } from "./servers/comparisonServers.js";
import { startOurs } from "./servers/ours.js";
import { BENCH_DIR, killAllServers } from "./servers/serverProcess.js";
import { runBurst, runLatency, runMemory, sleep } from "./workloads.js";

const STARTERS: Record<ServerName, (config: BenchConfig) => Promise<BenchServer>> = {
  ours: startOurs,
  reference: startReference,
  hocuspocus: startHocuspocus,
  floor: startFloor,
};
const BASELINE_SETTLE_MS = 1_000;

function isServerName(name: string): name is ServerName {
  return name in STARTERS;
}

/**
 * Runs a workload; a failure becomes a note on the result so the other workloads still run, and the
 * failed workload's connections are closed so they do not weigh on the next one.
 */
async function attempt(
  result: ServerResult,
  clients: readonly ClientProcess[],
  workload: string,
  run: () => Promise<void>,
): Promise<void> {
  const started = Date.now();
  try {
    await run();
    log(`  ${workload} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result.notes.push(`${workload} failed: ${message}`);
    log(`  ${workload} FAILED: ${message}`);
    await Promise.all(clients.map((client) => client.request("closeAll", {}))).catch(
      () => undefined,
    );
  }
}

async function benchServer(name: ServerName, config: BenchConfig): Promise<ServerResult> {
  const result = emptyResult(name);
  let server: BenchServer;
  try {
    server = await STARTERS[name](config);
  } catch (error) {
    result.notes.push(
      `server did not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    log(`  ${name} did not start`);
    return result;
  }
  const clients = Array.from({ length: Math.max(2, config.clientProcesses) }, () =>
    ClientProcess.start(),
  );
  try {
    await sleep(BASELINE_SETTLE_MS);
    const wanted = (workload: string): boolean =>
      config.workloads.includes(workload) && (server.workloads?.includes(workload) ?? true);
    // Memory first, on a fresh server, so its baseline is not inflated by the other workloads.
    if (wanted("memory")) {
      await attempt(result, clients, "memory", () => runMemory(server, clients, result));
    }
    if (wanted("latency")) {
      await attempt(result, clients, "latency", () =>
        runLatency(server, clients.slice(0, config.clientProcesses), config, result),
      );
    }
    if (wanted("burst")) {
      await attempt(result, clients, "burst + cold sync", () =>
        runBurst(server, clients, config, result),
      );
    }
  } finally {
    await Promise.all(clients.map((client) => client.stop()));
    await server.stop();
  }
  return result;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function main(): Promise<void> {
  const config = readBenchConfig();
  const unknown = config.servers.filter((name) => !isServerName(name));
  if (unknown.length > 0)
    throw new Error(`unknown server(s) in BENCH_SERVERS: ${unknown.join(", ")}`);
  log(
    `bench: ${config.latencyDocs} docs x ${config.editorsPerDoc} editors x ${config.editsPerSecond} edits/s for ${config.seconds} s, ` +
      `burst ${config.burstUpdates}, ${config.idleDocs} idle docs, ${config.clientProcesses} client processes, ` +
      `${config.rounds} round(s)`,
  );
  const names = config.servers.filter(isServerName);
  const rounds = new Map<ServerName, ServerResult[]>(names.map((name) => [name, []]));
  // Servers take turns round by round, so a burst of outside load does not hit one server only.
  for (let round = 1; round <= config.rounds; round++) {
    for (const name of names) {
      log(`${name} (round ${round}/${config.rounds}): starting`);
      rounds.get(name)?.push(await benchServer(name, config));
    }
  }
  const results = names.map((name) => combineRounds(rounds.get(name) ?? []));

  const verdicts = judgeTargets(results);
  const notes = results.flatMap((r) => r.notes.map((note) => `- ${r.name}: ${note}`));
  console.log(
    `\n${renderTable(results, config)}\n\nRatios are ours divided by the other server (below 1: ours is lower).\n` +
      "floor: a bare ws relay (no Yjs, no storage, no checks) on the latency workload only: what\n" +
      "forwarding the same messages costs before any server does its own work.\n",
  );
  console.log(`Targets (issue 3):\n${renderVerdicts(verdicts)}`);
  if (notes.length > 0) console.log(`\nNotes:\n${notes.join("\n")}`);
  console.log(`\nJSON: ${writeJson(BENCH_DIR, config, results, verdicts, rounds)}`);
  if (process.env.BENCH_SKIP_EXTRA !== "1") await runExtraBenches();
}

// Whatever happens (even an uncaught error), no server child may outlive the bench.
process.on("exit", killAllServers);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    killAllServers();
    process.exit(130);
  });
}
main().then(
  () => process.exit(0),
  (error: unknown) => {
    killAllServers();
    console.error(error);
    process.exit(1);
  },
);
