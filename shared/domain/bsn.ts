/** The Dutch citizen service number (BSN) and its check: the elfproef. */
import { z } from "zod";

/** Weights of the BSN elfproef: the first eight digits count 9..2, the last digit counts -1. */
const ELFPROEF_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/**
 * True when `value` is exactly nine digits that pass the elfproef (weighted sum divisible by 11).
 * All zeros passes the arithmetic but is never issued, so it is refused.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < ELFPROEF_WEIGHTS.length; i++) {
    sum += Number(value[i]) * (ELFPROEF_WEIGHTS[i] ?? 0);
  }
  return sum % 11 === 0;
}

/** Schema for a BSN; the message never repeats the number itself (it is personal data). */
export const BsnSchema = z.string().refine(isValidBsn, {
  message: "BSN is ongeldig: negen cijfers die aan de elfproef voldoen",
});
