/**
 * The process logger (pino, JSON lines). Redaction is a second line of defence: code never passes
 * personal data, passwords or session ids to the logger in the first place.
 */
import type { FastifyBaseLogger } from "fastify";
import { pino, type DestinationStream } from "pino";

/** The logger type used throughout the server (pino, as fastify sees it). */
export type Log = FastifyBaseLogger;

/** Creates the process logger at the given level, writing to stdout or to `destination`. */
export function createLogger(level: string, destination?: DestinationStream): Log {
  const options = {
    level,
    base: undefined,
    redact: {
      paths: ["password", "*.password", "req.headers.cookie", 'res.headers["set-cookie"]', "token"],
      censor: "[redacted]",
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** What is logged of an error. */
export interface ErrorFacts {
  errName: string;
  code?: string;
  /** The stack's frames (where it was thrown), without the message line. */
  stack?: string;
}

/**
 * What may be logged of an error: its name, code and where it was thrown, never its message,
 * which may quote what a user typed or stored (a parser's "Unexpected token … in …", a library
 * naming a value).
 */
export function errorFacts(error: unknown): ErrorFacts {
  if (!(error instanceof Error)) return { errName: typeof error };
  const code = (error as NodeJS.ErrnoException).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
  return {
    errName: error.name,
    ...(typeof code === "string" ? { code } : {}),
    ...(frames === "" ? {} : { stack: frames }),
  };
}
