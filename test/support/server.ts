/** Starts the real server in-process on port 0 with a fresh data directory, for integration tests. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../server/config.js";
import { createLogger } from "../../server/log.js";
import { startServer, type RunningServer } from "../../server/startServer.js";

/** A running test server with helpers for talking to it. */
export interface TestServer extends RunningServer {
  dataDir: string;
  /** Logs in and returns the `Cookie` header value for the session. */
  login(username: string, password?: string): Promise<string>;
  /** Calls the JSON API. */
  api(
    path: string,
    init?: { method?: string; cookie?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  /** Stops the server and removes its data directory (unless `keepData`). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** Starts a server; `env` overrides configuration (e.g. `{ ZVH_DEMO: "0" }`). */
export async function startTestServer(
  env: Record<string, string> = {},
  dataDir?: string,
  logLines?: string[],
): Promise<TestServer> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), "casustafel-test-")));
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    LOG_LEVEL: logLines ? "info" : "silent",
    ...env,
  });
  const sink = logLines ? { write: (line: string) => void logLines.push(line) } : undefined;
  const server = await startServer(config, createLogger(config.logLevel, sink));

  const api: TestServer["api"] = (path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers, origin: server.url };
    if (init.cookie) headers.cookie = init.cookie;
    if (init.body !== undefined) headers["content-type"] = "application/json";
    return fetch(server.url + path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  };

  return {
    ...server,
    dataDir: dir,
    api,
    async login(username, password = "demo") {
      const res = await api("/api/auth/login", { body: { username, password } });
      if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status}`);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith("casustafel_sid="));
      if (!cookie) throw new Error("no session cookie");
      return cookie.split(";")[0] ?? "";
    },
    async stop(options = {}) {
      await server.close();
      if (!options.keepData) await rm(dir, { recursive: true, force: true });
    },
  };
}
