/** The shape of the metadata store (one lowdb JSON document) and its stored records. */
import type { Case } from "../../shared/domain/case.js";
import type { Organisation } from "../../shared/domain/organisation.js";
import type { Role } from "../../shared/domain/roles.js";

/** Bumped when the stored shape changes incompatibly; start-up refuses an unknown version. */
export const STORE_SCHEMA_VERSION = 1;

/** A user account as stored (with its password hash, which never leaves the server). */
export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  organisationId: string;
  role: Role;
  regio: string;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
}

/** A login session. The id is the SHA-256 of the cookie token, so a leaked store holds no usable token. */
export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
}

/** Everything the metadata store holds. Case documents live elsewhere (the document store). */
export interface StoreData {
  schemaVersion: number;
  organisations: Organisation[];
  users: UserRecord[];
  sessions: SessionRecord[];
  cases: Case[];
}

/** A fresh, empty store. */
export function emptyStoreData(): StoreData {
  return {
    schemaVersion: STORE_SCHEMA_VERSION,
    organisations: [],
    users: [],
    sessions: [],
    cases: [],
  };
}

/** Checks the top-level shape of data read from disk; returns a reason when it is not a store. */
export function checkStoreShape(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return "the file does not hold a JSON object";
  const d = data as Record<string, unknown>;
  if (d.schemaVersion !== STORE_SCHEMA_VERSION)
    return `unknown schema version ${String(d.schemaVersion)}`;
  for (const key of ["organisations", "users", "sessions", "cases"] as const) {
    if (!Array.isArray(d[key])) return `"${key}" is missing or not a list`;
  }
  return null;
}

/** Who may see what changed (participants, account disabled): connected sockets must re-check. */
export interface AccessChange {
  userId?: string;
  caseId?: string;
}

/** Writes the whole document; lowdb's adapter serialises and coalesces concurrent writes. */
export type Persist = () => Promise<void>;
