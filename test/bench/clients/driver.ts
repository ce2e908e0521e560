/**
 * The client side of one benchmark target: how to open a document on a server, whatever its protocol.
 * Every workload talks to a `DocConnection`, so the same workload runs against all three servers.
 */
import type * as Y from "yjs";

/** The wire protocol a server speaks: the y-websocket protocol, or Hocuspocus's multiplexed variant. */
export type Protocol = "y-websocket" | "hocuspocus";

/** Where and how to connect; plain data so it can cross the IPC channel to a client process. */
export interface Target {
  readonly protocol: Protocol;
  /** Websocket base URL; the document name is appended after a slash (y-websocket) or sent in-band. */
  readonly serverUrl: string;
  /** Extra upgrade headers, e.g. the session cookie and the Origin for our server. */
  readonly headers: Readonly<Record<string, string>>;
}

/** One open document on one socket. */
export interface DocConnection {
  readonly doc: Y.Doc;
  /** Resolves once the first sync with the server is complete; rejects if the server closes first. */
  readonly synced: Promise<void>;
  /** Close codes the server sent on this connection (the bench never reconnects). */
  readonly closeCodes: readonly number[];
  /** Closes the socket and frees the provider; the Y.Doc is destroyed too. */
  destroy(): void;
}

/** Opens `docName` on the target with a fresh Y.Doc. */
export type DocConnector = (docName: string) => DocConnection;

/** How long a connection may take to sync before it counts as failed. */
export const SYNC_TIMEOUT_MS = 60_000;

/** A promise of the first sync plus the hooks a driver calls to settle it. */
export interface SyncSignal {
  readonly synced: Promise<void>;
  markSynced(): void;
  markClosed(code: number, reason: string): void;
}

/** Builds the synced promise shared by both drivers, with a timeout so a silent server cannot hang the bench. */
export function createSyncSignal(docName: string): SyncSignal {
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const synced = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const timer = setTimeout(
    () => settle?.reject(new Error(`${docName}: not synced after ${SYNC_TIMEOUT_MS} ms`)),
    SYNC_TIMEOUT_MS,
  );
  const finish = (action: (s: NonNullable<typeof settle>) => void): void => {
    clearTimeout(timer);
    if (settle) action(settle);
    settle = undefined;
  };
  // A rejection nobody awaits yet must not crash the process; workloads await `synced` themselves.
  synced.catch(() => undefined);
  return {
    synced,
    markSynced: () => finish((s) => s.resolve()),
    markClosed: (code, reason) =>
      finish((s) =>
        s.reject(new Error(`${docName}: closed by server before sync (${code} ${reason})`)),
      ),
  };
}
