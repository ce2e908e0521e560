/**
 * A hand-driven websocket over a plain TCP socket, for frames no websocket library will send
 * (reserved bits set). Performs the upgrade, writes masked frames, and reads the server's close.
 */
import { randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { TEST_SESSION_COOKIE } from "./collabHarness.js";

/** A raw socket after a successful upgrade. */
export interface RawSocket {
  socket: Socket;
  /** Resolves with the code of the first close frame the server sends (0 if none). */
  closeCode: Promise<number>;
}

/** A y-websocket sync `update` message around `update`. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A y-websocket awareness message setting `state` for `clientID` at `clock`. */
export function awarenessMessage(
  clientID: number,
  clock: number,
  state: object | null,
): Uint8Array {
  const entries = encoding.createEncoder();
  encoding.writeVarUint(entries, 1);
  encoding.writeVarUint(entries, clientID);
  encoding.writeVarUint(entries, clock);
  encoding.writeVarString(entries, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(entries));
  return encoding.toUint8Array(encoder);
}

/** A real update inserting `text` into a fresh document's `text`. */
export function someUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("text").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/**
 * Upgrades a TCP connection to a websocket on `/collab/<docName>` by hand. `early` is written
 * in the same write as the request, before any answer: frames a client pipelines behind it.
 */
export async function rawUpgrade(
  port: number,
  origin: string,
  sessionId: string,
  docName: string,
  early: Buffer = Buffer.alloc(0),
): Promise<RawSocket> {
  const socket = connect(port, "127.0.0.1");
  await new Promise<void>((resolve) => socket.once("connect", resolve));
  const request = [
    `GET /collab/${docName} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    "Upgrade: websocket",
    "Connection: Upgrade",
    `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
    "Sec-WebSocket-Version: 13",
    `Origin: ${origin}`,
    `Cookie: ${TEST_SESSION_COOKIE}=${sessionId}`,
    "",
    "",
  ].join("\r\n");
  socket.write(Buffer.concat([Buffer.from(request), early]));
  let buffered = Buffer.alloc(0);
  let upgraded = false;
  let resolveUpgrade: () => void = () => undefined;
  const upgrade = new Promise<void>((resolve) => (resolveUpgrade = resolve));
  const closeCode = new Promise<number>((resolve) => {
    socket.on("data", (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (!upgraded) {
        const end = buffered.indexOf("\r\n\r\n");
        if (end < 0) return;
        if (!buffered.subarray(0, end).toString().startsWith("HTTP/1.1 101")) resolve(-1);
        upgraded = true;
        buffered = buffered.subarray(end + 4);
        resolveUpgrade();
      }
      const code = findCloseCode(buffered);
      if (code !== null) resolve(code);
    });
    socket.on("close", () => resolve(0));
    socket.on("error", () => undefined);
  });
  await upgrade;
  return { socket, closeCode };
}

/** Scans unmasked server frames for a close frame; returns its code or null. */
function findCloseCode(data: Buffer): number | null {
  let offset = 0;
  while (offset + 2 <= data.length) {
    const opcode = data[offset]! & 0x0f;
    let length = data[offset + 1]! & 0x7f;
    let header = 2;
    if (length === 126) {
      if (offset + 4 > data.length) return null;
      length = data.readUInt16BE(offset + 2);
      header = 4;
    } else if (length === 127) {
      if (offset + 10 > data.length) return null;
      length = Number(data.readBigUInt64BE(offset + 2));
      header = 10;
    }
    if (offset + header + length > data.length) return null;
    if (opcode === 0x8) return length >= 2 ? data.readUInt16BE(offset + header) : 1005;
    offset += header + length;
  }
  return null;
}

/** Encodes one masked client frame; `firstByte` carries FIN, RSV bits and opcode. */
export function clientFrame(firstByte: number, payload: Uint8Array): Buffer {
  if (payload.length > 125) throw new Error("test frames are small");
  const mask = randomBytes(4);
  const masked = Buffer.from(payload).map((byte, i) => byte ^ mask[i % 4]!);
  return Buffer.concat([Buffer.from([firstByte, 0x80 | payload.length]), mask, masked]);
}
