/**
 * The leefgebieden grid: per ZRM domain (and verblijfsstatus) a 1–5 score with its label and
 * colour, a note, who scored it and when, and a marker when the score is older than 30 days.
 * Writes go through the shared writers (shared/docs/leefgebiedenDoc.ts).
 */
import { setLeefgebiedNote, setLeefgebiedScore } from "../../../shared/docs/leefgebiedenDoc.js";
import { LEEFGEBIEDEN } from "../../../shared/domain/leefgebied.js";
import type { PublicUser } from "../../../shared/domain/user.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import type { CollabSession } from "../../collab/collabSession.js";
import { messages } from "../../i18n/messages.js";
import { nameOf } from "../caseContext.js";
import { useLeefgebiedenDoc } from "../triage/useTriageResult.js";
import { LeefgebiedRow } from "./LeefgebiedRow.js";
import { summariseLeefgebieden } from "./leefgebiedenSummary.js";

const t = messages.caseWorkspace.leefgebieden;

/** The grid with its summary. */
export function LeefgebiedenView({
  session,
  view,
  user,
  readOnly,
}: {
  session: CollabSession;
  view: CaseDetail;
  user: PublicUser;
  readOnly: boolean;
}) {
  const value = useLeefgebiedenDoc(session.doc);
  const summary = summariseLeefgebieden(value);
  const who = nameOf(view, user);
  return (
    <section aria-labelledby="cw-lg-title" className="cw-leefgebieden">
      <h3 id="cw-lg-title">{t.title}</h3>
      <p className="cw-lg-summary" aria-live="polite" data-testid="leefgebieden-summary">
        {t.summary(summary.acute, summary.notSelfReliant, summary.scored, summary.total)}
      </p>
      {value.instrumentVersion !== null && (
        <p className="muted cw-small">{t.instrument(value.instrumentVersion)}</p>
      )}
      <ul className="cw-lg-grid">
        {LEEFGEBIEDEN.map((key) => (
          <LeefgebiedRow
            key={key}
            leefgebied={key}
            entry={value.scores[key] ?? null}
            who={who}
            readOnly={readOnly}
            onScore={(score) =>
              setLeefgebiedScore(session.doc, key, score, {
                by: user.id,
                at: new Date().toISOString(),
              })
            }
            onNote={(note) => setLeefgebiedNote(session.doc, key, note)}
          />
        ))}
      </ul>
    </section>
  );
}
