/** Who is in the open document: name, organisation and their caret colour. */
import type { Awareness } from "y-protocols/awareness";
import { usePresence } from "../collab/usePresence.js";
import { messages } from "../i18n/messages.js";

const t = messages.caseWorkspace.presence;

/** The people present, the user first. */
export function PresenceList({ awareness }: { awareness: Awareness | null }) {
  const users = usePresence(awareness);
  return (
    <div className="cw-presence">
      <h2 className="cw-presence-title" id="cw-presence-title">
        {t.label}
      </h2>
      <ul className="cw-presence-list" aria-labelledby="cw-presence-title">
        {users.map((u) => (
          <li key={u.key} className="cw-presence-user">
            <span
              className="cw-presence-swatch"
              aria-hidden="true"
              style={u.color === null ? undefined : { backgroundColor: u.color }}
            />
            <span className="cw-presence-name">
              {u.name} {u.isSelf && t.you}
            </span>
            <span className="cw-presence-org">{u.organisation}</span>
          </li>
        ))}
        {users.length <= 1 && <li className="muted">{t.nobodyElse}</li>}
      </ul>
    </div>
  );
}
