/** The case's live documents beside the agenda: the case page's own parts, reused. */
import { useEffect, useState } from "react";
import type { PublicUser } from "../../shared/domain/user.js";
import { loadCase, type CaseLoad } from "../api/caseDetail.js";
import { CaseDocuments } from "../case/CaseDocuments.js";
import "../case/casePage.css";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/** Loads the case and shows its documents, or says they cannot be opened. */
export function SlotDocuments({ caseId, user }: { caseId: string; user: PublicUser }) {
  const [load, setLoad] = useState<CaseLoad | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void loadCase(caseId, controller.signal).then((result) => {
      if (!controller.signal.aborted) setLoad(result);
    });
    return () => controller.abort();
  }, [caseId]);
  return (
    <section className="mt-documents" aria-label={t.documents}>
      {load === null && <p role="status">{t.slotLoading}</p>}
      {load !== null && load.status !== "loaded" && (
        <p className="notice notice-info">{t.documentsUnavailable}</p>
      )}
      {load?.status === "loaded" && (
        <CaseDocuments
          view={load.view}
          user={user}
          onChanged={(view) => setLoad({ status: "loaded", view })}
        />
      )}
    </section>
  );
}
