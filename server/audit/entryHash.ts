/** The hash chain of the audit trail: each entry's hash covers its content and the previous hash. */
import { createHash } from "node:crypto";
import type { AuditEntry } from "./auditEvent.js";

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** Computes an entry's hash from its content and the previous hash. */
export function hashEntry(entry: Omit<AuditEntry, "hash">): string {
  return createHash("sha256").update(JSON.stringify(entry)).digest("hex");
}
