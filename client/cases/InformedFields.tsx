/** Whether the person concerned was informed, and if not, the documented reason (WGS, AVG). */
import { messages } from "../i18n/messages.js";
import { fieldId, type AanmeldingForm, type FieldErrors } from "./aanmeldingForm.js";
import { TextField } from "./FormField.js";

const t = messages.casussen.aanmelding;

/** A yes/no radio group; "nee" asks for the reason. */
export function InformedFields(props: {
  geinformeerd: AanmeldingForm["geinformeerd"];
  reden: string;
  errors: FieldErrors;
  onChange: (
    changes: Partial<Pick<AanmeldingForm, "geinformeerd" | "redenNietGeinformeerd">>,
  ) => void;
}) {
  const { geinformeerd, errors, onChange } = props;
  const error = errors.betrokkeneGeinformeerd;
  const errorId = `${fieldId("betrokkeneGeinformeerd")}-error`;
  return (
    <fieldset
      className="cases-fieldset"
      id={fieldId("betrokkeneGeinformeerd")}
      tabIndex={-1}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{t.informedLegend}</legend>
      <label className="cases-radio">
        <input
          type="radio"
          name="geinformeerd"
          value="ja"
          checked={geinformeerd === "ja"}
          onChange={() => onChange({ geinformeerd: "ja" })}
        />
        {t.informedYes}
      </label>
      <label className="cases-radio">
        <input
          type="radio"
          name="geinformeerd"
          value="nee"
          checked={geinformeerd === "nee"}
          onChange={() => onChange({ geinformeerd: "nee" })}
        />
        {t.informedNo}
      </label>
      {error && (
        <p id={errorId} className="cases-error">
          {error}
        </p>
      )}
      {geinformeerd === "nee" && (
        <TextField
          path="redenNietGeinformeerd"
          label={t.redenNietGeinformeerd}
          hint={t.redenNietGeinformeerdHint}
          value={props.reden}
          error={errors.redenNietGeinformeerd}
          onChange={(redenNietGeinformeerd) => onChange({ redenNietGeinformeerd })}
          multiline
          required
        />
      )}
    </fieldset>
  );
}
