/**
 * Choosing one's own password: the current one, the new one twice. Checked with the shared schema
 * before sending (the server checks again, and says when the current one is wrong); after saving
 * the form is empty again and the user is told their other sessions ended.
 */
import { useId, useState } from "react";
import { OwnPasswordChangeSchema } from "../../shared/api/auth.js";
import { AccountField } from "../admin/accounts/AccountField.js";
import { AccountFormEnd } from "../admin/accounts/AccountFormEnd.js";
import { changeOwnPassword } from "../api/auth.js";
import { checkForm } from "../forms/checkedForm.js";
import { useCheckedSubmit } from "../forms/useCheckedSubmit.js";
import { messages } from "../i18n/messages.js";

const t = messages.ownPassword;
const EMPTY = { huidig: "", nieuw: "", herhaling: "" };

/** The form; `onChanged` runs once the server stored the new password. */
export function OwnPasswordForm({ onChanged }: { onChanged: () => Promise<void> | void }) {
  const base = useId();
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const set = (patch: Partial<typeof EMPTY>) => {
    setDone(false);
    setValues((v) => ({ ...v, ...patch }));
  };
  const { errors, failure, busy, onSubmit } = useCheckedSubmit(
    () => {
      const checked = checkForm(OwnPasswordChangeSchema, values);
      if (checked.ok && values.herhaling !== values.nieuw) {
        return { ok: false, errors: { herhaling: t.mismatch } };
      }
      return checked;
    },
    async (change) => {
      await changeOwnPassword(change);
      setValues(EMPTY);
      setDone(true);
      await onChanged();
    },
  );

  const id = (field: string) => `${base}-${field}`;
  const passwordField = (
    field: keyof typeof EMPTY,
    label: string,
    autoComplete: string,
    hint?: string,
  ) => (
    <AccountField id={id(field)} label={label} error={errors[field]} hint={hint} wide>
      {(control) => (
        <input
          {...control}
          type="password"
          value={values[field]}
          autoComplete={autoComplete}
          onChange={(e) => set({ [field]: e.target.value })}
        />
      )}
    </AccountField>
  );
  return (
    <form className="panel acc-create" aria-labelledby={id("title")} onSubmit={onSubmit} noValidate>
      <h2 id={id("title")}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <div className="acc-fields">
        {passwordField("huidig", t.current, "current-password")}
        {passwordField("nieuw", t.next, "new-password", t.nextHint)}
        {passwordField("herhaling", t.repeat, "new-password")}
      </div>
      {done && (
        <p className="notice notice-info acc-notice" role="status">
          {t.saved}
        </p>
      )}
      <AccountFormEnd failure={failure} busy={busy} submitLabel={t.save} />
    </form>
  );
}
