/** The choice of a case team role (deelnemer or casusregisseur), in the add form and in a row. */
import { CASE_ROLE_LABELS } from "../../../shared/domain/case.js";
import { TEAM_ROLES, type TeamRole } from "../../../shared/domain/caseTeam.js";

/** Props: an `id` (with a `<label>` elsewhere) or an `ariaLabel`, and the chosen role. */
export interface TeamRoleSelectProps {
  id?: string;
  ariaLabel?: string;
  value: TeamRole;
  disabled: boolean;
  onChange: (role: TeamRole) => void;
}

/** A select with the team roles and their Dutch labels. */
export function TeamRoleSelect({ id, ariaLabel, value, disabled, onChange }: TeamRoleSelectProps) {
  return (
    <select
      id={id}
      aria-label={ariaLabel}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as TeamRole)}
    >
      {TEAM_ROLES.map((role) => (
        <option key={role} value={role}>
          {CASE_ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}
