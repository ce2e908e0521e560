/**
 * The aanmelding on the case page: who registered the case and when, the aanmelder's question
 * (reason, what they hope the partners do, the goal of the casusoverleg) and, for the case team,
 * the partners to invite with their contacts and whether the person concerned was informed. A guest
 * of an overleg gets no intake part from the server and reads why. Open at first sight while the
 * case is taken in and triaged; folded away once the casusoverleg has its own documents.
 */
import { useId } from "react";
import type { AanmeldingView } from "../../../shared/api/cases.js";
import type { CasePhase } from "../../../shared/domain/case.js";
import { formatDate } from "../../format/date.js";
import { messages } from "../../i18n/messages.js";
import "./aanmelding.css";

const t = messages.caseAanmelding;

/** The phases in which the aanmelding is what everyone works from: shown open. */
const OPEN_IN_PHASES: readonly CasePhase[] = ["aanmelding", "triage"];

/** Props: the case's aanmelding as the server presented it, and the case's phase. */
export interface AanmeldingSectionProps {
  aanmelding: AanmeldingView;
  phase: CasePhase;
}

/** The collapsible "Aanmelding" section. */
export function AanmeldingSection({ aanmelding, phase }: AanmeldingSectionProps) {
  const titleId = useId();
  const { aangemeldDoor, intake } = aanmelding;
  return (
    <section className="cw-box cw-aanmelding" aria-labelledby={titleId}>
      <details open={OPEN_IN_PHASES.includes(phase)}>
        <summary>
          <h2 id={titleId}>{t.title}</h2>
          <span className="cw-aanmelding-by">
            {t.registeredBy(
              aangemeldDoor.displayName,
              aangemeldDoor.organisationName,
              formatDate(aanmelding.aangemeldOp),
            )}
          </span>
        </summary>
        <dl className="cw-aanmelding-facts">
          <dt>{t.reden}</dt>
          <dd>{aanmelding.reden}</dd>
          <dt>{t.verwachting}</dt>
          <dd>{aanmelding.verwachting}</dd>
          <dt>{t.doel}</dt>
          <dd>{aanmelding.doel}</dd>
          {intake !== null && (
            <>
              <dt>{t.informed}</dt>
              <dd>{intake.betrokkeneGeinformeerd ? t.informedYes : t.informedNo}</dd>
              {intake.redenNietGeinformeerd !== null && (
                <>
                  <dt>{t.redenNietGeinformeerd}</dt>
                  <dd>{intake.redenNietGeinformeerd}</dd>
                </>
              )}
            </>
          )}
        </dl>
        {intake === null ? (
          <p className="muted cw-small">{t.guestNote}</p>
        ) : (
          <>
            <h3>{t.partnersTitle}</h3>
            {intake.partners.length === 0 ? (
              <p>{t.noPartners}</p>
            ) : (
              <div className="table-scroll cw-aanmelding-partners">
                <table className="data-table">
                  <caption className="visually-hidden">{t.partnersCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.organisation}</th>
                      <th scope="col">{t.contactpersoon}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {intake.partners.map((partner) => (
                      <tr key={partner.organisationId}>
                        <th scope="row">{partner.organisationName}</th>
                        <td>{partner.contactpersoon}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </details>
    </section>
  );
}
