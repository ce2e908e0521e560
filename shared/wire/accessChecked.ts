/**
 * The `access` message (type 64 in messages.ts): after a re-check that keeps a connection open, the
 * server tells the client the access it has now. Casustafel's own message: the server writes it,
 * the client's handler reads it (y-websocket takes extra handlers per provider).
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { OpenAccess } from "./access.js";
import { MessageType } from "./messages.js";

/** The whole message: its type, then the access. */
export function encodeAccessChecked(access: OpenAccess): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.AccessChecked);
  encoding.writeVarString(encoder, access);
  return encoding.toUint8Array(encoder);
}

/** The access in a message whose type was read already; null for anything else. */
export function readAccessChecked(decoder: decoding.Decoder): OpenAccess | null {
  const access = decoding.readVarString(decoder);
  return access === "read" || access === "write" ? access : null;
}
