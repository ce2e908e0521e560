/**
 * Action scoring: how much attention an action in a plan van aanpak needs today, from the case's
 * triage outcome, the leefgebied it addresses, its due date and its status. Weights: rules.ts.
 */
import type { ActionKind, ActionStatus } from "../domain/action.js";
import { daysBetween } from "../domain/dates.js";
import {
  LEEFGEBIED_LABELS,
  ZRM_SCORE_LABELS,
  type Leefgebied,
  type ZrmScore,
} from "../domain/leefgebied.js";
import { OORDEEL_LABELS, type Oordeel } from "../domain/triage.js";
import { ACTION_SCORE_RULES } from "./rules.js";

/** The parts of an action scoring looks at; a PlanActionItem or an ActionItem both fit. */
export interface ScorableAction {
  status: ActionStatus | null;
  dueDate: string | null;
  kind: ActionKind | null;
  leefgebied?: Leefgebied | null;
}

/** What scoring needs to know about the case: its oordeel and current leefgebied scores. */
export interface ActionCaseContext {
  /** The case's triage colour; null before triage (counts as groen). */
  oordeel: Oordeel | null;
  leefgebieden: Partial<Record<Leefgebied, { score: ZrmScore | null }>>;
}

/** Attention label of an action. */
export type ActionScoreLabel = "hoog" | "middel" | "laag";

/** Dutch label per attention label. */
export const ACTION_SCORE_LABELS: Record<ActionScoreLabel, string> = {
  hoog: "Hoog",
  middel: "Middel",
  laag: "Laag",
};

/** An action's score with the Dutch sentences that explain it. */
export interface ActionScore {
  score: number;
  label: ActionScoreLabel;
  reasons: string[];
}

/** Scores one action 0–100 on `today` (yyyy-mm-dd); pure and deterministic. */
export function scoreAction(
  action: ScorableAction,
  caseContext: ActionCaseContext,
  today: string,
): ActionScore {
  const r = ACTION_SCORE_RULES;
  if (action.status !== null && r.finished.includes(action.status)) {
    return {
      score: 0,
      label: "laag",
      reasons: [action.status === "afgerond" ? "Actie is afgerond." : "Actie is vervallen."],
    };
  }
  const parts: Array<[string, number]> = [];
  const oordeel = caseContext.oordeel ?? "groen";
  parts.push([`Casus is ${OORDEEL_LABELS[oordeel].toLowerCase()}`, r.oordeel[oordeel]]);

  const leefgebiedScore = action.leefgebied
    ? (caseContext.leefgebieden[action.leefgebied]?.score ?? null)
    : null;
  if (action.leefgebied && leefgebiedScore !== null) {
    parts.push([
      `Richt zich op ${LEEFGEBIED_LABELS[action.leefgebied]} (score ${leefgebiedScore}: ${ZRM_SCORE_LABELS[leefgebiedScore].toLowerCase()})`,
      r.leefgebiedScore[leefgebiedScore],
    ]);
  } else {
    parts.push(["Geen gescoord leefgebied gekoppeld", r.leefgebiedUnknown]);
  }

  const daysLeft = action.dueDate === null ? null : daysBetween(today, action.dueDate);
  if (daysLeft === null) {
    parts.push(["Geen geldige deadline", r.missingDueDate]);
  } else if (daysLeft < 0) {
    const late = -daysLeft;
    parts.push([
      late === 1 ? "1 dag te laat" : `${late} dagen te laat`,
      r.overdueBase + Math.min(late, r.overduePerDayMax),
    ]);
  } else {
    const window = r.dueWithin.find((w) => daysLeft <= w.days);
    parts.push([
      daysLeft === 1
        ? "Deadline morgen"
        : daysLeft === 0
          ? "Deadline vandaag"
          : `Deadline over ${daysLeft} dagen`,
      window?.points ?? 0,
    ]);
  }

  const cp = r.criticalPath;
  const critical =
    oordeel === cp.oordeel && (action.kind === cp.kind || leefgebiedScore === cp.acuteScore);
  if (critical)
    parts.push([
      "Kritiek pad: veiligheidsmaatregel of acuut leefgebied in een rode casus",
      cp.points,
    ]);
  if (action.status === "open" || action.status === null)
    parts.push(["Nog niet gestart", r.statusOpen]);

  const score = Math.max(
    0,
    Math.min(
      100,
      parts.reduce((sum, [, points]) => sum + points, 0),
    ),
  );
  const label: ActionScoreLabel =
    score >= r.labels.hoog ? "hoog" : score >= r.labels.middel ? "middel" : "laag";
  return { score, label, reasons: parts.map(([what, points]) => `${what} (+${points}).`) };
}
