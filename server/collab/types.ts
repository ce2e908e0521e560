/** Public types of the collaboration server: its options, its hooks and what it returns. */
import type { RootShape } from "../../shared/docs/docRoots.js";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type * as Y from "yjs";
import type { Principal } from "../auth/principal.js";
import type { DocumentAccess } from "../../shared/wire/access.js";
import type { CollabLimits } from "../../shared/wire/limits.js";
import type { DocumentStorage } from "./storage/documentStorage.js";
import type { UpdatePlace } from "./updatePlaces.js";

/** A pino-compatible logger (fastify's `app.log` fits). Never pass personal data in a log object. */
export interface CollabLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Context of a connection-level hook. */
export interface ConnectionHookContext {
  docName: string;
  principal: Principal;
  access: DocumentAccess;
}

/** Context of `onUpdateRefused`: a connection's update was not applied, and why. */
export interface RefusedUpdateContext extends ConnectionHookContext {
  /** `read-only`: the connection may not write; `outside-rights`: its guard refused the update. */
  reason: "read-only" | "outside-rights";
}

/**
 * Context of a document-level hook. `onLoad` may change the document: it runs after the update
 * listener is attached and before any client is sent the document, so its changes are stored and
 * reach every client as ordinary server-side changes (template seeding relies on this). The other
 * document hooks observe only.
 */
export interface DocumentHookContext {
  docName: string;
  doc: Y.Doc;
}

/** Context of `onLoad`, whose hooks may attach observers for the document's life in memory. */
export interface LoadHookContext extends DocumentHookContext {
  /**
   * Whether a transaction's origin is a client's connection (its updates applied), rather than a
   * write of the server's own: for an observer that trusts only the server with some fields.
   */
  readonly isClientOrigin: (origin: unknown) => boolean;
}

/** Context of `onChange`: who changed the document since the previous call. */
export interface ChangeHookContext extends DocumentHookContext {
  /** Users whose updates arrived since the last `onChange`; empty for server-side changes only. */
  editors: Principal[];
}

/**
 * A plug-in for document lifecycle moments (audit trail, action extraction...). Hooks observe;
 * they cannot refuse a connection (authorisation does that). A throwing hook is logged, never fatal.
 */
export interface CollabExtension {
  /** Name used in log lines about this extension. */
  name: string;
  /** A connection was authorised and joined a loaded document. */
  onConnect?: (ctx: ConnectionHookContext) => void | Promise<void>;
  /** A document was loaded from storage (before any client sees it). */
  onLoad?: (ctx: LoadHookContext) => void | Promise<void>;
  /** The document changed; debounced (`changeDebounceMs`, at most `changeMaxWaitMs` late). */
  onChange?: (ctx: ChangeHookContext) => void | Promise<void>;
  /** Writes of the document were made durable (fsync) or it was compacted. */
  onStore?: (ctx: DocumentHookContext) => void | Promise<void>;
  /** A connection left the document. */
  onDisconnect?: (ctx: ConnectionHookContext) => void | Promise<void>;
  /**
   * An update of a connection was refused: the first one of a read-only connection (which stays
   * open, so its client may send more), or the one a guard refused (which closes it).
   */
  onUpdateRefused?: (ctx: RefusedUpdateContext) => void | Promise<void>;
}

/**
 * Judges where an update from a write connection would change its document, and the plain values
 * it adds to maps (`updatePlaces.ts`); false refuses the update and closes the connection with
 * `Forbidden`.
 */
export interface UpdateGuard {
  /**
   * The top-level types the document holds, with their shape. An update that puts content under
   * any other name, or in another shape (a keyed entry in a list, a list item in a map), is
   * refused, whatever `judges` says: it would be kept beside what the readers read. Checked on
   * every update from the parent names it carries (content placed next to a neighbour stays in
   * that neighbour's type), so it costs no placing of the update in the document.
   */
  readonly roots: ReadonlyMap<string, RootShape>;
  /**
   * Which updates `allows` judges: `every` one, `none`, or only those adding a plain value this
   * test picks (the leefgebieden guard picks what could name someone or be a score: typing a note
   * goes unjudged and batched).
   */
  readonly judges: "every" | "none" | ((value: unknown) => boolean);
  /**
   * Whether `allows` judges every update, beyond those `judges` picks. Only a picked update is
   * fsynced before it is relayed; the others are checked and then batched as usual. For a document
   * holding what only the server writes: any write lands next to a neighbour, and one placed after
   * a map entry replaces that entry's value, whatever it holds and whether or not the update
   * deletes anything, so no cheaper test tells which updates could take it away.
   */
  readonly judgesAll?: boolean;
  allows(places: readonly UpdatePlace[]): boolean;
}

/** Everything the collaboration server needs from its host. */
export interface CollabOptions {
  /** Documents live under `join(dataDir, "docs")` unless `storage` is given. */
  dataDir: string;
  /** Resolves the session behind an upgrade request (cookie); null when there is none. */
  authenticate(req: IncomingMessage): Promise<Principal | null>;
  /** Decides access per document; `none` for unknown documents as well. */
  authorize(principal: Principal, docName: string): Promise<DocumentAccess>;
  /**
   * What a writer may change within a document, decided once per connection; null (the usual
   * answer, and the fast path) lets every update of a write connection through.
   */
  updateGuard?(principal: Principal, docName: string): UpdateGuard | null;
  /**
   * Whether a document's connections see each other's presence (awareness); true when absent. A
   * document whose readers would learn from it who else is there, beyond what they may know,
   * keeps presence to itself: its awareness messages are dropped, not relayed.
   */
  sharesPresence?(docName: string): boolean;
  /**
   * False while the host takes no new connections (its audit trail cannot be written): an
   * authenticated upgrade is then refused with `CloseCode.DocumentUnavailable`, which a client
   * retries. Open connections stay. True when absent.
   */
  accepting?(): boolean;
  /** Origins allowed in the upgrade's `Origin` header, e.g. `http://localhost:3000`. */
  allowedOrigins: string[];
  /** Lifecycle hooks, run in order. */
  extensions?: CollabExtension[];
  logger: CollabLogger;
  /** Overrides of `LIMITS` (message size, rate limit, unload delay, fsync interval...). */
  limits?: Partial<CollabLimits>;
  /** A storage other than the append-only files under `dataDir` (a database, a test double). */
  storage?: DocumentStorage;
}

/** Server-side access to one document, e.g. to change an action's status in a Yjs transaction. */
export interface DocumentHandle {
  docName: string;
  doc: Y.Doc;
  /** Lets the document unload again once no connection or handle uses it. Idempotent. */
  release(): void;
}

/** Which connections `revalidate` re-checks. An empty filter re-checks all of them. */
export interface RevalidateFilter {
  userId?: string;
  /** The case's own documents, and every meeting document (their access follows their cases). */
  caseId?: string;
}

/** The collaboration server as its host sees it. */
export interface CollabServer {
  /** Handles an HTTP upgrade for a `/collab/<docName>` path. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Re-runs `authorize` for matching connections: closes lost access, downgrades to read-only. */
  revalidate(filter: RevalidateFilter): Promise<void>;
  /** Closes every connection of a session (logout, expiry) with `CloseCode.Unauthenticated`. */
  closeSession(sessionId: string): void;
  /** Opens a document for server-side changes; call `release()` when done. */
  openDocument(docName: string): Promise<DocumentHandle>;
  /**
   * Closes a document's connections, drops it without storing and deletes its stored data (the
   * end of its case's retention). Deny access to it in `authorize` first.
   */
  removeDocument(docName: string): Promise<void>;
  /** Stops accepting, flushes every document durably and closes sockets with 1012. */
  shutdown(): Promise<void>;
  /** Current counts, for health checks and the benchmark. */
  stats(): { documents: number; connections: number };
}
