/**
 * "Ten onrechte aangemeld?": the procesregisseur erases a registration made in error, before the
 * triage is decided (shared/api/caseErasure.ts), for one of a few fixed reasons, after a
 * confirmation. Afterwards the case list says the registration is gone.
 */
import { useId, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import {
  CASE_ERASURE_REASON_LABELS,
  CASE_ERASURE_REASONS,
  CaseErasureSchema,
} from "../../../shared/api/caseErasure.js";
import { eraseCase } from "../../api/caseDetail.js";
import { errorMessage } from "../../api/errorMessage.js";
import { messages } from "../../i18n/messages.js";
import { paths } from "../../navigation.js";

const t = messages.caseWorkspace.triage;

/** What the case list is told after an erasure (navigation state, never the address). */
export interface CaseErasedState {
  erased: true;
}

/** The form, folded away: erasing is rare and final. */
export function CaseErasureForm({ caseId }: { caseId: string }) {
  const base = useId();
  const navigate = useNavigate();
  const [reden, setReden] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = CaseErasureSchema.safeParse({ reden });
    if (!checked.success) {
      setProblem(checked.error.issues[0]?.message ?? t.erasureChoose);
      return;
    }
    if (!window.confirm(t.erasureConfirm)) return;
    setBusy(true);
    setProblem(null);
    try {
      await eraseCase(caseId, checked.data.reden);
      const state: CaseErasedState = { erased: true };
      void navigate(paths.cases, { replace: true, state });
    } catch (error: unknown) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <details className="cw-erasure">
      <summary>{t.erasureTitle}</summary>
      <p className="muted">{t.erasureIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field-compact">
          <label htmlFor={`${base}-reden`}>{t.erasureReason}</label>
          <select id={`${base}-reden`} value={reden} onChange={(e) => setReden(e.target.value)}>
            <option value="">{t.erasureChoose}</option>
            {CASE_ERASURE_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {CASE_ERASURE_REASON_LABELS[reason]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-danger" aria-disabled={busy}>
          {busy ? t.erasureBusy : t.erasureSubmit}
        </button>
        {problem !== null && (
          <p className="notice notice-error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </details>
  );
}
