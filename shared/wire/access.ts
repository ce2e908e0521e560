/** What a user may do with one collaborative document, as decided by the server's policies. */

/** Every access level, from most to least. */
export const DOCUMENT_ACCESS_LEVELS = ["write", "read", "none"] as const;

/**
 * Access to one document: `write` edits, `read` receives updates but every update it sends is
 * refused, `none` may not open it (also the answer for documents that do not exist).
 */
export type DocumentAccess = (typeof DOCUMENT_ACCESS_LEVELS)[number];

/** An access an open connection holds: one with none is not open. */
export type OpenAccess = Exclude<DocumentAccess, "none">;
