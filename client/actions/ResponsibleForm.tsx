/**
 * A new Verantwoordelijke for one action, from the follow-up lists: an action whose person left the
 * case team or lost their account must be handed on (the list says so), and a casusregisseur does
 * that between overleggen without opening the plan. The field works as the plan's: a team member
 * typed or picked by name is stored as that user (responsibleField.ts), anyone else as the name
 * typed. The server writes it into the live plan; a person of another organisation takes the
 * action to their organisation, which the answer says.
 */
import { useCallback, useId, useRef, useState, type FormEvent } from "react";
import type { ActionView } from "../../shared/api/actions.js";
import { fetchCase } from "../api/caseDetail.js";
import { errorMessage } from "../api/errorMessage.js";
import { teamPeople } from "../case/caseContext.js";
import type { TeamPerson } from "../editor/actionItem/actionItemContext.js";
import {
  personLabel,
  responsiblePatch,
  responsibleSuggestions,
  teamMemberNamed,
} from "../editor/actionItem/responsibleField.js";
import { ACTION_ITEM_ATTRS } from "../../shared/docs/actionItemNode.js";
import { FormOutcome, type Outcome } from "../components/FormOutcome.js";
import { messages } from "../i18n/messages.js";
import { changeActionResponsible } from "./actionsApi.js";

const t = messages.actions;

/** The case team could not be loaded (the network, the server, or the case is gone). */
class TeamUnavailable extends Error {}

/**
 * The case team, loaded on first need (the field entered, or the form sent: opening an action's
 * details reads no case). `people` suggests it once there; `team()` waits for it, so a name sent
 * before the team arrived is still matched to the team member it names, and fails when the team
 * cannot be loaded: a name is then not stored as free text that should have been a person.
 */
function useTeamOf(caseId: string): {
  people: readonly TeamPerson[];
  team: () => Promise<readonly TeamPerson[]>;
} {
  const [people, setPeople] = useState<readonly TeamPerson[]>([]);
  const loading = useRef<{ caseId: string; team: Promise<readonly TeamPerson[]> } | null>(null);
  const team = useCallback(() => {
    if (loading.current?.caseId !== caseId) {
      const loaded = fetchCase(caseId).then(
        (view) => {
          if (view === null) throw new TeamUnavailable();
          return teamPeople(view);
        },
        () => {
          throw new TeamUnavailable();
        },
      );
      loading.current = { caseId, team: loaded };
      loaded.then(setPeople, () => {
        loading.current = null; // Tried again on the next need.
      });
    }
    return loading.current.team;
  }, [caseId]);
  return { people, team };
}

/** The form; `onChanged` gets the action as the server stored it. */
export function ResponsibleForm({
  action,
  onChanged,
}: {
  action: ActionView;
  onChanged: (updated: ActionView) => void;
}) {
  const base = useId();
  const { people, team } = useTeamOf(action.caseId);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (text.trim() === "") {
      setOutcome({ ok: false, message: t.responsibleMissing });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      const members = await team();
      const current = action.organisationId ?? "";
      // A team member of another organisation takes the action there: asked first.
      const person = teamMemberNamed(text, members, current);
      if (person !== null && current !== "" && person.organisationId !== current) {
        if (
          !window.confirm(t.responsibleMovesConfirm(personLabel(person), person.organisationName))
        ) {
          return;
        }
      }
      const patch = responsiblePatch(text, members, current);
      const responsible = String(patch[ACTION_ITEM_ATTRS.responsible]);
      const updated = await changeActionResponsible(action.id, responsible);
      setText("");
      setOutcome({ ok: true, message: t.responsibleChanged(responsibleLine(updated)) });
      onChanged(updated);
    } catch (error: unknown) {
      const message =
        error instanceof TeamUnavailable ? t.responsibleTeamUnavailable : errorMessage(error);
      setOutcome({ ok: false, message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="acties-responsible-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field-compact">
        <label htmlFor={`${base}-responsible`}>{t.responsibleLabel}</label>
        <input
          id={`${base}-responsible`}
          type="text"
          autoComplete="off"
          list={`${base}-people`}
          maxLength={200}
          value={text}
          onFocus={() => void team()}
          onChange={(e) => setText(e.target.value)}
        />
        <datalist id={`${base}-people`}>
          {responsibleSuggestions(people, "").map((person) => (
            <option key={person.userId} value={personLabel(person)} />
          ))}
        </datalist>
      </div>
      <button type="submit" className="button" aria-disabled={busy}>
        {t.responsibleSave}
      </button>
      <FormOutcome outcome={outcome} />
    </form>
  );
}

/** Who holds the action now, as the answer names them: "Name (Organisation)" or the name. */
function responsibleLine(action: ActionView): string {
  const who = action.responsible;
  const name = who === null ? "" : who.type === "user" ? who.displayName : who.name;
  return action.organisationName === null ? name : `${name} (${action.organisationName})`;
}
