/**
 * What the frame shows in place of a page that failed to render, with the menu still there. Most
 * often the page's code could not be downloaded because the server is down: then the health of
 * the server is checked with growing pauses (`loadWithRetry`) and, once it is back, the page is
 * loaded again by reloading it (which also picks up a newer version of the app).
 */
import { useEffect, useState } from "react";
import { useRouteError } from "react-router";
import { requestVoid } from "../api/http.js";
import { loadWithRetry } from "../api/loadWithRetry.js";
import { messages } from "../i18n/messages.js";
import { PageDownloadError } from "./lazyPage.js";
import { LoadFailure } from "./LoadFailure.js";

const reloadPage = () => window.location.reload();

/** The route error element inside the app frame. */
export function PageError() {
  const download = useRouteError() instanceof PageDownloadError;
  // True while the server is unreachable and its return is awaited.
  const [waiting, setWaiting] = useState(download);

  useEffect(() => {
    if (!download) return;
    const controller = new AbortController();
    let serverWasDown = false;
    loadWithRetry((signal) => requestVoid("GET", "/api/health", { signal }), {
      signal: controller.signal,
      onRetry: () => {
        serverWasDown = true;
      },
    }).then(
      // Reloading at once when the server never was down could loop on a chunk that stays broken.
      () => (serverWasDown ? reloadPage() : setWaiting(false)),
      () => {
        if (!controller.signal.aborted) setWaiting(false);
      },
    );
    return () => controller.abort();
  }, [download]);

  return (
    <LoadFailure
      failure={{
        status: "failed",
        message: waiting ? messages.errors.network : messages.errors.page,
        retrying: waiting,
      }}
      onRetry={reloadPage}
    />
  );
}
