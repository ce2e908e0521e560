/**
 * Withdraws the latest retention extension still standing, from its place in the panel's list.
 * What it does is said before and asked once more: the last day the case is then kept, or that its
 * retention has passed and the case is destroyed at the next daily run (which the request then
 * confirms to the server). The panel shows the outcome: the button may move to another extension
 * once the list changes.
 */
import { useState } from "react";
import type { CaseRetentionView } from "../../../shared/api/retention.js";
import { formatDate } from "../../format/date.js";
import { messages } from "../../i18n/messages.js";

const t = messages.retention.caseView;

/** What withdrawing would do (the server's preview), for the extension until `until`. */
export interface RetentionWithdrawButtonProps {
  until: string;
  preview: NonNullable<CaseRetentionView["intrekken"]>;
  /** True while the beheerder has not confirmed the period (nothing is destroyed until then). */
  awaitsConfirmation: boolean;
  /** Withdraws; reports its outcome itself (never rejects). */
  onWithdraw: (confirmsDestruction: boolean) => Promise<void>;
}

/** The button with what it would do; asks before it withdraws. */
export function RetentionWithdrawButton({
  until,
  preview,
  awaitsConfirmation,
  onWithdraw,
}: RetentionWithdrawButtonProps) {
  const [busy, setBusy] = useState(false);
  const keptUntil = formatDate(preview.bewaardTot);

  const withdraw = async () => {
    if (busy) return;
    const question = t.withdrawConfirm(
      formatDate(until),
      keptUntil,
      preview.verstreken,
      awaitsConfirmation,
    );
    if (!window.confirm(question)) return;
    setBusy(true);
    try {
      await onWithdraw(preview.verstreken);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="cw-retention-withdraw">
      <button type="button" className="button" aria-disabled={busy} onClick={() => void withdraw()}>
        {busy ? t.withdrawBusy : t.withdraw}
      </button>
      <span className="muted"> {t.withdrawHint(keptUntil, preview.verstreken)}</span>
    </div>
  );
}
