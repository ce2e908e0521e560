/** Keeps the browser tab title in step with the page, so tabs and history read clearly. */
import { useEffect } from "react";
import { messages } from "../i18n/messages.js";

/** Sets the document title to "<page> · Casustafel" while the calling page is shown. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = messages.app.documentTitle(page);
  }, [page]);
}
