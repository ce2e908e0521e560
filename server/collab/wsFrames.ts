/**
 * Server → client websocket frames (RFC 6455 §5.2), built once and written to every socket of a
 * room. A server frame is never masked, so its bytes are the same for every recipient:
 *   byte 0  FIN + opcode 2 (binary)
 *   byte 1  payload length < 126, or 126 + u16be length, or 127 + u64be length
 *   then the payload
 * `ws` would build a new header per socket and write header and payload as two buffers; a room
 * of n sockets costs n of those. Writing our own frame is safe because `ws`'s sender writes
 * straight to the socket whenever it is not compressing (`perMessageDeflate` is off) and not
 * reading a Blob (we send none), so our frames stay in order with its pings and close frame.
 */

const FIN_BINARY = 0x82;
const LENGTH_16 = 126;
const LENGTH_64 = 127;

/** Bytes of the frame header for a payload of `length` bytes. */
function headerBytes(length: number): number {
  if (length < LENGTH_16) return 2;
  return length <= 0xffff ? 4 : 10;
}

/** Writes a binary frame header for `length` payload bytes at the start of `out`; returns its size. */
function writeHeader(out: Buffer, length: number): number {
  out[0] = FIN_BINARY;
  if (length < LENGTH_16) {
    out[1] = length;
    return 2;
  }
  if (length <= 0xffff) {
    out[1] = LENGTH_16;
    out.writeUInt16BE(length, 2);
    return 4;
  }
  out[1] = LENGTH_64;
  out.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
  out.writeUInt32BE(length >>> 0, 6);
  return 10;
}

/** Bytes of a varUint (lib0 encoding: 7 bits per byte, low bits first). */
function varUintBytes(value: number): number {
  let bytes = 1;
  for (let rest = value >>> 7; rest > 0; rest >>>= 7) bytes++;
  return bytes;
}

/**
 * One binary frame whose payload is `prefix` bytes, then `body` as a lib0 varUint8Array (its
 * length, then its bytes): a y-websocket message, framed, in a single allocation.
 */
export function frameMessage(prefix: readonly number[], body: Uint8Array): Buffer {
  const lengthBytes = varUintBytes(body.length);
  const payloadLength = prefix.length + lengthBytes + body.length;
  const out = Buffer.allocUnsafe(headerBytes(payloadLength) + payloadLength);
  let offset = writeHeader(out, payloadLength);
  for (const byte of prefix) out[offset++] = byte;
  let length = body.length;
  while (length > 0x7f) {
    out[offset++] = 0x80 | (length & 0x7f);
    length >>>= 7;
  }
  out[offset++] = length;
  out.set(body, offset);
  return out;
}

/** One binary frame carrying `message` (an already encoded y-websocket message). */
export function frameBytes(message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(headerBytes(message.length) + message.length);
  out.set(message, writeHeader(out, message.length));
  return out;
}
