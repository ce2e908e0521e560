/**
 * The collaboration server: y-websocket-compatible document sync on `/collab/<docName>`, with
 * authentication on upgrade, per-document authorisation, durable append-only storage and
 * lifecycle hooks. The host (server/index.ts) creates it with its session and policy functions
 * and routes HTTP upgrades for `/collab/*` to `handleUpgrade`.
 *
 * Layers, after hocuspocus's split: `upgrade.ts` (HTTP upgrade and access), `documentRegistry.ts`
 * (load/unload lifecycle), `liveDocument.ts` (Y.Doc, persistence pipeline, broadcast),
 * `awarenessRoom.ts` (presence), `connection.ts` (one socket), `storage/` (the log files).
 */
import { join } from "node:path";
import { WebSocketServer } from "ws";
import { encodeAccessChecked } from "../../shared/wire/accessChecked.js";
import { CloseCode } from "../../shared/wire/closeCodes.js";
import { parseDocName } from "../../shared/wire/docNames.js";
import { LIMITS, type CollabLimits } from "../../shared/wire/limits.js";
import type { Connection } from "./connection.js";
import { DocumentRegistry } from "./documentRegistry.js";
import { HookRunner } from "./hooks.js";
import type { LiveDocument } from "./liveDocument.js";
import { FileDocumentStorage } from "./storage/fileDocumentStorage.js";
import type { CollabOptions, CollabServer, DocumentHandle, RevalidateFilter } from "./types.js";
import { UpgradeHandler } from "./upgrade.js";

export type * from "./types.js";
export { DocumentUnavailableError } from "./documentRegistry.js";

/** Creates the collaboration server; it does nothing until the host routes upgrades to it. */
export function createCollabServer(options: CollabOptions): CollabServer {
  const limits: CollabLimits = { ...LIMITS, ...options.limits };
  const { logger } = options;
  const storage = options.storage ?? new FileDocumentStorage(join(options.dataDir, "docs"), logger);
  const hooks = new HookRunner(options.extensions ?? [], logger);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    perMessageDeflate: false,
    clientTracking: false,
  });
  let shuttingDown = false;
  let revalidations = 0;

  const registry: DocumentRegistry = new DocumentRegistry(
    {
      storage,
      hooks,
      logger,
      limits,
      onConnectionClosed: (doc: LiveDocument, connection: Connection) => {
        const { principal, access } = connection;
        void hooks.onDisconnect({ docName: doc.name, principal, access });
        registry.release(doc);
      },
      sharesPresence: (docName: string) => options.sharesPresence?.(docName) ?? true,
    },
    limits.unloadDelayMs,
  );
  const upgrades = new UpgradeHandler({
    options,
    limits,
    wss,
    registry,
    hooks,
    isShuttingDown: () => shuttingDown,
    revalidations: () => revalidations,
  });

  const connections = (): Connection[] => registry.loaded().flatMap((doc) => [...doc.connections]);

  const keepalive = setInterval(() => {
    for (const connection of connections()) connection.keepalive();
  }, limits.keepaliveIntervalMs);
  keepalive.unref();
  const presence = setInterval(() => {
    const now = performance.now();
    for (const doc of registry.loaded()) doc.renewAwareness(now);
  }, limits.awarenessRenewAfterMs / 3);
  presence.unref();

  async function revalidateOne(connection: Connection): Promise<void> {
    let access;
    try {
      access = await options.authorize(connection.principal, connection.docName);
    } catch {
      access = "none" as const;
    }
    if (access === "none") {
      logger.info(
        { doc: connection.docName, userId: connection.principal.userId },
        "collab: access revoked, connection closed",
      );
      connection.close(CloseCode.Forbidden, "access revoked");
    } else {
      connection.access = access;
      // The page learns at once that what it shows about its rights may have changed.
      if (connection.readsOwnMessages) connection.send(encodeAccessChecked(access));
    }
  }

  return {
    handleUpgrade: (req, socket, head) => upgrades.handle(req, socket, head),

    async revalidate(filter: RevalidateFilter): Promise<void> {
      revalidations++;
      const matching = connections().filter((connection) => {
        if (connection.isClosing) return false;
        if (filter.userId !== undefined && connection.principal.userId !== filter.userId) {
          return false;
        }
        if (filter.caseId === undefined) return true;
        const doc = parseDocName(connection.docName);
        // A meeting document's access follows the cases on its agenda, which only the policy
        // knows: every meeting document is re-checked when any case changes.
        return doc?.type === "meeting" || (doc?.type === "case" && doc.caseId === filter.caseId);
      });
      await Promise.all(matching.map(revalidateOne));
    },

    closeSession(sessionId: string): void {
      revalidations++;
      for (const connection of connections()) {
        if (connection.principal.sessionId === sessionId) {
          connection.close(CloseCode.Unauthenticated, "session ended");
        }
      }
    },

    async openDocument(docName: string): Promise<DocumentHandle> {
      if (!parseDocName(docName)) throw new Error("invalid document name");
      if (shuttingDown) throw new Error("collaboration server is shutting down");
      const doc = await registry.acquire(docName);
      let released = false;
      return {
        docName,
        doc: doc.doc,
        release: () => {
          if (released) return;
          released = true;
          registry.release(doc);
        },
      };
    },

    async removeDocument(docName: string): Promise<void> {
      if (!parseDocName(docName)) throw new Error("invalid document name");
      await registry.remove(docName);
      logger.info({ doc: docName }, "collab: document removed");
    },

    async shutdown(): Promise<void> {
      if (shuttingDown) return;
      shuttingDown = true;
      clearInterval(keepalive);
      clearInterval(presence);
      // Close first so no new input arrives, then store what was applied.
      for (const connection of connections()) {
        connection.close(CloseCode.ServiceRestart, "server restart");
      }
      await registry.closeAll();
      wss.close();
      logger.info({}, "collab: shut down, all documents stored");
    },

    stats: () => ({ documents: registry.size, connections: connections().length }),
  };
}
