/** Wachtwoord wijzigen: any signed-in user changes their own password. */
import { OwnPasswordForm } from "../account/OwnPasswordForm.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";

/** The page. */
export function OwnPasswordPage() {
  useDocumentTitle(messages.ownPassword.title);
  return (
    <>
      <h1>{messages.ownPassword.title}</h1>
      <OwnPasswordForm onChanged={() => undefined} />
    </>
  );
}
