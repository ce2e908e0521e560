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
