/**
 * Whom the case is about, in the case header: per person concerned the name and date of birth,
 * and where the server sent them (standing partners only, casePolicy's `maySeeBetrokkeneDetails`)
 * the BSN and address, so a partner can match the person with their own records. For the
 * procesregisseur (`inzageCaseId`), each person's inzageoverzicht as PDF or Word, and a warning
 * when the person's BSN stands in another case with another name or date of birth.
 */
import type { CaseDetail } from "../../../shared/api/cases.js";
import { inzageExportPath } from "../../../shared/api/inzage.js";
import { formatDate } from "../../format/date.js";
import { messages } from "../../i18n/messages.js";

const t = messages.caseWorkspace.betrokkenen;

type Betrokkene = CaseDetail["betrokkenen"][number];

/** "Duinpad 7, 1234 AB Testdorp" from the parts that are there; "" when none is. */
function addressOf({ adres, postcode, woonplaats }: Betrokkene): string {
  const place = [postcode, woonplaats].filter(Boolean).join(" ");
  return [adres, place].filter(Boolean).join(", ");
}

/** Download links of one person's inzageoverzicht. */
function InzageLinks({ caseId, person }: { caseId: string; person: Betrokkene }) {
  return (
    <span className="cw-inzage">
      {`${t.inzage} `}
      <a
        download
        href={inzageExportPath(caseId, person.id, "pdf")}
        aria-label={t.inzagePdfLabel(person.naam)}
      >
        {t.inzagePdf}
      </a>
      {" · "}
      <a
        download
        href={inzageExportPath(caseId, person.id, "docx")}
        aria-label={t.inzageDocxLabel(person.naam)}
      >
        {t.inzageDocx}
      </a>
    </span>
  );
}

/**
 * One `dt`/`dd` pair for the header's fact list; nothing for a case without persons concerned.
 * `inzageCaseId`: the case whose inzageoverzichten the user may prepare, else absent.
 */
export function BetrokkenenFacts({
  betrokkenen,
  inzageCaseId,
}: {
  betrokkenen: CaseDetail["betrokkenen"];
  inzageCaseId?: string;
}) {
  if (betrokkenen.length === 0) return null;
  return (
    <div>
      <dt>{betrokkenen.length === 1 ? t.one : t.many}</dt>
      <dd>
        <ul className="cw-betrokkenen">
          {betrokkenen.map((person) => {
            const address = addressOf(person);
            return (
              <li key={person.id}>
                <strong>{person.naam}</strong>
                {`, ${t.born(formatDate(person.geboortedatum))}`}
                {person.bsn !== undefined && (
                  <span className="muted">{` · ${t.bsn(person.bsn)}`}</span>
                )}
                {address !== "" && <span className="muted">{` · ${address}`}</span>}
                {person.bsnElsewhereDifferent === true && (
                  <span className="cw-bsn-warning" role="note">
                    ⚠ {t.bsnElsewhereDifferent}
                  </span>
                )}
                {inzageCaseId !== undefined && (
                  <InzageLinks caseId={inzageCaseId} person={person} />
                )}
              </li>
            );
          })}
        </ul>
        {inzageCaseId !== undefined && <p className="muted cw-inzage-hint">{t.inzageHint}</p>}
      </dd>
    </div>
  );
}
