/**
 * Encoding and decoding of y-websocket messages (layout in `shared/wire/messages.ts`).
 * Decoding is strict: a message must be binary, of a known type, and consumed exactly; anything
 * else throws `MalformedMessageError` so the connection can be closed with a named code.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { MessageType, SyncMessageType } from "../../shared/wire/messages.js";
import { frameMessage } from "./wsFrames.js";

/** A client message that breaks the protocol. */
export class MalformedMessageError extends Error {
  override name = "MalformedMessageError";
}

/** A decoded client → server message. */
export type ClientMessage =
  | { type: "sync-step1"; stateVector: Uint8Array }
  | { type: "sync-step2"; update: Uint8Array }
  | { type: "update"; update: Uint8Array }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" };

/** Decodes one client message; throws `MalformedMessageError` for anything malformed. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) throw new MalformedMessageError("trailing bytes");
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(error instanceof Error ? error.message : "undecodable");
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.Sync: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SyncMessageType.Step1) {
        Y.decodeStateVector(payload); // validates
        return { type: "sync-step1", stateVector: payload };
      }
      if (syncType === SyncMessageType.Step2) return { type: "sync-step2", update: payload };
      if (syncType === SyncMessageType.Update) return { type: "update", update: payload };
      throw new MalformedMessageError("unknown sync message type");
    }
    case MessageType.Awareness:
      return { type: "awareness", update: decoding.readVarUint8Array(decoder) };
    case MessageType.QueryAwareness:
      return { type: "query-awareness" };
    default:
      throw new MalformedMessageError("unknown message type");
  }
}

/** `sync step 1`: the server's state vector, asking the client for what the server lacks. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, SyncMessageType.Step1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

/** `sync step 2`: everything in `doc` that a client with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, SyncMessageType.Step2);
  encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

const UPDATE_PREFIX = [MessageType.Sync, SyncMessageType.Update] as const;
const AWARENESS_PREFIX = [MessageType.Awareness] as const;

/** A sync `update` message carrying one document update. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  return withPrefix(UPDATE_PREFIX, update);
}

/** An awareness message carrying one awareness update. */
export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  return withPrefix(AWARENESS_PREFIX, update);
}

/** A sync `update` message as a websocket frame, built once for every socket of a room. */
export function updateFrame(update: Uint8Array): Buffer {
  return frameMessage(UPDATE_PREFIX, update);
}

/** An awareness message as a websocket frame, built once for every socket of a room. */
export function awarenessFrame(update: Uint8Array): Buffer {
  return frameMessage(AWARENESS_PREFIX, update);
}

/**
 * `prefix` bytes, then `payload` as a varUint8Array, in one allocation. The broadcast path uses
 * this instead of a lib0 Encoder: it runs once per update per room, so it should not allocate
 * and grow a scratch buffer each time.
 */
function withPrefix(prefix: readonly number[], payload: Uint8Array): Uint8Array {
  let lengthBytes = 1;
  for (let rest = payload.length >>> 7; rest > 0; rest >>>= 7) lengthBytes++;
  const out = new Uint8Array(prefix.length + lengthBytes + payload.length);
  out.set(prefix);
  let offset = prefix.length;
  let length = payload.length;
  while (length > 0x7f) {
    out[offset++] = 0x80 | (length & 0x7f);
    length >>>= 7;
  }
  out[offset++] = length;
  out.set(payload, offset);
  return out;
}

/** An auth `permission denied` message; y-websocket logs it and keeps the connection. */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Auth);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/**
 * An awareness update with no entries. Sent to idle sockets so y-websocket's 30 s "no message
 * received" watchdog does not drop a client that is alone in a document.
 */
export const KEEPALIVE_MESSAGE: Uint8Array = encodeAwarenessMessage(new Uint8Array([0]));
