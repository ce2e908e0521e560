/**
 * What became of a small form's last submit: a confirmation read out politely (`status`), or a
 * refusal read out at once (`alert`), styled alike by the notice classes.
 */

/** A form's outcome: whether it succeeded, and the sentence to show. */
export interface Outcome {
  ok: boolean;
  message: string;
}

/** The outcome's notice; nothing while there is none. */
export function FormOutcome({ outcome }: { outcome: Outcome | null }) {
  if (outcome === null) return null;
  return (
    <p
      className={outcome.ok ? "notice notice-info" : "notice notice-error"}
      role={outcome.ok ? "status" : "alert"}
    >
      {outcome.message}
    </p>
  );
}
