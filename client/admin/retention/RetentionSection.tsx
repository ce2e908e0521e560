/**
 * "Bewaartermijn" on the Beheer page: how many months after its closing date a closed case is
 * destroyed, and the form to change that for the whole ZVH. A shorter period, or one that destroys
 * cases, is confirmed first with the number of closed cases the next daily run would destroy. After an upgrade from a
 * version without retention the period waits for confirmation, and nothing is destroyed until the
 * beheerder saves one. Saving answers the period as stored, which replaces the one shown; a refusal
 * shows the server's reason in the form.
 */
import { useId, useState } from "react";
import type { RetentionSetting } from "../../../shared/api/retention.js";
import { shownValue, useLoader } from "../../api/useLoader.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { messages } from "../../i18n/messages.js";
import {
  fetchRetentionPreview,
  fetchRetentionSetting,
  saveRetentionSetting,
} from "./retentionApi.js";
import { RetentionSettingForm } from "./RetentionSettingForm.js";

const t = messages.retention.setting;

/** The retention section. */
export function RetentionSection() {
  const base = useId();
  const { state, reload, replace } = useLoader("bewaartermijn", fetchRetentionSetting);
  const setting = shownValue(state);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (next: RetentionSetting) => {
    // A period that destroys cases at the next daily run (or any shorter one) is asked first,
    // naming how many; the server refuses one that destroys cases without that number.
    const { teVernietigen } = await fetchRetentionPreview(next.maanden);
    const from = setting?.maanden ?? next.maanden;
    if (
      (teVernietigen > 0 || next.maanden < from) &&
      !window.confirm(t.destroyConfirm(from, next.maanden, teVernietigen))
    ) {
      return;
    }
    setSaved(null);
    const stored = await saveRetentionSetting({ ...next, teVernietigen });
    replace(() => stored);
    setSaved(t.saved(stored.maanden));
  };

  return (
    <section aria-labelledby={`${base}-title`} className="acc-section">
      <h2 id={`${base}-title`}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {setting === null && state.status === "loading" && <p role="status">{t.loading}</p>}
      {saved !== null && (
        <p className="notice notice-info acc-notice" role="status">
          {saved}
        </p>
      )}
      {setting !== null && (
        <>
          {setting.bevestigd ? (
            <p>{t.current(setting.maanden)}</p>
          ) : (
            <p className="notice notice-error acc-notice" role="alert">
              {t.unconfirmed(setting.maanden)}
            </p>
          )}
          <RetentionSettingForm
            current={setting}
            submitLabel={setting.bevestigd ? t.save : t.confirm}
            onSave={save}
          />
        </>
      )}
    </section>
  );
}
