/**
 * The IPC protocol between the bench orchestrator and a client process. The orchestrator sends
 * `{ id, command, params }`; the client process answers `{ id, ok, result | error }` when done.
 * Commands are the steps of the workloads, so the orchestrator can line them up across processes
 * (e.g. a reader waiting for a burst while a writer in another process sends it).
 */
import type { Target } from "./driver.js";

/** Every command a client process understands, with its parameters and its result. */
export interface ClientCommands {
  /** Opens each document once per editor id (editor ids are global, unique per document). */
  latencyOpen: {
    params: { target: Target; docNames: string[]; editorIds: number[] };
    result: { connections: number };
  };
  /**
   * Edits at `rate` per editor from `startAtMicros` on; latencies count only inside the measured window.
   * Afterwards it drains until no update arrived for a moment, at most `drainMs`.
   */
  latencyRun: {
    params: {
      startAtMicros: number;
      warmupMs: number;
      measureMs: number;
      drainMs: number;
      rate: number;
    };
    result: LatencyResult;
  };
  /** Opens one connection to the burst document. */
  burstOpen: { params: { target: Target; docName: string }; result: { connections: number } };
  /** Sends `updates` single-character updates as fast as possible; returns when they are handed to the socket. */
  burstWrite: {
    params: { updates: number };
    result: { startedAtMicros: number; closeCodes: number[] };
  };
  /** Resolves when the burst connection's text has `updates` characters. */
  burstAwait: {
    params: { updates: number; timeoutMs: number };
    result: { completedAtMicros: number };
  };
  /** Connects `runs` fresh clients one after another and times each until synced with full content. */
  coldSync: {
    params: { target: Target; docName: string; expectedLength: number; runs: number };
    result: { millis: number[] };
  };
  /** Opens each document once and keeps it open, `concurrency` connections being set up at a time. */
  idleOpen: {
    params: { target: Target; docNames: string[]; concurrency: number };
    result: { connections: number; millis: number };
  };
  /** Closes every connection this process holds. */
  closeAll: { params: Record<string, never>; result: { closed: number } };
}

/** The result of one client process's share of the latency workload. */
export interface LatencyResult {
  /** Propagation latencies in microseconds of edits sent inside the measured window. */
  samples: number[];
  /** Remote updates applied by this process's receivers during the whole run (warm-up included). */
  delivered: number;
  /** Edits this process's editors sent during the whole run. */
  sent: number;
  /** Close codes any server sent during the run. */
  closeCodes: number[];
}

/** Name of a client command. */
export type CommandName = keyof ClientCommands;

/** A request from the orchestrator. */
export interface CommandRequest<K extends CommandName = CommandName> {
  id: number;
  command: K;
  params: ClientCommands[K]["params"];
}

/** A client process's answer to one request. */
export type CommandResponse =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
