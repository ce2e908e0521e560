/**
 * "Nieuw wachtwoord instellen" for one account, in a panel below its row: one password field,
 * checked with the shared rule before sending. The user is signed out everywhere by the server.
 */
import { useId, useState, type FormEvent } from "react";
import { AccountPasswordSchema } from "../../../shared/api/accounts.js";
import { errorMessage } from "../../api/errorMessage.js";
import { messages } from "../../i18n/messages.js";
import { AccountField } from "./AccountField.js";
import { checkForm } from "./accountForms.js";

const t = messages.accounts;

/** Props: whose password it is, and what saving and cancelling do. */
export interface AccountPasswordFormProps {
  displayName: string;
  /** Sets the password; rejects with the reason, which the form shows. */
  onSave: (password: string) => Promise<void>;
  onCancel: () => void;
}

/** The new-password form of one account. */
export function AccountPasswordForm({ displayName, onSave, onCancel }: AccountPasswordFormProps) {
  const base = useId();
  const [password, setPassword] = useState("");
  const [invalid, setInvalid] = useState<string | undefined>(undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkForm(AccountPasswordSchema, { password });
    setFailure(null);
    setInvalid(checked.ok ? undefined : checked.errors.password);
    if (!checked.ok) return;
    setBusy(true);
    try {
      await onSave(checked.value.password);
    } catch (error: unknown) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <form
      className="acc-panel"
      aria-labelledby={`${base}-title`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id={`${base}-title`}>{t.setPasswordTitle(displayName)}</h3>
      <p className="muted">{t.passwordSessionsNote}</p>
      <div className="acc-fields">
        <AccountField
          id={`${base}-password`}
          label={t.newPassword}
          hint={t.passwordHint}
          error={invalid}
          wide
        >
          {(control) => (
            <input
              {...control}
              type="password"
              value={password}
              autoComplete="new-password"
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </AccountField>
      </div>
      {failure !== null && (
        <p className="notice notice-error acc-notice" role="alert">
          {failure}
        </p>
      )}
      <div className="acc-buttons">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {busy ? t.busy : t.save}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
