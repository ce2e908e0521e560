/**
 * A real collaboration server for integration tests: a plain `http.createServer` on a loopback
 * port 0 that routes `/collab/` upgrades to `createCollabServer`, with a test `authenticate`
 * (reads the `collab_test_session` cookie) and a test `authorize` table the test can change.
 */
import { mkdtemp } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Principal } from "../../server/auth/principal.js";
import { createCollabServer } from "../../server/collab/index.js";
import type { CollabExtension, CollabServer, UpdateGuard } from "../../server/collab/types.js";
import type { DocumentStorage } from "../../server/collab/storage/documentStorage.js";
import type { DocumentAccess } from "../../shared/wire/access.js";
import type { CollabLimits } from "../../shared/wire/limits.js";

/** Name of the cookie the test `authenticate` reads. */
export const TEST_SESSION_COOKIE = "collab_test_session";

/** One captured log line. */
export interface LogLine {
  level: "info" | "warn" | "error";
  obj: object;
  msg: string;
}

/** Options of `startCollabHarness`. */
export interface HarnessOptions {
  /** Reuse a data directory (restart tests); a fresh temp directory otherwise. */
  dataDir?: string;
  limits?: Partial<CollabLimits>;
  extensions?: CollabExtension[];
  /** Access for any known user on any document without an explicit grant. */
  defaultAccess?: DocumentAccess;
  /** A storage in place of the files under `dataDir` (e.g. one whose appends a test holds back). */
  storage?: DocumentStorage;
  /** What each writer may change within a document (none: anything write access allows). */
  updateGuard?: (principal: Principal, docName: string) => UpdateGuard | null;
  /** Whether the server takes new connections now (none: always). */
  accepting?: () => boolean;
}

/** A running test server. */
export interface CollabHarness {
  /** Base websocket URL, e.g. `ws://127.0.0.1:1234/collab`. */
  url: string;
  origin: string;
  port: number;
  dataDir: string;
  collab: CollabServer;
  logs: LogLine[];
  /** Creates a fictional user with a session; returns the session id to put in the cookie. */
  addUser(userId: string): Principal;
  /** Ends a session as a logout does: it is forgotten and its sockets are closed. */
  endSession(sessionId: string): void;
  /** Sets a user's access to a document. */
  grant(userId: string, docName: string, access: DocumentAccess): void;
  /** Shuts the collaboration server down and closes the HTTP server. */
  stop(): Promise<void>;
}

/** Builds a fictional principal for tests. */
export function buildPrincipal(userId: string): Principal {
  return {
    userId,
    username: `${userId}@example.test`,
    displayName: `Testgebruiker ${userId}`,
    organisationId: "org-test",
    organisationName: "Testorganisatie",
    role: "deelnemer",
    regio: "Testregio",
    sessionId: `session-${userId}`,
    mustChangePassword: false,
  };
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, value] = part.trim().split("=");
    if (key === name) return value;
  }
  return undefined;
}

/** Starts a collaboration server on a free loopback port. */
export async function startCollabHarness(options: HarnessOptions = {}): Promise<CollabHarness> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "casustafel-collab-")));
  const sessions = new Map<string, Principal>();
  const grants = new Map<string, DocumentAccess>();
  const logs: LogLine[] = [];
  const log =
    (level: LogLine["level"]) =>
    (obj: object, msg = ""): void => {
      logs.push({ level, obj, msg });
    };
  const server: Server = createServer((_req, res) => {
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const collab = createCollabServer({
    dataDir,
    allowedOrigins: [origin],
    logger: { info: log("info"), warn: log("warn"), error: log("error") },
    limits: options.limits,
    extensions: options.extensions,
    storage: options.storage,
    updateGuard: options.updateGuard,
    accepting: options.accepting,
    authenticate: (req) => {
      const sessionId = readCookie(req, TEST_SESSION_COOKIE);
      return Promise.resolve(sessionId ? (sessions.get(sessionId) ?? null) : null);
    },
    authorize: (principal, docName) =>
      Promise.resolve(
        grants.get(`${principal.userId}|${docName}`) ?? options.defaultAccess ?? "none",
      ),
  });
  server.on("upgrade", (req, socket, head) => {
    if ((req.url ?? "").startsWith("/collab/")) collab.handleUpgrade(req, socket, head);
    else socket.destroy();
  });

  return {
    url: `ws://127.0.0.1:${port}/collab`,
    origin,
    port,
    dataDir,
    collab,
    logs,
    addUser(userId) {
      const principal = buildPrincipal(userId);
      sessions.set(principal.sessionId, principal);
      return principal;
    },
    endSession(sessionId) {
      sessions.delete(sessionId);
      collab.closeSession(sessionId);
    },
    grant(userId, docName, access) {
      grants.set(`${userId}|${docName}`, access);
    },
    async stop() {
      await collab.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
