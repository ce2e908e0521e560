/**
 * The bewaartermijn of a closed case, on its page: the day it was closed, the last day it is kept
 * (it is destroyed the day after) and every extension with its reason, who made it and when, and
 * who withdrew it if anyone did. A procesregisseur of the case's region (`mayExtend`, as the server
 * says) extends it, or withdraws the latest extension still standing (`intrekken`); the answer is
 * the case as stored, which replaces the page's view.
 */
import { useId, useState } from "react";
import type { CaseDetail } from "../../../shared/api/cases.js";
import type { CaseRetentionView, RetentionExtension } from "../../../shared/api/retention.js";
import { fetchCase } from "../../api/caseDetail.js";
import { extendRetention, withdrawRetentionExtension } from "../../api/caseRetention.js";
import { ApiError } from "../../api/errors.js";
import { errorMessage } from "../../api/errorMessage.js";
import { formatDate } from "../../format/date.js";
import { messages } from "../../i18n/messages.js";
import { RetentionExtendForm } from "./RetentionExtendForm.js";
import { RetentionWithdrawButton } from "./RetentionWithdrawButton.js";
import "./retention.css";

const t = messages.retention.caseView;

/** The answer to a request the case's state no longer allows. */
const CONFLICT = 409;

/** Props: the case, its retention, and what to do with the case after an extension. */
export interface RetentionPanelProps {
  caseId: string;
  retention: CaseRetentionView;
  onChanged: (view: CaseDetail) => void;
}

/** The "Bewaartermijn" section of a closed case. */
export function RetentionPanel({ caseId, retention, onChanged }: RetentionPanelProps) {
  const titleId = useId();
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** Extensions stored from this panel: the form's key. */
  const [extensions, setExtensions] = useState(0);
  const { geslotenOp, bewaardTot, verstreken, verlengingen, mayExtend, intrekken } = retention;
  const { wachtOpBevestiging } = retention;

  const extend = async (extension: RetentionExtension) => {
    setDone(null);
    setFailure(null);
    const next = await extendRetention(caseId, extension).catch(async (error: unknown) => {
      // The form shows the refusal and keeps what was typed; the panel shows the state it met.
      await showCurrentAfterConflict(error);
      throw error;
    });
    onChanged(next);
    setExtensions((n) => n + 1);
    setDone(t.extended(formatDate(next.bewaartermijn?.bewaardTot ?? extension.tot)));
  };

  /**
   * After a refusal because the page showed an older state (another tab, another procesregisseur,
   * a new day), shows the retention as it is now.
   */
  const showCurrentAfterConflict = async (error: unknown) => {
    if (!(error instanceof ApiError) || error.status !== CONFLICT) return;
    const current = await fetchCase(caseId).catch(() => null);
    if (current !== null) onChanged(current);
  };

  /** Withdraws; a refusal is shown in the panel (the button may move when the list changes). */
  const withdraw = async (verlenging: number, bevestigVernietiging: boolean) => {
    setDone(null);
    setFailure(null);
    try {
      const next = await withdrawRetentionExtension(caseId, { verlenging, bevestigVernietiging });
      onChanged(next);
      const keptUntil = formatDate(next.bewaartermijn?.bewaardTot ?? "");
      setDone(t.withdrawn(keptUntil, bevestigVernietiging, wachtOpBevestiging));
    } catch (error: unknown) {
      setFailure(errorMessage(error));
      await showCurrentAfterConflict(error);
    }
  };

  return (
    <section className="cw-box cw-retention" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.title}</h2>
      <p className="cw-retention-summary">
        {verstreken
          ? t.passed(formatDate(geslotenOp), formatDate(bewaardTot), wachtOpBevestiging)
          : t.summary(formatDate(geslotenOp), formatDate(bewaardTot))}
      </p>
      {wachtOpBevestiging && <p className="muted">{t.waitsForConfirmation}</p>}
      {verlengingen.length > 0 && (
        <>
          <h3>{t.extensionsTitle}</h3>
          <ol className="cw-retention-list" aria-label={t.extensionsCaption}>
            {verlengingen.map((v, i) => (
              <li
                key={`${v.op}-${v.tot}`}
                className={v.ingetrokken ? "cw-retention-withdrawn" : undefined}
              >
                <strong>{t.extendedUntil(formatDate(v.tot))}</strong>{" "}
                <span className="muted">
                  {t.extendedBy(v.door, v.organisatie, formatDate(v.op))}
                </span>
                <p className="cw-retention-reason">{v.reden}</p>
                {v.ingetrokken && (
                  <p className="cw-retention-withdrawn-by">
                    {t.withdrawnBy(
                      v.ingetrokken.door,
                      v.ingetrokken.organisatie,
                      formatDate(v.ingetrokken.op),
                    )}
                  </p>
                )}
                {intrekken?.verlenging === i && (
                  <RetentionWithdrawButton
                    until={v.tot}
                    preview={intrekken}
                    awaitsConfirmation={wachtOpBevestiging}
                    onWithdraw={(confirms) => withdraw(i, confirms)}
                  />
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {done !== null && (
        <p className="notice notice-info cw-retention-notice" role="status">
          {done}
        </p>
      )}
      {failure !== null && (
        <p className="notice notice-error cw-retention-notice" role="alert">
          {failure}
        </p>
      )}
      {mayExtend && (
        // Remounted once an extension is stored: an empty form for the next one. A refusal keeps
        // it as typed, also when the panel then shows a later last day.
        <RetentionExtendForm key={extensions} bewaardTot={bewaardTot} onExtend={extend} />
      )}
    </section>
  );
}
