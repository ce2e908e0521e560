/** The persons concerned in the aanmelding form: one fieldset per person, add and remove. */
import { MAX_BETROKKENEN } from "../../shared/api/cases.js";
import { messages } from "../i18n/messages.js";
import { emptyBetrokkene, type BetrokkeneForm, type FieldErrors } from "./aanmeldingForm.js";
import { TextField } from "./FormField.js";

const t = messages.casussen.aanmelding;

/** Edits the list of persons concerned. */
export function BetrokkeneFields(props: {
  betrokkenen: BetrokkeneForm[];
  errors: FieldErrors;
  /** Called with how the list changes, applied to the list as it is then (never a stale copy). */
  onChange: (change: (current: BetrokkeneForm[]) => BetrokkeneForm[]) => void;
}) {
  const { betrokkenen, errors, onChange } = props;
  const update = (index: number, changes: Partial<BetrokkeneForm>) =>
    onChange((current) => current.map((p, i) => (i === index ? { ...p, ...changes } : p)));

  return (
    <fieldset className="cases-fieldset">
      <legend>{t.betrokkenenLegend}</legend>
      {errors.betrokkenen && <p className="cases-error">{errors.betrokkenen}</p>}
      {betrokkenen.map((person, index) => {
        const path = (field: string) => `betrokkenen.${index}.${field}`;
        const field = (name: keyof Omit<BetrokkeneForm, "key">) => ({
          path: path(name),
          value: person[name],
          error: errors[path(name)],
          onChange: (value: string) => update(index, { [name]: value }),
        });
        return (
          <fieldset key={person.key} className="cases-person">
            <legend>{t.betrokkeneLegend(index + 1)}</legend>
            <div className="cases-grid">
              <TextField {...field("naam")} label={t.naam} required />
              <TextField {...field("geboortedatum")} label={t.geboortedatum} type="date" required />
              <TextField {...field("bsn")} label={t.bsn} hint={t.bsnHint} inputMode="numeric" />
              <TextField {...field("adres")} label={t.adres} />
              <TextField {...field("postcode")} label={t.postcode} />
              <TextField {...field("woonplaats")} label={t.woonplaats} />
            </div>
            {betrokkenen.length > 1 && (
              <button
                type="button"
                className="button"
                onClick={() => onChange((current) => current.filter((_, i) => i !== index))}
              >
                {t.removeBetrokkene(index + 1)}
              </button>
            )}
          </fieldset>
        );
      })}
      {betrokkenen.length < MAX_BETROKKENEN && (
        <button
          type="button"
          className="button"
          onClick={() => onChange((current) => [...current, emptyBetrokkene()])}
        >
          {t.addBetrokkene}
        </button>
      )}
    </fieldset>
  );
}
