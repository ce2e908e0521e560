/**
 * The triage document: the criteria questions, each partner's "bekend bij ons" (a user answers
 * only for their own organisation), the RTI-G, and beside it the engine's live outcome.
 */
import { setBekendBij, setCriterion, setRtiG } from "../../../shared/docs/triageDoc.js";
import {
  RTIG_LEVEL_LABELS,
  RTIG_LEVELS,
  TRIAGE_CRITERIA,
  TRIAGE_CRITERION_LABELS,
  TRIAGE_CRITERION_QUESTIONS,
  type RtiGLevel,
} from "../../../shared/domain/triage.js";
import type { PublicUser } from "../../../shared/domain/user.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import type { CollabSession } from "../../collab/collabSession.js";
import { formatDate } from "../../format/date.js";
import { messages } from "../../i18n/messages.js";
import { nameOf } from "../caseContext.js";
import { AnswerChoice } from "./AnswerChoice.js";
import { bekendBijRows } from "./bekendBijRows.js";
import { CaseErasureForm } from "./CaseErasureForm.js";
import { TriageBesluitForm } from "./TriageBesluitForm.js";
import { TriagePanel } from "./TriagePanel.js";
import { useTriageDoc, useTriageResult } from "./useTriageResult.js";

const t = messages.caseWorkspace.triage;

/** Props: the two open documents, the case, the user and whether editing is allowed. */
export interface TriageViewProps {
  triage: CollabSession;
  leefgebieden: CollabSession;
  view: CaseDetail;
  user: PublicUser;
  readOnly: boolean;
  /** Called with the case as it is after the procesregisseur's decision. */
  onDecided: (view: CaseDetail) => void;
}

/** The triage form and its live outcome. */
export function TriageView({
  triage,
  leefgebieden,
  view,
  user,
  readOnly,
  onDecided,
}: TriageViewProps) {
  const partners = view.triagePartners;
  const value = useTriageDoc(triage.doc);
  const rows = bekendBijRows(partners, value.bekendBij, view.organisationNames);
  const result = useTriageResult(triage.doc, leefgebieden.doc, view.kind, partners);
  const who = nameOf(view, user);
  const stamp = () => ({ by: user.id, at: new Date().toISOString() });
  const answeredBy = (setBy: string | null, setAt: string | null) =>
    setAt === null ? undefined : t.answeredBy(who(setBy), formatDate(setAt));

  return (
    <div className="cw-triage">
      <div className="cw-triage-form">
        <section aria-labelledby="cw-triage-questions">
          <h3 id="cw-triage-questions">{t.questionsTitle}</h3>
          {TRIAGE_CRITERIA.map((id) => (
            <AnswerChoice
              key={id}
              legend={`${TRIAGE_CRITERION_LABELS[id]}: ${TRIAGE_CRITERION_QUESTIONS[id]}`}
              hint={answeredBy(value.criteria[id].setBy, value.criteria[id].setAt)}
              value={value.criteria[id].answer}
              disabled={readOnly}
              onChange={(answer) => setCriterion(triage.doc, id, answer, stamp())}
            />
          ))}
        </section>
        <section aria-labelledby="cw-triage-bekend">
          <h3 id="cw-triage-bekend">{t.bekendBijTitle}</h3>
          <p className="muted">{t.bekendBijIntro}</p>
          {rows.length === 0 && <p className="muted">{t.noPartners}</p>}
          {rows.map((org) => {
            const entry = value.bekendBij[org.id];
            // "Uw organisatie" marks the row the user answers: none for a reader.
            const own = org.id === user.organisationId && !readOnly;
            return (
              <AnswerChoice
                key={org.id}
                legend={own ? t.ownOrganisation(org.name) : org.name}
                hint={answeredBy(entry?.setBy ?? null, entry?.setAt ?? null)}
                value={entry?.answer ?? "onbekend"}
                disabled={readOnly || !own}
                onChange={(answer) => setBekendBij(triage.doc, org.id, answer, stamp())}
              />
            );
          })}
        </section>
        <section aria-labelledby="cw-triage-rtig">
          <h3 id="cw-triage-rtig">{t.rtiGTitle}</h3>
          <fieldset className="cw-answer" disabled={readOnly}>
            <legend className="visually-hidden">{t.rtiGTitle}</legend>
            <div className="cw-answer-options">
              {[null, ...RTIG_LEVELS].map((level: RtiGLevel | null) => (
                <label key={level ?? "none"} className="cw-answer-option">
                  <input
                    type="radio"
                    name="cw-rtig"
                    checked={value.rtiG.level === level}
                    onChange={() => setRtiG(triage.doc, level, stamp())}
                  />
                  {level === null ? t.rtiGNone : RTIG_LEVEL_LABELS[level]}
                </label>
              ))}
            </div>
            {value.rtiG.setAt !== null && (
              <p className="cw-who">{answeredBy(value.rtiG.setBy, value.rtiG.setAt)}</p>
            )}
          </fieldset>
        </section>
      </div>
      <div className="cw-triage-side">
        <TriagePanel result={result} latest={view.triage} />
        {view.mayDecideTriage && (
          <TriageBesluitForm
            caseId={view.id}
            advies={result.advies}
            provisional={result.voorlopig}
            disabled={readOnly}
            onDecided={onDecided}
          />
        )}
        {view.mayErase && <CaseErasureForm caseId={view.id} />}
      </div>
    </div>
  );
}
