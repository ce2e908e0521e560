/** A page whose feature has not landed yet: a real route with an honest "nog niet beschikbaar". */
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";

/** Shows the page title, a "nog niet beschikbaar" tag and what the page will hold. */
export function PlaceholderPage({ title, description }: { title: string; description: string }) {
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <div className="panel">
        <p className="tag">{messages.placeholder.notYetAvailable}</p>
        <p>{description}</p>
        <p className="muted">{messages.placeholder.body}</p>
      </div>
    </>
  );
}
