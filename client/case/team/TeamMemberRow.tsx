/**
 * One member of the case team as a table row. For the team's manager, a deelnemer or casusregisseur
 * has a role choice, a read-only box and a save button; every member can be removed. A
 * procesregisseur's or incidental participant's place is not changed here (the server agrees).
 */
import { useState } from "react";
import type { TeamMemberChangeInput } from "../../../shared/api/caseTeam.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { CASE_ROLE_LABELS } from "../../../shared/domain/case.js";
import { isTeamRole, type TeamRole } from "../../../shared/domain/caseTeam.js";
import { messages } from "../../i18n/messages.js";
import { TeamRoleSelect } from "./TeamRoleSelect.js";

const t = messages.caseTeam;

/** A member of the case team as the case detail presents them. */
export type TeamMember = CaseDetail["participants"][number];

/** Props of one row. */
export interface TeamMemberRowProps {
  member: TeamMember;
  isSelf: boolean;
  /** True for the team's manager: the row shows the controls. */
  manage: boolean;
  /** True while a change is under way: the controls wait. */
  busy: boolean;
  /** The case's casusregisseur now, to say who steps down. */
  casusregisseur: TeamMember | null;
  onSave: (change: TeamMemberChangeInput) => void;
  onRemove: () => void;
}

/** One row of the team table. */
export function TeamMemberRow({
  member,
  isSelf,
  manage,
  busy,
  casusregisseur,
  onSave,
  onRemove,
}: TeamMemberRowProps) {
  const editable = manage && isTeamRole(member.caseRole);
  const [role, setRole] = useState<TeamRole>(
    isTeamRole(member.caseRole) ? member.caseRole : "deelnemer",
  );
  const [readOnly, setReadOnly] = useState(member.readOnly);
  // The casusregisseur owns the plan: the box is cleared and locked while that role is chosen.
  const chosenReadOnly = role === "casusregisseur" ? false : readOnly;
  const changed = role !== member.caseRole || chosenReadOnly !== member.readOnly;
  const stepsDown =
    role === "casusregisseur" && casusregisseur !== null && casusregisseur.userId !== member.userId
      ? casusregisseur
      : null;
  // Buttons and boxes repeat on every row; a hidden name tells a screen reader whose they are.
  const whose = <span className="visually-hidden">{t.forWhom(member.displayName)}</span>;

  return (
    <tr>
      <th scope="row">
        {member.displayName} {isSelf && <span className="muted">{t.you}</span>}
        {!member.active && <span className="muted">{t.noAccess}</span>}
      </th>
      <td>{member.organisationName}</td>
      <td>
        {editable ? (
          <>
            <TeamRoleSelect
              ariaLabel={t.roleOf(member.displayName)}
              value={role}
              disabled={busy}
              onChange={setRole}
            />
            {stepsDown !== null && <p className="cw-who">{t.stepsDown(stepsDown.displayName)}</p>}
          </>
        ) : (
          CASE_ROLE_LABELS[member.caseRole]
        )}
      </td>
      <td>
        {editable ? (
          <label className="cw-team-check">
            <input
              type="checkbox"
              checked={chosenReadOnly}
              disabled={busy || role === "casusregisseur"}
              onChange={(e) => setReadOnly(e.target.checked)}
            />
            {t.readOnly}
            {whose}
          </label>
        ) : member.readOnly ? (
          t.readOnly
        ) : (
          t.readWrite
        )}
      </td>
      {manage && (
        <td>
          <div className="cw-team-buttons">
            {editable && (
              <button
                type="button"
                className="button button-quiet"
                disabled={busy || !changed}
                onClick={() => onSave({ caseRole: role, readOnly: chosenReadOnly })}
              >
                {t.save}
                {whose}
              </button>
            )}
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={onRemove}
            >
              {t.remove}
              {whose}
            </button>
          </div>
        </td>
      )}
    </tr>
  );
}
