/**
 * The overleggen of a case on its page, for its standing partners: when the case was or will be
 * discussed, a link to the overleg for those invited to it, and the fixed versions of each
 * verslag, downloadable for those the server allows (`mayDownload`): among them the casusregisseur
 * who follows the agreements up, also one appointed after the overleg.
 */
import { useId } from "react";
import { Link } from "react-router";
import { caseVerslagPath, type CaseOverleg } from "../../../shared/api/caseOverleggen.js";
import { fetchCaseOverleggen } from "../../api/caseOverleggen.js";
import { useLoader } from "../../api/useLoader.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { messages } from "../../i18n/messages.js";
import { meetingPath } from "../../meetings/meetingPaths.js";
import { formatMeetingDateTime } from "../../meetings/meetingTime.js";
import { VerslagDownloads } from "../../meetings/VerslagDownloads.js";
import "./caseOverleggen.css";

const t = messages.caseOverleggen;
const m = messages.meetings;

/** The "Overleggen" section of the case page. */
export function CaseOverleggenPanel({ caseId }: { caseId: string }) {
  const titleId = useId();
  const { state, reload } = useLoader(caseId, (signal) => fetchCaseOverleggen(caseId, signal));

  return (
    <section className="cw-overleggen" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {state.status === "loading" && <p role="status">{t.loading}</p>}
      {state.status === "loaded" &&
        (state.value.overleggen.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columnWhen}</th>
                  <th scope="col">{t.columnTitle}</th>
                  <th scope="col">{t.columnStatus}</th>
                  <th scope="col">{t.columnVerslag}</th>
                </tr>
              </thead>
              <tbody>
                {state.value.overleggen.map((overleg) => (
                  <OverlegRow key={overleg.slotId} caseId={caseId} overleg={overleg} />
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

function OverlegRow({ caseId, overleg }: { caseId: string; overleg: CaseOverleg }) {
  const when = formatMeetingDateTime(overleg.startsAt);
  // Without an invitation the overleg is named by its kind: its title may name another case.
  const title = overleg.title ?? m.kinds[overleg.kind];
  const named = `${title} (${when})`;
  return (
    <tr>
      <td>{when}</td>
      <td>{overleg.mayOpen ? <Link to={meetingPath(overleg.meetingId)}>{title}</Link> : title}</td>
      <td>{messages.meetings.statuses[overleg.status]}</td>
      <td>
        {overleg.versions.length === 0 ? (
          <span className="muted">{t.noVerslag}</span>
        ) : (
          <>
            <ul className="cw-overleggen-versions">
              {overleg.versions.map((v) => (
                <li key={v.version}>
                  {m.version(v.version, formatMeetingDateTime(v.frozenAt))}
                  {overleg.mayDownload && (
                    <VerslagDownloads
                      hrefOf={(format) =>
                        caseVerslagPath(caseId, overleg.slotId, v.version, format)
                      }
                      labelOf={(format) => m.downloadLabel(v.version, format, named)}
                    />
                  )}
                </li>
              ))}
            </ul>
            {!overleg.mayDownload && <p className="muted">{m.downloadNotAllowed}</p>}
          </>
        )}
      </td>
    </tr>
  );
}
