/**
 * Real y-websocket clients for integration tests: `WebsocketProvider` over the `ws` package,
 * with the session cookie and Origin header set, and BroadcastChannel disabled.
 */
import type WebSocket from "ws";
import * as Y from "yjs";
import { TEST_SESSION_COOKIE } from "./collabHarness.js";
import { eventually } from "./eventually.js";
import { connectWithHeaders, webSocketWithHeaders, type HeaderClient } from "./headerProvider.js";

/** Where and as whom a client connects. */
export interface ClientTarget {
  url: string;
  origin: string;
  /** Session id for the cookie; no cookie at all when undefined. */
  sessionId: string | undefined;
}

function headersOf(target: ClientTarget): Record<string, string> {
  const headers: Record<string, string> = { Origin: target.origin };
  if (target.sessionId) headers.Cookie = `${TEST_SESSION_COOKIE}=${target.sessionId}`;
  return headers;
}

/** A `ws` WebSocket class that sends the given cookie and origin on every connect. */
export function webSocketWith(target: ClientTarget): typeof globalThis.WebSocket {
  return webSocketWithHeaders(headersOf(target));
}

/** A connected test client. */
export type TestClient = HeaderClient;

/** Connects a client to a document (`docName` like `case/c1/plan`). */
export function connectClient(
  target: ClientTarget,
  docName: string,
  doc = new Y.Doc(),
): TestClient {
  return connectWithHeaders(target.url, docName, headersOf(target), doc);
}

/** Polls until `check` is true; fails with `what` after `timeoutMs`. */
export const waitFor = eventually;

/** Waits until the client finished its first sync with the server. */
export function waitForSync(client: TestClient): Promise<void> {
  return waitFor(() => client.provider.synced, "client synced");
}

/** The text of the shared `Y.Text` named `text`. */
export function textOf(doc: Y.Doc): string {
  return doc.getText("text").toJSON();
}

/** A bare `ws` socket on a document, for sending hand-made bytes. */
export interface RawClient {
  ws: WebSocket;
  /** Resolves with the close code the server sent. */
  closed: Promise<number>;
}

/** Opens a bare `ws` socket with the session cookie and waits until it is open. */
export async function openRawClient(target: ClientTarget, docName: string): Promise<RawClient> {
  const Socket = webSocketWith(target) as unknown as typeof WebSocket;
  const ws = new Socket(`${target.url}/${docName}`);
  const closed = new Promise<number>((resolve) => ws.on("close", (code) => resolve(code)));
  ws.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
  return { ws, closed };
}

/** Attempts an upgrade and resolves with the HTTP status of the refusal (or 101). */
export function upgradeStatus(target: ClientTarget, docName: string): Promise<number> {
  const Socket = webSocketWith(target) as unknown as typeof WebSocket;
  const ws = new Socket(`${target.url}/${docName}`);
  ws.on("error", () => undefined);
  return new Promise((resolve) => {
    ws.once("open", () => {
      resolve(101);
      ws.terminate();
    });
    ws.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
  });
}
