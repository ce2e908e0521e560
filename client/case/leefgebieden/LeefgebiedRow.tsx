/**
 * One leefgebied: score radio buttons (number, label, colour), note, who and when, stale marker,
 * and the earlier scores with the change since the last one.
 */
import { useId } from "react";
import type * as Y from "yjs";
import type { LeefgebiedEntry, LeefgebiedSnapshot } from "../../../shared/docs/leefgebiedenDoc.js";
import {
  LEEFGEBIED_LABELS,
  ZRM_SCORE_COLOURS,
  ZRM_SCORE_LABELS,
  ZRM_SCORES,
  type Leefgebied,
  type ZrmScore,
} from "../../../shared/domain/leefgebied.js";
import { formatDate } from "../../format/date.js";
import { messages } from "../../i18n/messages.js";
import { CollabTextarea } from "../fields/CollabTextarea.js";

const t = messages.caseWorkspace.leefgebieden;

/** How many earlier scores the row names; the rest are counted. */
const EARLIER_SHOWN = 4;

/** The change from the last earlier score to the current one, ZRM 5 being the best. */
function trendOf(previous: LeefgebiedSnapshot, score: ZrmScore): "up" | "down" | "same" {
  return score > previous.score ? "up" : score < previous.score ? "down" : "same";
}

/** Props of one row. */
export interface LeefgebiedRowProps {
  leefgebied: Leefgebied;
  entry: LeefgebiedEntry | null;
  /** The note's shared text; null until the server has prepared it (then the note is read-only). */
  noteText: Y.Text | null;
  who: (userId: string | null) => string;
  readOnly: boolean;
  onScore: (score: ZrmScore | null) => void;
}

/** The row as a list item holding a fieldset. */
export function LeefgebiedRow({
  leefgebied,
  entry,
  noteText,
  who,
  readOnly,
  onScore,
}: LeefgebiedRowProps) {
  const base = useId();
  const score = entry?.score ?? null;
  const history = entry?.history ?? [];
  const previous = history.at(-1);
  const shown = history.slice(-EARLIER_SHOWN).reverse();
  return (
    <li
      className={`cw-lg-row${score === null ? "" : ` cw-lg-score-${score}`}`}
      data-leefgebied={leefgebied}
    >
      <fieldset className="cw-lg-fieldset" disabled={readOnly}>
        <legend className="cw-lg-name">{LEEFGEBIED_LABELS[leefgebied]}</legend>
        <div className="cw-lg-current">
          {score === null ? (
            <span className="muted">{t.notScored}</span>
          ) : (
            <span className="cw-lg-badge" style={{ backgroundColor: ZRM_SCORE_COLOURS[score] }}>
              {score} · {ZRM_SCORE_LABELS[score]}
            </span>
          )}
          {score !== null && previous !== undefined && (
            <span className={`cw-lg-trend cw-lg-trend-${trendOf(previous, score)}`}>
              {t.trend(trendOf(previous, score), previous.score)}
            </span>
          )}
          {entry?.stale === true && <span className="cw-lg-stale">⚠ {t.stale}</span>}
        </div>
        <div
          className="cw-lg-scores"
          role="radiogroup"
          aria-label={`${t.score} ${LEEFGEBIED_LABELS[leefgebied]}`}
        >
          {ZRM_SCORES.map((value) => (
            <label key={value} className="cw-lg-option" title={ZRM_SCORE_LABELS[value]}>
              <input
                type="radio"
                name={`${base}-score`}
                checked={score === value}
                onChange={() => onScore(value)}
              />
              <span
                className="cw-lg-swatch"
                aria-hidden="true"
                style={{ backgroundColor: ZRM_SCORE_COLOURS[value] }}
              />
              {value}
              <span className="visually-hidden"> {ZRM_SCORE_LABELS[value]}</span>
            </label>
          ))}
          <label className="cw-lg-option">
            <input
              type="radio"
              name={`${base}-score`}
              checked={score === null}
              onChange={() => onScore(null)}
            />
            {t.noScore}
          </label>
        </div>
        <div className="field-compact field-compact-wide">
          <label htmlFor={`${base}-note`}>{t.note}</label>
          <CollabTextarea
            id={`${base}-note`}
            text={noteText}
            fallback={entry?.note ?? ""}
            disabled={readOnly}
          />
        </div>
        {entry?.givenOn != null && score !== null && (
          <p className="cw-who">{t.setBy(who(entry.setBy), formatDate(entry.givenOn))}</p>
        )}
        {shown.length > 0 && (
          <p className="cw-who cw-lg-earlier">
            {t.earlier(
              shown.map((s) => t.earlierItem(s.score, formatDate(s.givenOn), who(s.setBy))),
              history.length - shown.length,
            )}
          </p>
        )}
      </fieldset>
    </li>
  );
}
