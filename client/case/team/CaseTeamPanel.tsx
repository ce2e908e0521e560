/**
 * The case team (casusteam) on the case page. Everyone who may see the case sees who works on it:
 * name, organisation, case role and rights. Its manager (a procesregisseur with write access, as
 * the server says in `mayManageTeam`) adds partners, changes their role or rights and removes
 * them. Every change answers the case as the server stored it, which replaces the page's view.
 */
import { useId, useState } from "react";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { CASE_ROLES } from "../../../shared/domain/case.js";
import { casusregisseurOf } from "../../../shared/domain/caseTeam.js";
import type { PublicUser } from "../../../shared/domain/user.js";
import { fetchCaseActions } from "../../actions/actionsApi.js";
import { addTeamMember, changeTeamMember, removeTeamMember } from "../../api/caseTeam.js";
import { errorMessage } from "../../api/errorMessage.js";
import { messages } from "../../i18n/messages.js";
import { openActionsOf } from "./openActionsOf.js";
import { TeamMemberAddForm } from "./TeamMemberAddForm.js";
import { TeamMemberRow, type TeamMember } from "./TeamMemberRow.js";
import "./caseTeam.css";

const t = messages.caseTeam;

/** What the last change did: nothing yet, under way, done (with a sentence) or failed (why). */
type Outcome =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "done"; message: string }
  | { status: "failed"; message: string };

/** The team in process order (procesregisseur first), then by name. */
function inTeamOrder(members: readonly TeamMember[]): TeamMember[] {
  return [...members].sort(
    (a, b) =>
      CASE_ROLES.indexOf(a.caseRole) - CASE_ROLES.indexOf(b.caseRole) ||
      a.displayName.localeCompare(b.displayName, "nl"),
  );
}

/** Props: the case, the signed-in user, and what to do with the case after a change. */
export interface CaseTeamPanelProps {
  view: CaseDetail;
  user: PublicUser;
  onChanged: (view: CaseDetail) => void;
}

/** The case team section: the list for everyone, the controls for its manager. */
export function CaseTeamPanel({ view, user, onChanged }: CaseTeamPanelProps) {
  const titleId = useId();
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });
  const manage = view.mayManageTeam;
  const members = inTeamOrder(view.participants);
  const casusregisseur = casusregisseurOf(view.participants) ?? null;
  const busy = outcome.status === "busy";

  const run = async (change: () => Promise<CaseDetail>, done: string) => {
    setOutcome({ status: "busy" });
    try {
      const next = await change();
      onChanged(next);
      setOutcome({ status: "done", message: done });
    } catch (error: unknown) {
      setOutcome({ status: "failed", message: errorMessage(error) });
    }
  };

  const remove = async (member: TeamMember) => {
    // The member's open actions stay on their name: say so first. Unknown (no access to the
    // actions, or no answer) counts as none rather than holding up the removal.
    const open = view.mayViewActions
      ? await fetchCaseActions(view.id)
          .then((found) => openActionsOf(found.actions, member.userId))
          .catch(() => 0)
      : 0;
    if (!window.confirm(t.removeConfirm(member.displayName, open))) return;
    void run(() => removeTeamMember(view.id, member.userId), t.removed(member.displayName));
  };

  return (
    <section className="cw-team" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {members.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table cw-team-table">
            <caption className="visually-hidden">{t.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columnName}</th>
                <th scope="col">{t.columnOrganisation}</th>
                <th scope="col">{t.columnRole}</th>
                <th scope="col">{t.columnAccess}</th>
                {manage && <th scope="col">{t.columnManage}</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <TeamMemberRow
                  // A stored change gives the row a new key, so its fields start from the server's values.
                  key={`${member.userId}:${member.caseRole}:${String(member.readOnly)}`}
                  member={member}
                  isSelf={member.userId === user.id}
                  manage={manage}
                  busy={busy}
                  casusregisseur={casusregisseur}
                  onSave={(change) =>
                    void run(
                      () => changeTeamMember(view.id, member.userId, change),
                      t.changed(member.displayName),
                    )
                  }
                  onRemove={() => void remove(member)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="cw-who">{t.regionNote}</p>
      {outcome.status === "done" && (
        <p className="notice notice-info cw-team-notice" role="status">
          {outcome.message}
        </p>
      )}
      {outcome.status === "failed" && (
        <p className="notice notice-error cw-team-notice" role="alert">
          {outcome.message}
        </p>
      )}
      {manage && (
        <TeamMemberAddForm
          // Remounted when the team changes: an empty form with fresh candidates.
          key={view.participants.map((p) => p.userId).join(",")}
          caseId={view.id}
          casusregisseur={casusregisseur}
          busy={busy}
          onAdd={(member, name) => void run(() => addTeamMember(view.id, member), t.added(name))}
        />
      )}
    </section>
  );
}
