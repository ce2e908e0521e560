/**
 * Whether a request is for the API, judged on its path as the router reads it: percent-decoded,
 * so "/%61pi/cases" (which the router serves as /api/cases) is an API request too, for every check
 * that treats the API apart (the origin check, the audit gate, no caching). A path that cannot be
 * decoded counts as the API when its raw form starts like it.
 */
const API_PREFIX = "/api/";

/** True when the path of `url` (with or without a query) is under /api/. */
export function isApiPath(url: string): boolean {
  return decodedPath(url).startsWith(API_PREFIX);
}

/** The path of `url`, percent-decoded where it can be (to compare with a route's path). */
export function decodedPath(url: string): string {
  const path = url.split("?")[0] ?? "";
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
