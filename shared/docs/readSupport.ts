/**
 * Helpers for the tolerant document readers. Yjs content comes from users and from other
 * clients' bugs, so every value is treated as `unknown` and checked before use; a reader collects
 * problems instead of throwing. Problem messages never repeat user content (it may be personal).
 */
import * as Y from "yjs";

/** One thing a reader could not use; `path` is technical, `message` Dutch and free of user content. */
export interface ReadProblem {
  path: string;
  message: string;
}

/** A reader's answer: the plain data it could read and what it had to skip or default. */
export interface ReadResult<T> {
  value: T;
  problems: ReadProblem[];
}

/** Who changed a value and when; writers take it from the caller so they never read a clock. */
export interface Stamp {
  /** User id. */
  by: string;
  /** ISO timestamp. */
  at: string;
}

type TopLevelCtor = typeof Y.Map | typeof Y.Array | typeof Y.XmlFragment;

/**
 * The top-level shared type under `key` as `ctor`, or null (with a problem) when the document
 * already holds another type under that name. A not-yet-typed entry is typed on first access.
 */
function topLevel<T>(
  doc: Y.Doc,
  key: string,
  ctor: TopLevelCtor,
  problems: ReadProblem[],
): T | null {
  const existing = doc.share.get(key);
  if (
    existing !== undefined &&
    !(existing instanceof ctor) &&
    existing.constructor !== Y.AbstractType
  ) {
    problems.push({
      path: key,
      message: "Onderdeel heeft een onverwachte structuur en is overgeslagen.",
    });
    return null;
  }
  try {
    return doc.get(key, ctor) as unknown as T;
  } catch {
    problems.push({ path: key, message: "Onderdeel kon niet worden gelezen en is overgeslagen." });
    return null;
  }
}

/** The top-level Y.Map under `key`, or null with a problem. */
export function topLevelMap(
  doc: Y.Doc,
  key: string,
  problems: ReadProblem[],
): Y.Map<unknown> | null {
  return topLevel<Y.Map<unknown>>(doc, key, Y.Map, problems);
}

/** The top-level Y.Array under `key`, or null with a problem. */
export function topLevelArray(
  doc: Y.Doc,
  key: string,
  problems: ReadProblem[],
): Y.Array<unknown> | null {
  return topLevel<Y.Array<unknown>>(doc, key, Y.Array, problems);
}

/** The top-level Y.XmlFragment under `key`, or null with a problem. */
export function topLevelFragment(
  doc: Y.Doc,
  key: string,
  problems: ReadProblem[],
): Y.XmlFragment | null {
  return topLevel<Y.XmlFragment>(doc, key, Y.XmlFragment, problems);
}

/** Fields of a value that is a Y.Map or a plain object; null for anything else. */
export function fieldsOf(value: unknown): Map<string, unknown> | null {
  if (value instanceof Y.Map) return new Map<string, unknown>(value.entries());
  if (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Y.AbstractType) &&
    !(value instanceof Uint8Array)
  ) {
    return new Map<string, unknown>(Object.entries(value));
  }
  return null;
}

/** The value as a non-empty string, or null. */
export function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

/** The value when it is one of `options`, else null. */
export function oneOf<T extends string | number>(value: unknown, options: readonly T[]): T | null {
  return (options as readonly unknown[]).includes(value) ? (value as T) : null;
}
