/** The partners the aanmelder wants at the table, each with a contact person. */
import { MAX_PARTNERS, type AanmeldOpties } from "../../shared/api/cases.js";
import { messages } from "../i18n/messages.js";
import { emptyPartner, type FieldErrors, type PartnerForm } from "./aanmeldingForm.js";
import { SelectField, TextField } from "./FormField.js";

const t = messages.casussen.aanmelding;

/** Edits the list of invited partners. */
export function PartnerFields(props: {
  partners: PartnerForm[];
  organisations: AanmeldOpties["organisations"];
  errors: FieldErrors;
  /** Called with how the list changes, applied to the list as it is then (never a stale copy). */
  onChange: (change: (current: PartnerForm[]) => PartnerForm[]) => void;
}) {
  const { partners, organisations, errors, onChange } = props;
  const update = (index: number, changes: Partial<PartnerForm>) =>
    onChange((current) => current.map((p, i) => (i === index ? { ...p, ...changes } : p)));
  const choices = organisations
    .filter((org) => org.kind !== "zvh")
    .map((org) => ({ value: org.id, label: org.name }));

  return (
    <fieldset className="cases-fieldset">
      <legend>{t.partnersLegend}</legend>
      <p className="cases-hint">{t.partnersHint}</p>
      {partners.length === 0 && <p className="muted">{t.noPartners}</p>}
      {partners.map((partner, index) => (
        <fieldset key={partner.key} className="cases-person">
          <legend className="visually-hidden">{`${t.organisation} ${index + 1}`}</legend>
          <div className="cases-grid">
            <SelectField
              path={`partners.${index}.organisationId`}
              label={t.organisation}
              placeholder={t.chooseOrganisation}
              choices={choices}
              value={partner.organisationId}
              error={errors[`partners.${index}.organisationId`]}
              onChange={(organisationId) => update(index, { organisationId })}
              required
            />
            <TextField
              path={`partners.${index}.contactpersoon`}
              label={t.contactpersoon}
              value={partner.contactpersoon}
              error={errors[`partners.${index}.contactpersoon`]}
              onChange={(contactpersoon) => update(index, { contactpersoon })}
              required
            />
          </div>
          <button
            type="button"
            className="button"
            onClick={() => onChange((current) => current.filter((_, i) => i !== index))}
          >
            {t.removePartner(index + 1)}
          </button>
        </fieldset>
      ))}
      {partners.length < MAX_PARTNERS && (
        <button
          type="button"
          className="button"
          onClick={() => onChange((current) => [...current, emptyPartner()])}
        >
          {t.addPartner}
        </button>
      )}
    </fieldset>
  );
}
