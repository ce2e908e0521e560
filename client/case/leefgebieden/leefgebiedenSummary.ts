/** The leefgebieden summary line: how many domains are acute, not self-reliant, and scored. */
import type { LeefgebiedenDocValue } from "../../../shared/docs/leefgebiedenDoc.js";
import { LEEFGEBIEDEN } from "../../../shared/domain/leefgebied.js";

/** Counts over the scored leefgebieden. */
export interface LeefgebiedenSummary {
  /** Score 1: acute problematiek. */
  acute: number;
  /** Score 2: niet zelfredzaam. */
  notSelfReliant: number;
  scored: number;
  total: number;
  stale: number;
}

/** Counts the scores in a leefgebieden document value. */
export function summariseLeefgebieden(value: LeefgebiedenDocValue): LeefgebiedenSummary {
  const entries = LEEFGEBIEDEN.map((key) => value.scores[key]).filter((e) => e?.score != null);
  return {
    acute: entries.filter((e) => e?.score === 1).length,
    notSelfReliant: entries.filter((e) => e?.score === 2).length,
    scored: entries.length,
    total: LEEFGEBIEDEN.length,
    stale: entries.filter((e) => e?.stale === true).length,
  };
}
