/**
 * Framing of the append-only document files. A file starts with an 8-byte header (4-byte magic,
 * u32 little-endian format version), then frames:
 *   u32le payloadLength | u32le crc32(payload) | payload
 * A crash can leave a torn frame at the end; `scanFrames` stops at the first frame that is
 * incomplete or fails its checksum and reports where the valid data ends, so the caller can
 * cut the tail off.
 */
import { crc32 } from "node:zlib";

/** Size of the file header and of each frame header in bytes. */
export const FILE_HEADER_BYTES = 8;
/** Size of a frame header (length + checksum). */
export const FRAME_HEADER_BYTES = 8;
/** Version written in every file header. */
export const FORMAT_VERSION = 1;
/** Largest payload a frame may claim; larger lengths are treated as corruption. */
export const MAX_FRAME_PAYLOAD_BYTES = 1024 * 1024 * 1024;

/** Magic bytes of a log file ("CTLG") and of a snapshot file ("CTSN"). */
export const LOG_MAGIC = 0x474c5443;
/** Magic bytes of a snapshot file ("CTSN"). */
export const SNAPSHOT_MAGIC = 0x4e535443;

/** Encodes the 8-byte file header for a file with the given magic. */
export function encodeFileHeader(magic: number): Buffer {
  const header = Buffer.alloc(FILE_HEADER_BYTES);
  header.writeUInt32LE(magic, 0);
  header.writeUInt32LE(FORMAT_VERSION, 4);
  return header;
}

/** True when `data` starts with a complete header of the given magic and the current version. */
export function hasFileHeader(data: Uint8Array, magic: number): boolean {
  if (data.length < FILE_HEADER_BYTES) return false;
  const view = Buffer.from(data.buffer, data.byteOffset, FILE_HEADER_BYTES);
  return view.readUInt32LE(0) === magic && view.readUInt32LE(4) === FORMAT_VERSION;
}

/** Encodes the frame header for one payload; write it followed by the payload itself. */
export function encodeFrameHeader(payload: Uint8Array): Buffer {
  const header = Buffer.alloc(FRAME_HEADER_BYTES);
  header.writeUInt32LE(payload.length, 0);
  header.writeUInt32LE(crc32(payload), 4);
  return header;
}

/** The frames of `payloads`, back to back in one buffer, ready for one write. */
export function frameAll(payloads: readonly Uint8Array[]): Buffer {
  let bytes = 0;
  for (const payload of payloads) bytes += FRAME_HEADER_BYTES + payload.length;
  const out = Buffer.allocUnsafe(bytes);
  let offset = 0;
  for (const payload of payloads) {
    out.writeUInt32LE(payload.length, offset);
    out.writeUInt32LE(crc32(payload), offset + 4);
    out.set(payload, offset + FRAME_HEADER_BYTES);
    offset += FRAME_HEADER_BYTES + payload.length;
  }
  return out;
}

/** Result of scanning the frames of a file body. */
export interface FrameScan {
  /** Payloads of all valid frames, in order (views into the scanned buffer). */
  payloads: Uint8Array[];
  /** Offset just past the last valid frame: the length to truncate a torn file to. */
  validEnd: number;
  /** Why scanning stopped before the end, or null when every byte belonged to a valid frame. */
  damage: "incomplete-header" | "bad-length" | "incomplete-payload" | "bad-checksum" | null;
}

/** Reads frames from `data` starting at `start` until the end or the first damaged frame. */
export function scanFrames(data: Uint8Array, start: number): FrameScan {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.length);
  const payloads: Uint8Array[] = [];
  let offset = start;
  while (offset < buf.length) {
    if (buf.length - offset < FRAME_HEADER_BYTES) {
      return { payloads, validEnd: offset, damage: "incomplete-header" };
    }
    const length = buf.readUInt32LE(offset);
    const checksum = buf.readUInt32LE(offset + 4);
    if (length > MAX_FRAME_PAYLOAD_BYTES) {
      return { payloads, validEnd: offset, damage: "bad-length" };
    }
    const payloadStart = offset + FRAME_HEADER_BYTES;
    if (buf.length - payloadStart < length) {
      return { payloads, validEnd: offset, damage: "incomplete-payload" };
    }
    const payload = buf.subarray(payloadStart, payloadStart + length);
    if (crc32(payload) !== checksum) {
      return { payloads, validEnd: offset, damage: "bad-checksum" };
    }
    payloads.push(payload);
    offset = payloadStart + length;
  }
  return { payloads, validEnd: offset, damage: null };
}
