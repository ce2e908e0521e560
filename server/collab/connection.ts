/**
 * One authorised websocket on one document. It decodes and rate-limits what the client sends,
 * passes well-formed messages to its document, and closes only itself (named code + log line)
 * on bad input. Once closing it ignores further input: whatever the client still sends stays
 * in the client and is re-sent by its next sync.
 */
import type { Duplex } from "node:stream";
import type { RawData, WebSocket } from "ws";
import type { OpenAccess } from "../../shared/wire/access.js";
import { CloseCode, type CloseCodeValue } from "../../shared/wire/closeCodes.js";
import type { Principal } from "../auth/principal.js";
import { RateLimiter, type RateLimits } from "./rateLimiter.js";
import { KEEPALIVE_MESSAGE, MalformedMessageError, decodeClientMessage } from "./syncMessages.js";
import type { CollabLogger, UpdateGuard } from "./types.js";
import { frameBytes } from "./wsFrames.js";

/** What a connection hands its messages to (implemented by `LiveDocument`). */
export interface ConnectionSink {
  onSyncStep1(connection: Connection, stateVector: Uint8Array): void;
  /** `incremental`: a sync `update` (one local change of the client), not a sync step 2. */
  onUpdate(connection: Connection, update: Uint8Array, incremental: boolean): void;
  onAwareness(connection: Connection, update: Uint8Array): void;
  onQueryAwareness(connection: Connection): void;
  onClose(connection: Connection): void;
}

/** The limits a connection enforces on its own traffic. */
export interface ConnectionLimits extends RateLimits {
  /** Bytes queued for the socket but not yet taken by the network, above which it is closed. */
  maxBufferedSendBytes: number;
  /** A socket that does not answer a close frame is dropped after this long. */
  closeGraceMs: number;
}

/** The keepalive awareness message, framed once for every socket. */
const KEEPALIVE_FRAME = frameBytes(KEEPALIVE_MESSAGE);

/** One client socket on one document, with its principal and current access. */
export class Connection {
  /** Awareness client ids this connection has set; removed from the room when it closes. */
  readonly awarenessClients = new Set<number>();
  private refusedReadOnly = false;
  private readonly limiter: RateLimiter;
  private readonly maxBufferedSendBytes: number;
  private readonly closeGraceMs: number;
  private closing = false;
  private alive = true;
  /** Whether anything was sent since the last keepalive tick (a flag, not a clock read per send). */
  private sentSinceKeepalive = true;

  /**
   * Call `attach` once the document is ready to receive messages. `socket` is the upgraded socket
   * under `ws`: messages are written to it as prebuilt frames (`wsFrames.ts`).
   */
  constructor(
    readonly ws: WebSocket,
    private readonly socket: Duplex,
    readonly principal: Principal,
    readonly docName: string,
    public access: OpenAccess,
    limits: ConnectionLimits,
    private readonly logger: CollabLogger,
    /** What this writer may change within the document; null: anything its access allows. */
    readonly guard: UpdateGuard | null = null,
    /** Whether the client reads Casustafel's own messages (OWN_MESSAGES_PARAM in messages.ts). */
    readonly readsOwnMessages = false,
  ) {
    this.limiter = new RateLimiter(limits);
    this.maxBufferedSendBytes = limits.maxBufferedSendBytes;
    this.closeGraceMs = limits.closeGraceMs;
  }

  /** True once `close` was called or the socket closed. */
  get isClosing(): boolean {
    return this.closing;
  }

  /** Starts handling the socket's events; `sink` receives the decoded messages. */
  attach(sink: ConnectionSink): void {
    this.ws.on("message", (data, isBinary) => this.onMessage(sink, data, isBinary));
    this.ws.on("pong", () => {
      this.alive = true;
    });
    // `ws` reports framing errors (RSV bits, oversized messages) here after it has already sent
    // its own close frame (1002, 1009); without a listener the error would crash the process.
    this.ws.on("error", (error: Error & { code?: string }) => {
      this.logger.warn(
        { doc: this.docName, userId: this.principal.userId, wsError: error.code ?? "unknown" },
        "collab: websocket error, connection closed",
      );
      this.closing = true;
    });
    this.ws.on("close", () => {
      this.closing = true;
      sink.onClose(this);
    });
  }

  /** Sends one encoded y-websocket message if the socket is open. */
  send(message: Uint8Array): void {
    this.sendFrame(frameBytes(message));
  }

  /**
   * Sends one prebuilt websocket frame (`wsFrames.ts`); the same frame may go to many sockets.
   * A socket still holding more than `maxBufferedSendBytes` from earlier frames is closed instead.
   */
  sendFrame(frame: Uint8Array): void {
    if (this.closing || this.ws.readyState !== this.ws.OPEN) return;
    if (this.socket.writableLength > this.maxBufferedSendBytes) {
      this.dropSlowReader();
      return;
    }
    this.socket.write(frame);
    this.sentSinceKeepalive = true;
  }

  /** Holds back writes until `uncork`, so several frames leave in one system call. */
  cork(): void {
    this.socket.cork();
  }

  /** Writes what `cork` held back. */
  uncork(): void {
    this.socket.uncork();
  }

  /** True the first time a read-only update of this connection is refused (to report it once). */
  firstReadOnlyRefusal(): boolean {
    if (this.refusedReadOnly) return false;
    this.refusedReadOnly = true;
    return true;
  }

  /** Closes with a named code; the socket is dropped if the peer does not answer in time. */
  close(code: CloseCodeValue, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    this.ws.close(code, reason);
    setTimeout(() => this.ws.terminate(), this.closeGraceMs).unref();
  }

  /**
   * Keepalive tick: drops a socket that missed the previous ping, pings, and keeps a client awake
   * that was sent nothing since the previous tick.
   */
  keepalive(): void {
    if (this.closing) return;
    if (!this.alive) {
      this.closing = true;
      this.ws.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
    if (!this.sentSinceKeepalive) this.sendFrame(KEEPALIVE_FRAME);
    this.sentSinceKeepalive = false;
  }

  private onMessage(sink: ConnectionSink, data: RawData, isBinary: boolean): void {
    if (this.closing) return;
    if (!isBinary || !(data instanceof Uint8Array)) {
      this.refuse(CloseCode.MalformedMessage, "text or fragmented frame");
      return;
    }
    if (!this.limiter.take(data.length)) {
      this.refuse(CloseCode.RateLimited, "rate limit exceeded");
      return;
    }
    try {
      const message = decodeClientMessage(data);
      switch (message.type) {
        case "sync-step1":
          return sink.onSyncStep1(this, message.stateVector);
        case "sync-step2":
          return sink.onUpdate(this, message.update, false);
        case "update":
          return sink.onUpdate(this, message.update, true);
        case "awareness":
          return sink.onAwareness(this, message.update);
        case "query-awareness":
          return sink.onQueryAwareness(this);
      }
    } catch (error) {
      const malformed = error instanceof MalformedMessageError;
      this.refuse(
        CloseCode.MalformedMessage,
        malformed ? "malformed message" : "update failed to apply",
      );
    }
  }

  /**
   * Closes a socket that does not read what it is sent: nothing more is queued for it, the close
   * frame (`SlowReader`) follows its backlog, and if the client still does not read within the
   * close grace period the socket and its backlog are dropped. Its next sync fetches what it missed.
   */
  private dropSlowReader(): void {
    this.logger.warn(
      {
        doc: this.docName,
        userId: this.principal.userId,
        closeCode: CloseCode.SlowReader,
        bufferedBytes: this.socket.writableLength,
      },
      "collab: connection closed, client too far behind",
    );
    this.close(CloseCode.SlowReader, "too far behind");
  }

  /** Closes this connection because an update it sent earlier failed to apply. */
  refuseUpdate(): void {
    this.refuse(CloseCode.MalformedMessage, "update failed to apply");
  }

  private refuse(code: CloseCodeValue, reason: string): void {
    this.logger.warn(
      { doc: this.docName, userId: this.principal.userId, closeCode: code, reason },
      "collab: connection closed for bad input",
    );
    this.close(code, reason);
  }
}
