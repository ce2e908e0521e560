/**
 * The team manager's form to add a partner: a person (the organisations invited in the aanmelding
 * first), a case role and read-only. Checked with the shared schema before sending; the form is
 * remounted by its parent after each change of the team, so it starts empty with fresh candidates.
 */
import { useId, useState, type FormEvent } from "react";
import { TeamMemberAddSchema, type TeamMemberAddInput } from "../../../shared/api/caseTeam.js";
import type { TeamRole } from "../../../shared/domain/caseTeam.js";
import { fetchTeamCandidates } from "../../api/caseTeam.js";
import { useLoader } from "../../api/useLoader.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { messages } from "../../i18n/messages.js";
import type { TeamMember } from "./TeamMemberRow.js";
import { TeamRoleSelect } from "./TeamRoleSelect.js";

const t = messages.caseTeam;

/** Props: the case, its casusregisseur now, whether a change is under way, and what adding does. */
export interface TeamMemberAddFormProps {
  caseId: string;
  casusregisseur: TeamMember | null;
  busy: boolean;
  /** Adds the member; `name` is for the sentence that confirms it. */
  onAdd: (member: TeamMemberAddInput, name: string) => void;
}

/** The add form, with its own list of candidates. */
export function TeamMemberAddForm({ caseId, casusregisseur, busy, onAdd }: TeamMemberAddFormProps) {
  const base = useId();
  const { state, reload } = useLoader(caseId, (signal) => fetchTeamCandidates(caseId, signal));
  const [userId, setUserId] = useState("");
  const [role, setRole] = useState<TeamRole>("deelnemer");
  const [readOnly, setReadOnly] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);

  const candidates = state.status === "loaded" ? state.value : [];
  const chosen = candidates.find((c) => c.userId === userId) ?? null;
  const chosenReadOnly = role === "casusregisseur" ? false : readOnly;
  const invited = candidates.filter((c) => c.invitedOrganisation);
  const others = candidates.filter((c) => !c.invitedOrganisation);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const member = { userId: chosen?.userId ?? "", caseRole: role, readOnly: chosenReadOnly };
    const checked = TeamMemberAddSchema.safeParse(member);
    if (!checked.success || chosen === null) {
      setInvalid(checked.error?.issues[0]?.message ?? t.choosePerson);
      return;
    }
    setInvalid(null);
    onAdd(member, chosen.displayName);
  };

  const option = (c: (typeof candidates)[number]) => (
    <option key={c.userId} value={c.userId}>
      {t.candidate(c.displayName, c.organisationName)}
    </option>
  );
  const errorId = `${base}-error`;
  return (
    <form
      className="panel cw-team-add"
      aria-labelledby={`${base}-title`}
      onSubmit={submit}
      noValidate
    >
      <h3 id={`${base}-title`}>{t.addTitle}</h3>
      {state.status === "loading" && <p role="status">{t.loadingCandidates}</p>}
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {state.status === "loaded" && candidates.length === 0 && <p>{t.noCandidates}</p>}
      {candidates.length > 0 && (
        <>
          <div className="cw-team-fields">
            <div className="field-compact">
              <label htmlFor={`${base}-person`}>{t.person}</label>
              <select
                id={`${base}-person`}
                value={chosen === null ? "" : chosen.userId}
                disabled={busy}
                aria-invalid={invalid !== null}
                aria-describedby={invalid !== null ? errorId : undefined}
                onChange={(e) => setUserId(e.target.value)}
              >
                <option value="">{t.choosePerson}</option>
                {invited.length > 0 && others.length > 0 ? (
                  <>
                    <optgroup label={t.invitedGroup}>{invited.map(option)}</optgroup>
                    <optgroup label={t.otherGroup}>{others.map(option)}</optgroup>
                  </>
                ) : (
                  candidates.map(option)
                )}
              </select>
            </div>
            <div className="field-compact">
              <label htmlFor={`${base}-role`}>{t.role}</label>
              <TeamRoleSelect id={`${base}-role`} value={role} disabled={busy} onChange={setRole} />
            </div>
            <label className="cw-team-check">
              <input
                type="checkbox"
                checked={chosenReadOnly}
                disabled={busy || role === "casusregisseur"}
                onChange={(e) => setReadOnly(e.target.checked)}
              />
              {t.readOnly}
            </label>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t.add}
            </button>
          </div>
          {role === "casusregisseur" && casusregisseur !== null && (
            <p className="cw-who">{t.stepsDown(casusregisseur.displayName)}</p>
          )}
          {invalid !== null && (
            <p className="notice notice-error cw-team-notice" id={errorId} role="alert">
              {invalid}
            </p>
          )}
        </>
      )}
    </form>
  );
}
