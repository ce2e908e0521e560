/** Shown inside the frame when a signed-in user opens a page their role may not see. */
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";

/** "Geen toegang". */
export function ForbiddenPage() {
  useDocumentTitle(messages.access.forbiddenTitle);
  return (
    <>
      <h1>{messages.access.forbiddenTitle}</h1>
      <p>{messages.access.forbiddenBody}</p>
    </>
  );
}
