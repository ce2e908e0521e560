/** The case's live documents beside the agenda: the case page's own parts, reused. */
import type { PublicUser } from "../../shared/domain/user.js";
import { fetchCase } from "../api/caseDetail.js";
import { useLoader } from "../api/useLoader.js";
import { CaseDocuments } from "../case/CaseDocuments.js";
import "../case/casePage.css";
import { LoadFailure } from "../components/LoadFailure.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/**
 * Loads the case (tried again by itself while the server cannot be reached) and shows its
 * documents, or says they cannot be opened.
 */
export function SlotDocuments({ caseId, user }: { caseId: string; user: PublicUser }) {
  const { state, reload, replace } = useLoader(caseId, (signal) => fetchCase(caseId, signal));
  return (
    <section className="mt-documents" aria-label={t.documents}>
      {state.status === "loading" && <p role="status">{t.slotLoading}</p>}
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {state.status === "loaded" && state.value === null && (
        <p className="notice notice-info">{t.documentsUnavailable}</p>
      )}
      {state.status === "loaded" && state.value !== null && (
        <CaseDocuments view={state.value} user={user} onChanged={(view) => replace(() => view)} />
      )}
    </section>
  );
}
