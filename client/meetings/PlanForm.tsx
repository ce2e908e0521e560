/**
 * The planning form: when and where, the chair, a recurring pattern, and the agenda. The same form
 * changes a planned overleg (`changing`): filled in with it as planned, without the chair and the
 * recurrence (one occurrence is changed), saved with `PATCH` on the plan revision it was filled in
 * from. When the server refuses (409: the plan changed meanwhile, or the overleg started), the
 * form keeps what was typed and offers to load the overleg again. The request is checked with the
 * shared schema before it is sent, so a missing field is named in Dutch whatever the browser's
 * language; leaving a changed form asks first.
 */
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { firstInvalidField } from "../../shared/api/fieldLabels.js";
import {
  MEETING_KINDS,
  MeetingChangeSchema,
  MeetingPlanSchema,
  RECURRENCE_FREQUENCIES,
} from "../../shared/api/meetings.js";
import type { PublicUser } from "../../shared/domain/user.js";
import { errorMessage } from "../api/errorMessage.js";
import { ApiError } from "../api/errors.js";
import { shownValue, useLoader } from "../api/useLoader.js";
import { useLeaveGuard } from "../components/LeaveGuard.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { messages } from "../i18n/messages.js";
import { changeMeeting, loadPlanningOptions, planMeeting } from "./meetingsApi.js";
import { meetingPath, meetingsPath } from "./meetingPaths.js";
import { initialDraft, newSlot, toChange, toPlan, type PlanDraft } from "./planDraft.js";
import { SlotDraftRow } from "./SlotDraftRow.js";

const t = messages.meetings;

/** A planned overleg the form changes, and the form filled in with it (`draftOf`). */
export interface PlanChange {
  meetingId: string;
  draft: PlanDraft;
  /** The overleg's `planRevision` the draft was filled in from. */
  planRevision: number;
  /** Loads the overleg again (as it is now), replacing the form. */
  onReload: () => void;
  /** The latest revision announced in the overleg's live document (`useLivePlanRevision`). */
  liveRevision: number;
}

const CONFLICT = 409;

/** Loads the choices and shows the form; after saving, opens the (first) overleg. */
export function PlanForm({ user, changing }: { user: PublicUser; changing?: PlanChange }) {
  const navigate = useNavigate();
  // Loaded like a page: tried again by itself while the server cannot be reached.
  const { state: optionsLoad, reload: reloadOptions } = useLoader(
    "planning-options",
    loadPlanningOptions,
  );
  const options = shownValue(optionsLoad);
  const [opened] = useState<PlanDraft>(() => changing?.draft ?? initialDraft(user.id, new Date()));
  const [draft, setDraft] = useState<PlanDraft>(opened);
  // The overleg(en) saved, opened once the leave guard has gone with the form.
  const [saved, setSaved] = useState<string[] | null>(null);
  useLeaveGuard(saved === null && JSON.stringify(draft) !== JSON.stringify(opened), t.planLeave);
  useEffect(() => {
    if (saved !== null) void navigate(saved[0] ? meetingPath(saved[0]) : meetingsPath);
  }, [saved, navigate]);
  // A planned agenda's general items are the rows without a case.
  const [generalKeys, setGeneralKeys] = useState<Set<string>>(
    () => new Set(changing?.draft.slots.filter((s) => s.caseId === "").map((s) => s.key)),
  );
  const [error, setError] = useState<string | null>(null);
  // The server refused the change as made on an older plan: offer to load the current one.
  const [outdated, setOutdated] = useState(false);
  const [busy, setBusy] = useState(false);
  // Someone else changed the plan since the form was filled in: say so before a save is refused.
  // (Not while saving: the save's own revision is announced before its answer comes.)
  const changedElsewhere =
    changing !== undefined && !busy && changing.liveRevision > changing.planRevision;

  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const addSlot = (general: boolean) => {
    const slot = newSlot(general);
    if (general) setGeneralKeys((keys) => new Set([...keys, slot.key]));
    set("slots", [...draft.slots, slot]);
  };
  const submit = () => {
    setError(null);
    setOutdated(false);
    const problem = changing
      ? firstInvalidField(MeetingChangeSchema, toChange(draft, changing.planRevision))
      : firstInvalidField(MeetingPlanSchema, toPlan(draft));
    if (problem !== null) {
      setError(problem);
      return;
    }
    setBusy(true);
    const request = changing
      ? changeMeeting(changing.meetingId, toChange(draft, changing.planRevision)).then(({ id }) => [
          id,
        ])
      : planMeeting(toPlan(draft)).then(({ ids }) => ids);
    request.then(
      (ids) => setSaved(ids),
      (err: unknown) => {
        setBusy(false);
        setError(errorMessage(err));
        setOutdated(changing !== undefined && err instanceof ApiError && err.status === CONFLICT);
      },
    );
  };
  const move = (index: number, delta: -1 | 1) => {
    const slots = [...draft.slots];
    const [moved] = slots.splice(index, 1);
    if (moved) slots.splice(index + delta, 0, moved);
    set("slots", slots);
  };
  const chairs = options?.people.filter((p) => p.role === "procesregisseur") ?? [];

  return (
    <form
      className="form mt-plan"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {optionsLoad.status === "failed" && (
        <LoadFailure failure={optionsLoad} onRetry={reloadOptions} />
      )}
      <div className="field">
        <label htmlFor="plan-title">{t.fieldTitle}</label>
        <input
          id="plan-title"
          required
          maxLength={200}
          value={draft.title}
          onChange={(e) => set("title", e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="plan-kind">{t.fieldKind}</label>
        <select
          id="plan-kind"
          value={draft.kind}
          onChange={(e) => set("kind", e.target.value as PlanDraft["kind"])}
        >
          {MEETING_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-row">
        <div className="field">
          <label htmlFor="plan-date">{t.fieldDate}</label>
          <input
            id="plan-date"
            type="date"
            required
            value={draft.date}
            onChange={(e) => set("date", e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="plan-time">{t.fieldTime}</label>
          <input
            id="plan-time"
            type="time"
            required
            value={draft.time}
            onChange={(e) => set("time", e.target.value)}
          />
        </div>
      </div>
      <div className="mt-row">
        <div className="field">
          <label htmlFor="plan-location">{t.fieldLocation}</label>
          <input
            id="plan-location"
            maxLength={200}
            value={draft.location}
            onChange={(e) => set("location", e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="plan-video">{t.fieldVideoLink}</label>
          <input
            id="plan-video"
            type="url"
            maxLength={500}
            value={draft.videoLink}
            onChange={(e) => set("videoLink", e.target.value)}
          />
        </div>
      </div>
      {changing === undefined && (
        <div className="field">
          <label htmlFor="plan-chair">{t.fieldChair}</label>
          <select
            id="plan-chair"
            value={draft.chairUserId}
            onChange={(e) => set("chairUserId", e.target.value)}
          >
            {chairs.map((p) => (
              <option key={p.userId} value={p.userId}>
                {p.displayName}
              </option>
            ))}
          </select>
        </div>
      )}
      {changing === undefined && (
        <div className="mt-row">
          <div className="field">
            <label htmlFor="plan-repeat">{t.fieldRepeat}</label>
            <select
              id="plan-repeat"
              value={draft.frequency}
              onChange={(e) => set("frequency", e.target.value as PlanDraft["frequency"])}
            >
              <option value="">{t.repeatNone}</option>
              {RECURRENCE_FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t.frequencies[f]}
                </option>
              ))}
            </select>
          </div>
          {draft.frequency !== "" && (
            <div className="field">
              <label htmlFor="plan-occurrences">{t.fieldOccurrences}</label>
              <input
                id="plan-occurrences"
                type="number"
                min={1}
                max={26}
                value={draft.occurrences}
                onChange={(e) => set("occurrences", Number(e.target.value))}
              />
            </div>
          )}
        </div>
      )}
      <h2>{t.agendaHeading}</h2>
      {options !== null &&
        draft.slots.map((slot, i) => (
          <SlotDraftRow
            key={slot.key}
            slot={slot}
            index={i}
            general={generalKeys.has(slot.key)}
            options={options}
            onChange={(changed) =>
              set(
                "slots",
                draft.slots.map((s) => (s.key === slot.key ? changed : s)),
              )
            }
            onMoveUp={i > 0 ? () => move(i, -1) : undefined}
            onMoveDown={i < draft.slots.length - 1 ? () => move(i, 1) : undefined}
            onRemove={() =>
              set(
                "slots",
                draft.slots.filter((s) => s.key !== slot.key),
              )
            }
          />
        ))}
      <div className="mt-buttons">
        <button type="button" className="button" onClick={() => addSlot(false)}>
          {t.addCase}
        </button>
        <button type="button" className="button" onClick={() => addSlot(true)}>
          {t.addGeneral}
        </button>
      </div>
      {error !== null && !outdated && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {((error !== null && outdated) || changedElsewhere) && changing && (
        <div className="notice notice-error plan-outdated">
          {/* Only the text is announced; the button is found by tabbing, not read out with it. */}
          <div role="alert">
            <p>{outdated && error !== null ? error : t.planChangedElsewhere}</p>
            <p className="plan-outdated-hint">{t.reloadPlanHint}</p>
          </div>
          <button type="button" className="button" onClick={changing.onReload}>
            {t.reloadPlan}
          </button>
        </div>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {changing ? (busy ? t.savingChange : t.submitChange) : busy ? t.submitting : t.submitPlan}
      </button>
    </form>
  );
}
