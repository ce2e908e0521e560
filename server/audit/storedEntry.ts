/**
 * Reading one line of the trail back. A line that is not JSON, or not an entry of the stored shape,
 * is damaged: readers report its place and go on, and never repeat what it holds (it may hold
 * anything someone typed into the file).
 */
import { z } from "zod";
import { AuditEntrySchema } from "../../shared/api/audit.js";
import type { AuditEntry } from "./auditEvent.js";

/** An entry as the trail writes it: the API's entry with its place in the hash chain. */
const StoredAuditEntrySchema = AuditEntrySchema.extend({
  seq: z.number().int().min(1),
  prevHash: z.string(),
  hash: z.string(),
});

/**
 * The entry a line holds, or null when the line is damaged. The value is the parsed JSON itself,
 * not the schema's copy, so its keys keep the order the hash was computed over.
 */
export function parseStoredEntry(line: string): AuditEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  // The schema checks the shape readers rely on; the enums stay strings, as old entries keep theirs.
  return StoredAuditEntrySchema.safeParse(value).success ? (value as AuditEntry) : null;
}
