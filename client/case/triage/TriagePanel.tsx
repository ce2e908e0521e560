/** The triage engine's outcome, live: criteria, oordeel (text and colour), partners, DAT/WAT, AVE. */
import { ORGANISATION_KIND_LABELS } from "../../../shared/domain/organisation.js";
import {
  ADVIES_LABELS,
  ANSWER_LABELS,
  AVE_LEVEL_LABELS,
  INFORMATIENIVEAU_LABELS,
  OORDEEL_COLOURS,
  OORDEEL_LABELS,
  TRIAGE_CRITERION_LABELS,
  type TriageResult,
} from "../../../shared/domain/triage.js";
import type { TriageBesluitView } from "../../../shared/api/cases.js";
import { formatDate } from "../../format/date.js";
import { messages } from "../../i18n/messages.js";

const t = messages.caseWorkspace.triage;

/** The outcome panel; `latest` is the last stored decision, when there is one. */
export function TriagePanel({
  result,
  latest,
}: {
  result: TriageResult;
  latest: TriageBesluitView | null;
}) {
  return (
    <section className="panel cw-triage-panel" aria-labelledby="cw-triage-panel-title">
      <h3 id="cw-triage-panel-title">{t.panelTitle}</h3>
      <p className="cw-oordeel-line" aria-live="polite" data-testid="triage-oordeel">
        <span className="cw-oordeel" style={{ backgroundColor: OORDEEL_COLOURS[result.oordeel] }}>
          {t.oordeel}: {OORDEEL_LABELS[result.oordeel]}
        </span>
        {result.voorlopig && <span className="tag">{t.voorlopig}</span>}
        <span className="cw-completeness">
          {t.completeness}: {result.completeness.label}
          {(result.completeness.openLeefgebieden ?? 0) > 0 &&
            ` ${t.openLeefgebieden(result.completeness.openLeefgebieden ?? 0)}`}
        </span>
      </p>
      <dl className="cw-outcome">
        <dt>{t.criteria}</dt>
        <dd>
          {t.meetsCriteria[result.meetsCriteria]}
          <ul className="cw-criteria">
            {result.criteria.map((c) => (
              <li key={c.id}>
                {TRIAGE_CRITERION_LABELS[c.id]}: <strong>{ANSWER_LABELS[c.answer]}</strong>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t.advies}</dt>
        <dd>{ADVIES_LABELS[result.advies]}</dd>
        <dt>{t.partners}</dt>
        <dd>{result.partners.map((p) => ORGANISATION_KIND_LABELS[p]).join(", ")}</dd>
        <dt>{t.informatieniveau}</dt>
        <dd>{INFORMATIENIVEAU_LABELS[result.informatieniveau]}</dd>
        <dt>{t.ave}</dt>
        <dd>{AVE_LEVEL_LABELS[result.ave]}</dd>
        <dt>{t.priority}</dt>
        <dd>{t.priorityValue(result.priority)}</dd>
      </dl>
      <details className="cw-reasons">
        <summary>{t.reasons}</summary>
        <ul>
          {result.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </details>
      <p className="muted cw-small">{t.rulesVersion(result.rulesVersion)}</p>
      {latest !== null && (
        <p className="muted cw-small">
          {t.latestRecord(
            ADVIES_LABELS[latest.besluit],
            OORDEEL_LABELS[latest.result.oordeel],
            latest.decidedBy.displayName,
            formatDate(latest.decidedAt),
          )}
        </p>
      )}
    </section>
  );
}
