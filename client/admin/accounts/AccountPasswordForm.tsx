/**
 * "Nieuw wachtwoord instellen" for one account, in a panel below its row: one password field,
 * checked with the shared rule before sending. The user is signed out everywhere by the server.
 */
import { useId, useState } from "react";
import { AccountPasswordSchema } from "../../../shared/api/accounts.js";
import { messages } from "../../i18n/messages.js";
import { AccountField } from "./AccountField.js";
import { AccountFormEnd } from "./AccountFormEnd.js";
import { checkForm } from "../../forms/checkedForm.js";
import { useCheckedSubmit } from "../../forms/useCheckedSubmit.js";

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
  const { errors, failure, busy, onSubmit } = useCheckedSubmit(
    () => checkForm(AccountPasswordSchema, { password }),
    (checked) => onSave(checked.password),
  );

  return (
    <form className="acc-panel" aria-labelledby={`${base}-title`} onSubmit={onSubmit} noValidate>
      <h3 id={`${base}-title`}>{t.setPasswordTitle(displayName)}</h3>
      <p className="muted">{t.passwordSessionsNote}</p>
      <div className="acc-fields">
        <AccountField
          id={`${base}-password`}
          label={t.newPassword}
          hint={t.passwordHint}
          error={errors.password}
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
      <AccountFormEnd failure={failure} busy={busy} submitLabel={t.save} onCancel={onCancel} />
    </form>
  );
}
