/**
 * One open collaborative document: a Y.Doc bound to the server through y-websocket's
 * WebsocketProvider (used as it is), plus what the UI needs to tell the truth about it: the
 * connection, whether local changes are stored and whether their confirmation is late (see
 * saveTracker.ts), a terminal refusal (close code 4400–4499), whether the server refused an
 * update as read-only, how often it re-checked the connection's access and how often the
 * connection broke.
 */
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { isTerminalCloseCode } from "../../shared/wire/closeCodes.js";
import { COLLAB_PATH_PREFIX } from "../../shared/wire/docNames.js";
import type { OpenAccess } from "../../shared/wire/access.js";
import { readAccessChecked } from "../../shared/wire/accessChecked.js";
import {
  MessageType,
  OWN_MESSAGES_PARAM,
  OWN_MESSAGES_VERSION,
  type AwarenessUser,
} from "../../shared/wire/messages.js";
import {
  colourAmong,
  colourOnArrival,
  coloursOfOthers,
  personKey,
  type ShownColour,
} from "./colourChoice.js";
import { checkSession } from "../api/auth.js";
import { onSessionExpired } from "../api/http.js";
import { SAVE_CONFIRM_MS, SAVE_SHOW_MS, SaveTracker } from "./saveTracker.js";
import { unsavedEdits } from "./unsavedEdits.js";
import { encodeSaveCheck, peekServerMessage } from "./syncMessages.js";
import { syncStateOf, type SyncFacts, type SyncState } from "./syncState.js";

/** What components read from a session; a new object on every change. */
export interface CollabSnapshot {
  state: SyncState;
  unsaved: boolean;
  /** The server refused an update from this client because its access is read-only. */
  readOnlyRefused: boolean;
  /**
   * How often the server re-checked this connection's access and kept it open (a change of the
   * case, the overleg or the account): a page loads again what it shows about its rights.
   */
  accessChecks: number;
  /**
   * How often a socket of this document closed or failed to open (a server restart, a network
   * drop): whatever a page loaded beside the document before a break may have changed unannounced.
   */
  breaks: number;
}

/** The close code a browser reports for a socket the server refused or the network dropped. */
const ABNORMAL_CLOSE = 1006;

/** The origin of edits given back after a sign-in (`unsavedEdits.ts`): local, so they are sent. */
const KEPT_EDITS = Symbol("kept edits");

/** How long one session check stands for every document (a refused reconnect repeats). */
const SESSION_CHECK_INTERVAL_MS = 5_000;
let lastSessionCheck = 0;

/** Asks the server whether the session is still there, at most once per interval for the tab. */
function checkSessionSoon(): void {
  const now = Date.now();
  if (now - lastSessionCheck < SESSION_CHECK_INTERVAL_MS) return;
  lastSessionCheck = now;
  // A lost session is reported to `onSessionExpired` listeners; anything else changes nothing.
  checkSession().catch(() => undefined);
}

/** The websocket base URL of the collaboration server on this page's origin. */
export function collabServerUrl(location: Pick<Location, "protocol" | "host">): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}${COLLAB_PATH_PREFIX.replace(/\/$/, "")}`;
}

/** A Y.Doc connected to `/collab/<docName>`. Call `destroy` when the page goes away. */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly tracker = new SaveTracker();
  private readonly listeners = new Set<() => void>();
  private facts: SyncFacts = {
    connection: "connecting",
    synced: false,
    everSynced: false,
    unsaved: false,
    saveSlow: false,
    saveOverdue: false,
    closedCode: null,
  };
  private readOnlyRefused = false;
  private accessChecks = 0;
  private breaks = 0;
  /** Fires when the oldest unconfirmed change has waited too long (see saveTracker.ts). */
  private overdueTimer: ReturnType<typeof setTimeout> | null = null;
  private current: CollabSnapshot;
  private observedSocket: WebSocket | null = null;
  /** The user as announced, with the colour shown now (see colourChoice.ts). */
  private user: AwarenessUser;
  /** The user's own colour, and the one taken on becoming present (see colourChoice.ts). */
  private readonly ownColour: string | undefined;
  private chosenColour: string | undefined;

  private readonly stopWatchingExpiry: () => void;

  /** Opens `docName` and announces `user` (the server replaces name and organisation anyway). */
  constructor(
    private readonly docName: string,
    user: AwarenessUser,
    serverUrl: string,
  ) {
    this.user = user;
    this.ownColour = user.color;
    this.chosenColour = user.color;
    // No BroadcastChannel: tabs must not sync around the server, or "saved" would not be true.
    this.provider = new WebsocketProvider(serverUrl, docName, this.doc, {
      connect: false,
      disableBc: true,
      params: { [OWN_MESSAGES_PARAM]: OWN_MESSAGES_VERSION },
      shouldReconnect: (event) => !isTerminalCloseCode(event.code),
    });
    this.provider.messageHandlers[MessageType.AccessChecked] = (_encoder, decoder) =>
      this.onAccessChecked(readAccessChecked(decoder));
    this.provider.awareness.setLocalStateField("user", user);
    this.provider.awareness.on("change", this.onAwarenessChange);
    this.current = this.buildSnapshot();
    this.provider.on("status", ({ status }) => this.onStatus(status));
    this.provider.on("sync", (synced) => this.onSync(synced));
    this.provider.on("closed", ({ code }) => {
      if (isTerminalCloseCode(code)) this.update({ closedCode: code });
    });
    // A socket refused on reconnecting (a session that timed out is refused with HTTP 401, which a
    // browser reports as an abnormal close): ask whether the session is still there.
    this.provider.on("connection-close", (event) => {
      if (event?.code === ABNORMAL_CLOSE && this.facts.everSynced) checkSessionSoon();
      this.breaks += 1;
      this.emit();
    });
    this.doc.on("update", this.onDocUpdate);
    this.stopWatchingExpiry = onSessionExpired(this.keepUnsaved);
    // Edits of this document the session's end left unconfirmed: given back, as local edits.
    const kept = unsavedEdits.take(docName);
    if (kept !== undefined) Y.applyUpdate(this.doc, kept, KEPT_EDITS);
    this.provider.connect();
  }

  /**
   * Shows the user as present in this document (the default) or not: a page that keeps several
   * documents open announces the user only in the one on screen, so "Nu in dit document" and the
   * carets are about that document.
   */
  setPresent(present: boolean): void {
    const { awareness } = this.provider;
    // Only on a change: every call would otherwise send an awareness message.
    if (present === (awareness.getLocalState() !== null)) return;
    if (present) this.chooseColourOnArrival();
    awareness.setLocalState(present ? { user: this.user } : null);
  }

  /** The current snapshot (stable until something changes). */
  snapshot = (): CollabSnapshot => this.current;

  /** Calls `listener` after every change of the snapshot; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Closes the connection and frees the document. */
  destroy(): void {
    this.stopWatchingExpiry();
    this.stopOverdueTimer();
    this.doc.off("update", this.onDocUpdate);
    this.provider.awareness.off("change", this.onAwarenessChange);
    this.detachSocket();
    this.provider.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  /** The session is gone: unconfirmed edits are kept for the same user's next sign-in. */
  private readonly keepUnsaved = (): void => {
    if (this.tracker.hasUnsavedChanges) {
      unsavedEdits.keep(this.docName, Y.encodeStateAsUpdate(this.doc));
    }
  };

  private onStatus(status: "connected" | "disconnected" | "connecting"): void {
    if (status === "connecting") this.attachSocket();
    if (status === "connected") this.tracker.socketOpened();
    if (status === "disconnected") this.tracker.socketClosed();
    this.update({ connection: status, synced: status === "connected" && this.facts.synced });
  }

  private onSync(synced: boolean): void {
    // The people already in the document have arrived in the awareness sent before the sync.
    if (synced && !this.facts.everSynced && this.provider.awareness.getLocalState() !== null) {
      this.chooseColourOnArrival();
      this.showColour(this.user.color);
    }
    this.update({ synced, everSynced: this.facts.everSynced || synced });
    // Changes made while offline went out in the reply to the server's step 1; confirm them.
    if (synced && this.tracker.hasUnsavedChanges) this.sendSaveCheck();
  }

  private readonly onDocUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.provider) return;
    this.tracker.recordLocalChange(Date.now());
    this.updateSaveFacts();
    // The provider sends the update in its own handler, registered before this one.
    if (!this.tracker.awaitingReply) this.sendSaveCheck();
  };

  /** Takes the user's own colour, or a free one if someone here already shows it. */
  private chooseColourOnArrival(): void {
    if (this.ownColour === undefined) return;
    this.chosenColour = colourOnArrival(this.ownColour, this.coloursOfOthers());
    this.user = { ...this.user, color: this.chosenColour };
  }

  /** Moves to another colour when someone with priority shows the same one. */
  private readonly onAwarenessChange = (): void => {
    const { awareness } = this.provider;
    const current = this.user.color;
    if (awareness.getLocalState() === null || current === undefined) return;
    const colour = colourAmong(
      this.chosenColour ?? current,
      current,
      awareness.clientID,
      this.coloursOfOthers(),
    );
    this.showColour(colour);
  };

  /** Announces `colour` if the announced state shows another one. */
  private showColour(colour: string | undefined): void {
    const { awareness } = this.provider;
    const shown = (awareness.getLocalState() as { user?: AwarenessUser } | null)?.user?.color;
    if (colour === undefined || colour === shown) return;
    this.user = { ...this.user, color: colour };
    awareness.setLocalStateField("user", this.user);
  }

  private coloursOfOthers(): ShownColour[] {
    const { awareness } = this.provider;
    const self = personKey(this.user.name, this.user.organisation);
    return coloursOfOthers(awareness.getStates(), awareness.clientID, self);
  }

  private sendSaveCheck(): void {
    const ws = this.provider.ws;
    if (!this.provider.wsconnected || !this.provider.synced || ws === null) return;
    if (ws.readyState !== WebSocket.OPEN) return;
    this.tracker.requestSent();
    ws.send(encodeSaveCheck(this.doc));
  }

  private onAccessChecked(access: OpenAccess | null): void {
    if (access === null) return;
    this.accessChecks += 1;
    // Write access again: an earlier refusal no longer holds.
    if (access === "write") this.readOnlyRefused = false;
    this.emit();
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (!(event.data instanceof ArrayBuffer)) return;
    const kind = peekServerMessage(new Uint8Array(event.data));
    if (kind === "read-only-refusal") {
      this.readOnlyRefused = true;
      this.emit();
    } else if (kind === "sync-step2" && this.tracker.replyReceived()) {
      this.updateSaveFacts();
      // Changes made while the check was under way need a check of their own.
      if (this.tracker.hasUnsavedChanges && !this.tracker.awaitingReply) this.sendSaveCheck();
    }
  };

  /**
   * Takes the tracker's word on unsaved changes and how long the oldest has waited, and wakes up
   * when that wait crosses the next threshold (`SAVE_SHOW_MS`, then `SAVE_CONFIRM_MS`).
   */
  private updateSaveFacts(): void {
    const now = Date.now();
    const since = this.tracker.waitingSince;
    const waited = since === null ? 0 : now - since;
    this.update({
      unsaved: this.tracker.hasUnsavedChanges,
      saveSlow: since !== null && waited >= SAVE_SHOW_MS,
      saveOverdue: this.tracker.isOverdue(now),
    });
    this.stopOverdueTimer();
    if (since === null || waited >= SAVE_CONFIRM_MS) return;
    const threshold = waited < SAVE_SHOW_MS ? SAVE_SHOW_MS : SAVE_CONFIRM_MS;
    this.overdueTimer = setTimeout(() => this.updateSaveFacts(), threshold - waited);
  }

  private stopOverdueTimer(): void {
    if (this.overdueTimer !== null) clearTimeout(this.overdueTimer);
    this.overdueTimer = null;
  }

  private attachSocket(): void {
    this.detachSocket();
    const ws = this.provider.ws;
    if (ws === null) return;
    ws.addEventListener("message", this.onMessage);
    this.observedSocket = ws;
  }

  private detachSocket(): void {
    this.observedSocket?.removeEventListener("message", this.onMessage);
    this.observedSocket = null;
  }

  private update(change: Partial<SyncFacts>): void {
    const next = { ...this.facts, ...change };
    const same = (Object.keys(next) as (keyof SyncFacts)[]).every((k) => next[k] === this.facts[k]);
    if (same) return;
    this.facts = next;
    this.emit();
  }

  private emit(): void {
    this.current = this.buildSnapshot();
    for (const listener of this.listeners) listener();
  }

  private buildSnapshot(): CollabSnapshot {
    return {
      state: syncStateOf(this.facts),
      unsaved: this.facts.unsaved,
      readOnlyRefused: this.readOnlyRefused,
      accessChecks: this.accessChecks,
      breaks: this.breaks,
    };
  }
}
