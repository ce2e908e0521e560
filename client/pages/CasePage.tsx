/**
 * One case's page (`/casussen/:caseId`). The workspace with its editors and Yjs is a separate
 * chunk loaded only here, so the login page and the case list stay small.
 */
import { Suspense } from "react";
import { lazyPage } from "../components/lazyPage.js";
import { messages } from "../i18n/messages.js";

const CaseWorkspace = lazyPage(() =>
  import("../case/CaseWorkspace.js").then((module) => module.CaseWorkspace),
);

/** The case page: a loading line while the workspace chunk arrives. */
export function CasePage() {
  return (
    <Suspense fallback={<p role="status">{messages.caseWorkspace.loading}</p>}>
      <CaseWorkspace />
    </Suspense>
  );
}
