/**
 * Peeks at y-websocket messages (see shared/wire/messages.ts for the format) without handling
 * them: the provider handles every message itself; the client only needs to notice save
 * acknowledgements (sync step 2) and read-only refusals (auth, permission denied).
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import type * as Y from "yjs";
import { READ_ONLY_REFUSAL_REASON } from "../../shared/wire/closeCodes.js";
import { MessageType, SyncMessageType } from "../../shared/wire/messages.js";

/** What a message from the server means for the sync state. */
export type PeekedMessage = "sync-step2" | "read-only-refusal" | "other";

/** Auth sub-type "permission denied" (y-protocols/auth). */
const PERMISSION_DENIED = 0;

/** Classifies one binary message from the server; never throws. */
export function peekServerMessage(data: Uint8Array): PeekedMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.Sync) {
      return decoding.readVarUint(decoder) === SyncMessageType.Step2 ? "sync-step2" : "other";
    }
    if (type === MessageType.Auth && decoding.readVarUint(decoder) === PERMISSION_DENIED) {
      return decoding.readVarString(decoder) === READ_ONLY_REFUSAL_REASON
        ? "read-only-refusal"
        : "other";
    }
  } catch {
    // Not ours to judge: the provider reports broken messages itself.
  }
  return "other";
}

/** A sync step 1 message carrying `doc`'s state vector, as the provider itself sends it. */
export function encodeSaveCheck(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}
