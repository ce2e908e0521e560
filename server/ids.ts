/** Random identifiers: a short type prefix and 72 random bits, URL- and doc-name-safe. */
import { randomBytes } from "node:crypto";

/** A new id such as `case_Q2x9...`; safe in URLs and document names. */
export function newId(prefix: "org" | "user" | "case" | "pers" | "meet" | "act"): string {
  return `${prefix}_${randomBytes(9).toString("base64url")}`;
}
