import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { READ_ONLY_REFUSAL_REASON } from "../../shared/wire/closeCodes.js";
import { MessageType } from "../../shared/wire/messages.js";
import { encodeSaveCheck, peekServerMessage } from "./syncMessages.js";

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe("peekServerMessage", () => {
  it("recognises a sync step 2 as a save acknowledgement", () => {
    const doc = new Y.Doc();
    const step2 = message((e) => {
      encoding.writeVarUint(e, MessageType.Sync);
      syncProtocol.writeSyncStep2(e, doc);
    });
    expect(peekServerMessage(step2)).toBe("sync-step2");
  });

  it("does not take a step 1 or an update for an acknowledgement", () => {
    expect(peekServerMessage(encodeSaveCheck(new Y.Doc()))).toBe("other");
    const update = message((e) => {
      encoding.writeVarUint(e, MessageType.Sync);
      syncProtocol.writeUpdate(e, new Uint8Array([0, 0]));
    });
    expect(peekServerMessage(update)).toBe("other");
  });

  it("recognises the server's read-only refusal", () => {
    const refusal = message((e) => {
      encoding.writeVarUint(e, MessageType.Auth);
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, READ_ONLY_REFUSAL_REASON);
    });
    expect(peekServerMessage(refusal)).toBe("read-only-refusal");
  });

  it("treats an empty or broken message as nothing in particular", () => {
    expect(peekServerMessage(new Uint8Array())).toBe("other");
    expect(peekServerMessage(new Uint8Array([MessageType.Auth]))).toBe("other");
  });
});
