/** The end of an account form: why it was refused, if it was, then its buttons. */
import { messages } from "../../i18n/messages.js";

const t = messages.accounts;

/** Props: the refusal to show, whether it is sending, the submit label and an optional cancel. */
export interface AccountFormEndProps {
  failure: string | null;
  busy: boolean;
  submitLabel: string;
  onCancel?: () => void;
}

/** The refusal (announced) and the submit and cancel buttons. */
export function AccountFormEnd({ failure, busy, submitLabel, onCancel }: AccountFormEndProps) {
  return (
    <>
      {failure !== null && (
        <p className="notice notice-error acc-notice" role="alert">
          {failure}
        </p>
      )}
      <div className="acc-buttons">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {busy ? t.busy : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
      </div>
    </>
  );
}
