/**
 * One agenda row of the planning form: a case or a general item, each with its invitees. A general
 * item's invitees are people who attend that item only (they see the overleg and its general items).
 */
import { useState } from "react";
import type { PlanningOptions } from "../../shared/api/meetings.js";
import { messages } from "../i18n/messages.js";
import { withCase, type SlotDraft } from "./planDraft.js";

const t = messages.meetings;

/** Props of one agenda row. */
export interface SlotDraftRowProps {
  slot: SlotDraft;
  index: number;
  general: boolean;
  options: PlanningOptions;
  onChange: (slot: SlotDraft) => void;
  onRemove: () => void;
  /** Moves the row one place up or down the agenda; absent for the first or the last row. */
  onMoveUp?: (() => void) | undefined;
  onMoveDown?: (() => void) | undefined;
}

/** An agenda row. */
export function SlotDraftRow({
  slot,
  index,
  general,
  options,
  onChange,
  onRemove,
  onMoveUp,
  onMoveDown,
}: SlotDraftRowProps) {
  const id = (field: string) => `agenda-${index}-${field}`;
  // A slot already on a planned agenda keeps its case (its live document belongs to that case).
  const caseLocked = slot.id !== undefined;
  const caseMissing = slot.caseId !== "" && !options.cases.some((c) => c.id === slot.caseId);
  const chosen = options.cases.find((c) => c.id === slot.caseId);
  const participants = chosen?.participants ?? [];
  const standingOutsideTeam = chosen?.standingOutsideTeam ?? [];
  const listedIds = new Set([...participants, ...standingOutsideTeam].map((p) => p.userId));
  const others = options.people.filter((p) => !listedIds.has(p.userId));
  // A general item lists whom it had when the row opened first and everyone else folded away: a
  // fixed split, so a box ticked or cleared stays where it is.
  const [listed] = useState(() => new Set(slot.invitees));
  const generalListed = options.people.filter((p) => listed.has(p.userId));
  const generalOthers = options.people.filter((p) => !listed.has(p.userId));
  const toggle = (userId: string, on: boolean) =>
    onChange({
      ...slot,
      invitees: on ? [...slot.invitees, userId] : slot.invitees.filter((x) => x !== userId),
    });
  const person = (
    p: { userId: string; displayName: string; organisationName: string },
    incidental: boolean,
  ) => (
    <label key={p.userId} className="mt-check">
      <input
        type="checkbox"
        checked={slot.invitees.includes(p.userId)}
        onChange={(e) => toggle(p.userId, e.target.checked)}
      />
      {p.displayName} ({p.organisationName}){incidental ? ` · ${t.incidentalMark}` : ""}
    </label>
  );
  return (
    <fieldset className="mt-fieldset">
      <legend>{`${t.agendaHeading} ${index + 1}`}</legend>
      {general ? (
        <div className="field">
          <label htmlFor={id("title")}>{t.slotTitle}</label>
          <input
            id={id("title")}
            value={slot.title}
            required
            maxLength={200}
            onChange={(e) => onChange({ ...slot, title: e.target.value })}
          />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={id("case")}>{t.chooseCase}</label>
          <select
            id={id("case")}
            value={slot.caseId}
            required
            disabled={caseLocked}
            onChange={(e) => onChange(withCase(slot, e.target.value, options))}
          >
            <option value="">{t.chooseCase}</option>
            {caseMissing && (
              <option value={slot.caseId}>
                {slot.closedCase ? `${slot.title} (${t.caseClosedTag.toLowerCase()})` : slot.title}
              </option>
            )}
            {options.cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={id("minutes")}>{t.slotMinutes}</label>
        <input
          id={id("minutes")}
          type="number"
          min={1}
          max={480}
          value={slot.minutes}
          onChange={(e) => onChange({ ...slot, minutes: Number(e.target.value) })}
        />
      </div>
      {general && (
        <>
          <p className="mt-label">{t.invitees}</p>
          {generalListed.map((p) => person(p, false))}
          {slot.invitees.length === 0 && <p className="muted">{t.generalNoInvitees}</p>}
          <details>
            <summary>{t.generalInviteOthers}</summary>
            {generalOthers.map((p) => person(p, false))}
          </details>
        </>
      )}
      {slot.closedCase !== undefined && (
        <>
          <p className="notice notice-info">{t.closedCaseSlot}</p>
          <p className="mt-label">{t.invitees}</p>
          <ul>
            {slot.closedCase.invited.map((p) => (
              <li key={p.userId}>
                {p.displayName} ({p.organisationName})
              </li>
            ))}
          </ul>
        </>
      )}
      {!general && slot.caseId !== "" && slot.closedCase === undefined && (
        <>
          <p className="mt-label">{t.invitees}</p>
          {participants.map((p) => person(p, p.incidental))}
          {standingOutsideTeam.map((p) => person(p, false))}
          {slot.invitees.length === 0 && (
            <p className="notice notice-info" role="status">
              {t.caseNoInvitees}
            </p>
          )}
          <details>
            <summary>{t.incidentalInvitees}</summary>
            {others.map((p) => person(p, true))}
          </details>
        </>
      )}
      <div className="mt-buttons">
        {onMoveUp && (
          <button type="button" className="button" onClick={onMoveUp}>
            {t.moveSlotUp}
          </button>
        )}
        {onMoveDown && (
          <button type="button" className="button" onClick={onMoveDown}>
            {t.moveSlotDown}
          </button>
        )}
        <button type="button" className="button" onClick={onRemove}>
          {t.removeSlot}
        </button>
      </div>
    </fieldset>
  );
}
