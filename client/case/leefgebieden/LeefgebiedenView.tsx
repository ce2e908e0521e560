/**
 * The leefgebieden grid: per ZRM domain (and verblijfsstatus) a 1–5 score with its label and
 * colour, a note, who scored it and when, and a marker when the score is older than 30 days.
 * Scores go through the shared writers (shared/docs/leefgebiedenDoc.ts); a note is typed straight
 * into its Y.Text, live (client/case/fields/CollabTextarea.tsx).
 */
import type * as Y from "yjs";
import { leefgebiedNoteText, setLeefgebiedScore } from "../../../shared/docs/leefgebiedenDoc.js";
import { LEEFGEBIEDEN, type Leefgebied } from "../../../shared/domain/leefgebied.js";
import type { PublicUser } from "../../../shared/domain/user.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import type { CollabSession } from "../../collab/collabSession.js";
import { useDocValue } from "../../collab/useDocValue.js";
import { messages } from "../../i18n/messages.js";
import { nameOf } from "../caseContext.js";
import { useLeefgebiedenDoc } from "../triage/useTriageResult.js";
import { LeefgebiedRow } from "./LeefgebiedRow.js";
import { summariseLeefgebieden } from "./leefgebiedenSummary.js";

const t = messages.caseWorkspace.leefgebieden;

/** The note Y.Text of every leefgebied (null where the document has none yet). */
const readNoteTexts = (doc: Y.Doc): Record<Leefgebied, Y.Text | null> =>
  Object.fromEntries(LEEFGEBIEDEN.map((key) => [key, leefgebiedNoteText(doc, key)])) as Record<
    Leefgebied,
    Y.Text | null
  >;

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
  const noteTexts = useDocValue(session.doc, readNoteTexts);
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
            noteText={noteTexts[key]}
            who={who}
            // Not before the server's entry (with its note and history) arrived: a score given
            // sooner would create an entry of its own, which replaces the server's and is refused.
            readOnly={readOnly || noteTexts[key] === null}
            onScore={(score) =>
              setLeefgebiedScore(session.doc, key, score, {
                by: user.id,
                at: new Date().toISOString(),
              })
            }
          />
        ))}
      </ul>
    </section>
  );
}
