/**
 * Pages whose code is a chunk of its own, downloaded on first use. A failed download (the server
 * is down, or a new version replaced the chunk) becomes a `PageDownloadError`, which the frame's
 * `PageError` tells apart from a bug in a page.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/** The code of a page could not be downloaded. */
export class PageDownloadError extends Error {
  /** Wraps the browser's own error (`cause`), whose wording differs per browser. */
  constructor(cause: unknown) {
    super("Pagina kon niet worden geladen", { cause });
    this.name = "PageDownloadError";
  }
}

/** A page loaded on first render by `load`; a failed download throws `PageDownloadError`. */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() =>
    load().then(
      (page) => ({ default: page }),
      (cause: unknown) => {
        throw new PageDownloadError(cause);
      },
    ),
  );
}
