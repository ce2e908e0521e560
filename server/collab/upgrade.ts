/**
 * The websocket upgrade, in the order that keeps a socket from seeing or changing anything it
 * should not:
 *   1. path and Origin check, then `authenticate` (no session → HTTP 401, bad origin → HTTP 403);
 *   2. doc name check, `authorize`, and loading the document, all before the upgrade completes,
 *      so no message is read or buffered by us before authorisation (unread bytes stay in the
 *      kernel's socket buffer; an upgrade has `upgradeTimeoutMs` to finish);
 *   3. the upgrade completes; refusals after authentication are sent as close codes the client
 *      can read (4400 bad name, 4403 forbidden or unknown, 4503 unavailable, 4401 when the session
 *      ended while the document loaded).
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocket, WebSocketServer } from "ws";
import type { OpenAccess } from "../../shared/wire/access.js";
import { CloseCode, type CloseCodeValue } from "../../shared/wire/closeCodes.js";
import { COLLAB_PATH_PREFIX, parseDocName } from "../../shared/wire/docNames.js";
import type { CollabLimits } from "../../shared/wire/limits.js";
import { OWN_MESSAGES_PARAM, OWN_MESSAGES_VERSION } from "../../shared/wire/messages.js";
import type { Principal } from "../auth/principal.js";
import { Connection } from "./connection.js";
import type { DocumentRegistry } from "./documentRegistry.js";
import type { HookRunner } from "./hooks.js";
import type { CollabOptions } from "./types.js";

/** Shared server state the upgrade flow reads. */
export interface UpgradeContext {
  options: CollabOptions;
  limits: CollabLimits;
  wss: WebSocketServer;
  registry: DocumentRegistry;
  hooks: HookRunner;
  isShuttingDown(): boolean;
  /** Increases on every `revalidate`; an upgrade authorised before a change re-checks. */
  revalidations(): number;
}

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  503: "Service Unavailable",
};

/** Handles upgrades for `/collab/<docName>`. */
export class UpgradeHandler {
  private pending = 0;

  /** `ctx` is shared with the server that owns this handler. */
  constructor(private readonly ctx: UpgradeContext) {}

  /** Entry point for the HTTP server's `upgrade` event. Never throws. */
  handle(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    destroyOnError(socket);
    if (this.ctx.isShuttingDown() || this.pending >= this.ctx.limits.maxPendingUpgrades) {
      rejectHttp(socket, 503);
      return;
    }
    this.pending++;
    const timeout = setTimeout(destroySocket, this.ctx.limits.upgradeTimeoutMs, socket);
    this.run(req, socket, head)
      .catch((error: unknown) => {
        const errorName = error instanceof Error ? error.name : "unknown";
        this.ctx.options.logger.error({ errorName }, "collab: upgrade failed");
        rejectHttp(socket, 503);
      })
      .finally(() => {
        clearTimeout(timeout);
        this.pending--;
      });
  }

  private async run(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const { options } = this.ctx;
    const [path = "", query = ""] = (req.url ?? "").split("?", 2);
    if (!path.startsWith(COLLAB_PATH_PREFIX)) return rejectHttp(socket, 400);
    const origin = req.headers.origin;
    if (origin === undefined || !options.allowedOrigins.includes(origin)) {
      options.logger.warn({}, "collab: upgrade refused, origin not allowed");
      return rejectHttp(socket, 403);
    }
    const principal = await options.authenticate(req);
    if (socket.destroyed) return;
    if (!principal) return rejectHttp(socket, 401);
    // Not accepting for now (the audit trail cannot be written): the client tries again later.
    if (options.accepting?.() === false) {
      return this.refuse(req, socket, head, CloseCode.DocumentUnavailable);
    }

    const docName = path.slice(COLLAB_PATH_PREFIX.length);
    const parsed = parseDocName(docName);
    if (!parsed) return this.refuse(req, socket, head, CloseCode.BadRequest);
    let epoch = this.ctx.revalidations();
    let access = await options.authorize(principal, docName);
    if (access === "none") {
      // The kind of document only: the id was typed by the client and may hold anything.
      const docKind = parsed.type === "case" ? parsed.kind : parsed.type;
      options.logger.info({ docKind, userId: principal.userId }, "collab: access refused");
      return this.refuse(req, socket, head, CloseCode.Forbidden);
    }
    let doc;
    try {
      doc = await this.ctx.registry.acquire(docName);
    } catch {
      return this.refuse(req, socket, head, CloseCode.DocumentUnavailable);
    }
    // Access or the session itself (logout, expiry) may have changed while the document loaded.
    let sessionEnded = false;
    while (epoch !== this.ctx.revalidations()) {
      epoch = this.ctx.revalidations();
      sessionEnded = (await options.authenticate(req)) === null;
      access = sessionEnded ? "none" : await options.authorize(principal, docName);
    }
    if (socket.destroyed || this.ctx.isShuttingDown() || access === "none") {
      this.ctx.registry.release(doc);
      if (sessionEnded) this.refuse(req, socket, head, CloseCode.Unauthenticated);
      else if (access === "none") this.refuse(req, socket, head, CloseCode.Forbidden);
      else socket.destroy();
      return;
    }
    // `ws` may still refuse a bad handshake without calling back; the document is released then.
    // Once upgraded the connection releases it, and this listener (which would keep this call's
    // variables alive as long as the socket) is removed.
    const releaseUnlessUpgraded = (): void => this.ctx.registry.release(doc);
    socket.once("close", releaseUnlessUpgraded);
    this.complete(req, socket, head, (ws) => {
      socket.off("close", releaseUnlessUpgraded);
      const ownMessages = new URLSearchParams(query).get(OWN_MESSAGES_PARAM);
      const connection = this.createConnection(ws, socket, principal, docName, access, {
        readsOwnMessages: ownMessages === OWN_MESSAGES_VERSION,
      });
      doc.addConnection(connection);
      void this.ctx.hooks.onConnect({ docName, principal, access });
    });
  }

  private createConnection(
    ws: WebSocket,
    socket: Duplex,
    principal: Principal,
    docName: string,
    access: OpenAccess,
    { readsOwnMessages }: { readsOwnMessages: boolean },
  ): Connection {
    const { limits, options } = this.ctx;
    const guard = options.updateGuard?.(principal, docName) ?? null;
    return new Connection(
      ws,
      socket,
      principal,
      docName,
      access,
      limits,
      options.logger,
      guard,
      readsOwnMessages,
    );
  }

  private refuse(req: IncomingMessage, socket: Duplex, head: Buffer, code: CloseCodeValue): void {
    this.complete(req, socket, head, (ws) => {
      ws.on("error", () => ws.terminate());
      ws.close(code);
      setTimeout(() => ws.terminate(), 1_000).unref();
    });
  }

  private complete(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    onSocket: (ws: WebSocket) => void,
  ): void {
    if (socket.destroyed) return;
    this.ctx.wss.handleUpgrade(req, socket, head, onSocket);
  }
}

/**
 * Destroys the socket on an error. Registered from here rather than inside `handle`, so the
 * listener, which stays on the socket for the connection's whole life, keeps only the socket
 * alive and not the variables of the upgrade (its cleared timer among them).
 */
function destroyOnError(socket: Duplex): void {
  socket.on("error", () => socket.destroy());
}

/** Timer callback of an upgrade that took too long. */
function destroySocket(socket: Duplex): void {
  socket.destroy();
}

function rejectHttp(socket: Duplex, status: number): void {
  if (socket.destroyed) return;
  const text = STATUS_TEXT[status] ?? "Error";
  const response = `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`;
  socket.end(response, () => socket.destroy());
}
