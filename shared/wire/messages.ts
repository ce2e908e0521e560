/**
 * The y-websocket wire protocol. Every websocket message is binary: a varUint message type,
 * then its body.
 *   0 sync       varUint syncType (0 step1: state vector, 1 step2: update, 2 update), varUint8Array
 *   1 awareness  varUint8Array awareness update (y-protocols/awareness)
 *   2 auth       varUint 0 (permission denied), varString reason. Server → client only.
 *   3 query      asks for all awareness states. Client → server only.
 *  64 access     varString "read" | "write": the connection's access after the server re-checked
 *                it (a change of the case, the overleg or the account) and kept it open. Server →
 *                client only; Casustafel's own, so a page can load again what depends on it (the
 *                case's phase, whether its editors write). Sent only to a client that asked for it
 *                (OWN_MESSAGES_PARAM below): a plain y-websocket client would log it as unknown.
 */

/** Top-level y-websocket message types. */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  AccessChecked: 64,
} as const;

/**
 * The query parameter (`/collab/<docName>?casustafel=1`) by which a client says it reads
 * Casustafel's own messages (type 64 and up). Without it the server speaks plain y-websocket.
 */
export const OWN_MESSAGES_PARAM = "casustafel";
/** The value of OWN_MESSAGES_PARAM for the messages listed above. */
export const OWN_MESSAGES_VERSION = "1";

/** Sync sub-message types (y-protocols/sync). */
export const SyncMessageType = {
  Step1: 0,
  Step2: 1,
  Update: 2,
} as const;

/**
 * The `user` field of an awareness state as the server sets it from the session; whatever a
 * client puts there is replaced. `color` is the only field a client chooses (a #rrggbb colour).
 */
export interface AwarenessUser {
  name: string;
  organisation: string;
  color?: string;
}
