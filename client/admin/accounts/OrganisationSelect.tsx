/** The organisation choice of the account forms: a first option (a prompt or the current one), then every organisation. */
import type { AccountList } from "../../../shared/api/accounts.js";
import type { FieldControlProps } from "./AccountField.js";

/** Props: the field's control props, the organisations, the value and the option shown first. */
export interface OrganisationSelectProps {
  control: FieldControlProps;
  organisations: AccountList["organisations"];
  value: string;
  /** Shown before the organisations, e.g. "Kies een organisatie" (value ""), or none. */
  first: { value: string; label: string } | null;
  onChange: (organisationId: string) => void;
}

/** A select of the organisations. */
export function OrganisationSelect({
  control,
  organisations,
  value,
  first,
  onChange,
}: OrganisationSelectProps) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      {first && <option value={first.value}>{first.label}</option>}
      {organisations.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
