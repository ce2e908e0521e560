/** Binary search over clock ranges, the shape of Yjs struct lists and delete sets. */

/**
 * The element of `sorted` (ascending, non-overlapping `[start, start+length)` ranges) whose range
 * contains `clock`; undefined when none does.
 */
export function rangeAt<T>(
  sorted: readonly T[],
  clock: number,
  start: (element: T) => number,
  length: (element: T) => number,
): T | undefined {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const element = sorted[mid];
    if (element === undefined) return undefined;
    if (clock < start(element)) high = mid - 1;
    else if (clock >= start(element) + length(element)) low = mid + 1;
    else return element;
  }
  return undefined;
}
