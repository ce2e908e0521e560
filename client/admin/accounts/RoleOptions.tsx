/** The role options of the account forms, one per role in the order of `ROLES`, with its Dutch label. */
import { ROLE_LABELS, ROLES } from "../../../shared/domain/roles.js";

/** The `<option>`s of every role. */
export function RoleOptions() {
  return (
    <>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </>
  );
}
