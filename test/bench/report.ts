/** Turns the per-server results into the printed table, the target verdicts and `.bench/last.json`. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchConfig } from "./config.js";
import type { ServerResult } from "./results.js";
import type { ServerName } from "./servers/benchServer.js";

const MIB = 1024 * 1024;
/** After closing, at most this share of the memory growth from the open documents may remain. */
const RETAINED_LIMIT = 0.25;

interface Row {
  readonly metric: string;
  readonly values: Partial<Record<ServerName, number>>;
  readonly digits: number;
}

/** One verdict on a target of issue 3. */
export interface TargetVerdict {
  readonly target: string;
  readonly met: boolean | undefined;
  readonly detail: string;
}

function retained(result: ServerResult | undefined): number | undefined {
  const rss = result?.rssBytes;
  if (!rss || rss.open <= rss.baseline) return undefined;
  return (rss.closed - rss.baseline) / (rss.open - rss.baseline);
}

/**
 * A server's CPU per delivered update minus the relay floor's on the same workload: what the
 * server's own work (Yjs, storage, checks) costs beyond forwarding the bytes.
 */
function aboveFloor(result: ServerResult, results: readonly ServerResult[]): number | undefined {
  const floor = results.find((r) => r.name === "floor")?.cpuMicrosPerUpdate;
  const own = result.cpuMicrosPerUpdate;
  return floor === undefined || own === undefined ? undefined : own - floor;
}

function rows(results: readonly ServerResult[], config: BenchConfig): Row[] {
  const pick = (
    digits: number,
    metric: string,
    value: (r: ServerResult) => number | undefined,
  ): Row => {
    const values: Partial<Record<ServerName, number>> = {};
    for (const result of results) values[result.name] = value(result);
    return { metric, digits, values };
  };
  return [
    pick(2, "latency p50 (ms)", (r) => r.latencyMs?.p50),
    pick(2, "latency p95 (ms)", (r) => r.latencyMs?.p95),
    pick(2, "latency p99 (ms)", (r) => r.latencyMs?.p99),
    pick(3, "edits sent / scheduled", (r) => r.sendRatio),
    pick(3, "updates delivered / expected", (r) => r.deliveryRatio),
    pick(1, "server CPU per delivered update (µs)", (r) => r.cpuMicrosPerUpdate),
    pick(1, "  above the relay floor's (µs)", (r) =>
      r.name === "floor" ? undefined : aboveFloor(r, results),
    ),
    pick(2, "  of which in the kernel (share)", (r) => r.kernelCpuShare),
    pick(2, "  write system calls per delivered update", (r) => r.syscallsPerUpdate?.writes),
    pick(2, "  read system calls per delivered update", (r) => r.syscallsPerUpdate?.reads),
    pick(2, "server CPU during latency run (cores)", (r) => r.latencyCores?.server),
    pick(2, "client CPU during latency run (cores)", (r) => r.latencyCores?.clients),
    pick(0, `burst ingest, ${config.burstUpdates} updates (ms)`, (r) => r.burstMs),
    pick(0, "burst ingest (updates/s)", (r) =>
      r.burstMs ? (config.burstUpdates / r.burstMs) * 1000 : undefined,
    ),
    pick(1, `cold sync, median of ${config.coldRuns} (ms)`, (r) => r.coldSyncMs),
    pick(1, "RSS baseline (MiB)", (r) => (r.rssBytes ? r.rssBytes.baseline / MIB : undefined)),
    pick(1, `RSS, ${config.idleDocs} idle docs open (MiB)`, (r) =>
      r.rssBytes ? r.rssBytes.open / MIB : undefined,
    ),
    pick(1, "RSS after they closed (MiB)", (r) =>
      r.rssBytes ? r.rssBytes.closed / MIB : undefined,
    ),
    pick(1, "memory per idle doc (KiB)", (r) =>
      r.rssBytes && r.rssBytes.docs > 0
        ? (r.rssBytes.open - r.rssBytes.baseline) / r.rssBytes.docs / 1024
        : undefined,
    ),
    pick(2, "growth retained after close", retained),
  ];
}

function format(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? "n/a" : value.toFixed(digits);
}

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0 ? "n/a" : (a / b).toFixed(2);
}

/** Renders the comparison table as aligned plain text (also valid Markdown). */
export function renderTable(results: readonly ServerResult[], config: BenchConfig): string {
  const header = [
    "metric",
    "ours",
    "reference",
    "hocuspocus",
    "floor",
    "ours/ref",
    "ours/hocus",
    "ours/floor",
  ];
  const body = rows(results, config).map((row) => [
    row.metric,
    format(row.values.ours, row.digits),
    format(row.values.reference, row.digits),
    format(row.values.hocuspocus, row.digits),
    format(row.values.floor, row.digits),
    ratio(row.values.ours, row.values.reference),
    ratio(row.values.ours, row.values.hocuspocus),
    ratio(row.values.ours, row.values.floor),
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...body].map((line) => (line[column] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const rule = `|${widths.map((width, i) => (i === 0 ? "-".repeat(width + 2) : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...body.map(line)].join("\n");
}

/** Judges the four targets of issue 3; `met` is undefined when a number is missing. */
export function judgeTargets(results: readonly ServerResult[]): TargetVerdict[] {
  const byName = (name: ServerName): ServerResult | undefined =>
    results.find((r) => r.name === name);
  const ours = byName("ours");
  const reference = byName("reference");
  const hocuspocus = byName("hocuspocus");
  const floor = byName("floor")?.cpuMicrosPerUpdate;
  const verdict = (
    target: string,
    a: number | undefined,
    b: number | undefined,
    test: (a: number, b: number) => boolean,
    detail: (a: number, b: number) => string,
  ): TargetVerdict =>
    a === undefined || b === undefined
      ? { target, met: undefined, detail: "not measured" }
      : { target, met: test(a, b), detail: detail(a, b) };
  const kept = retained(ours);
  return [
    verdict(
      "p99 latency no worse than the reference server",
      ours?.latencyMs?.p99,
      reference?.latencyMs?.p99,
      (o, r) => o <= r,
      (o, r) => `${o.toFixed(2)} ms vs ${r.toFixed(2)} ms`,
    ),
    verdict(
      "burst ingest at least 2x faster than Hocuspocus",
      ours?.burstMs,
      hocuspocus?.burstMs,
      (o, h) => h / o >= 2,
      (o, h) => `${(h / o).toFixed(2)}x faster`,
    ),
    verdict(
      "CPU per delivered update at least 1.5x lower than the reference",
      ours?.cpuMicrosPerUpdate,
      reference?.cpuMicrosPerUpdate,
      (o, r) => r / o >= 1.5,
      (o, r) =>
        `${(r / o).toFixed(2)}x lower` +
        (floor === undefined
          ? ""
          : ` (the relay floor, which forwards bytes and nothing else, is ${(r / floor).toFixed(2)}x lower)`),
    ),
    kept === undefined
      ? { target: "memory after close back near baseline", met: undefined, detail: "not measured" }
      : {
          target: "memory after close back near baseline",
          met: kept <= RETAINED_LIMIT,
          detail: `${(kept * 100).toFixed(0)}% of the growth retained (limit ${RETAINED_LIMIT * 100}%)`,
        },
  ];
}

/** Renders the verdicts, one line each. */
export function renderVerdicts(verdicts: readonly TargetVerdict[]): string {
  const mark = (met: boolean | undefined): string =>
    met === undefined ? "[ ?  ]" : met ? "[ met]" : "[MISS]";
  return verdicts.map((v) => `${mark(v.met)} ${v.target}: ${v.detail}`).join("\n");
}

/** Writes the table, verdicts, configuration and every round's raw numbers to `.bench/last.json`. */
export function writeJson(
  dir: string,
  config: BenchConfig,
  results: readonly ServerResult[],
  verdicts: readonly TargetVerdict[],
  rounds: ReadonlyMap<ServerName, readonly ServerResult[]>,
): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "last.json");
  const table = rows(results, config).map((row) => ({ metric: row.metric, ...row.values }));
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        finishedAt: new Date().toISOString(),
        config,
        table,
        targets: verdicts,
        results,
        rounds: Object.fromEntries(rounds),
      },
      null,
      2,
    )}\n`,
  );
  return file;
}
