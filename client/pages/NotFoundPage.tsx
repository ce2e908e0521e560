/** Shown inside the frame for an address the app does not know. */
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";

/** "Pagina niet gevonden". */
export function NotFoundPage() {
  useDocumentTitle(messages.access.notFoundTitle);
  return (
    <>
      <h1>{messages.access.notFoundTitle}</h1>
      <p>{messages.access.notFoundBody}</p>
    </>
  );
}
