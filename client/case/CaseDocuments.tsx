/**
 * The four live documents of a case. All four are opened together when the page opens: the
 * triage panel reads the leefgebieden live, the plan's balance reads the triage, and switching
 * tabs is instant. The header shows the worst sync state of the four, and leaving the page warns
 * while any of them has changes the server has not stored yet.
 */
import { useEffect, useMemo, type ReactNode } from "react";
import { useSearchParams } from "react-router";
import { CASE_KIND_LABELS, CASE_PHASE_LABELS } from "../../shared/domain/case.js";
import { DOC_KIND_LABELS } from "../../shared/docs/docKinds.js";
import type { PublicUser } from "../../shared/domain/user.js";
import { CASE_DOC_KINDS, caseDocName, type CaseDocKind } from "../../shared/wire/docNames.js";
import type { AwarenessUser } from "../../shared/wire/messages.js";
import type { CaseDetail } from "../../shared/api/cases.js";
import { combineSyncStates, lostAccess } from "../collab/syncState.js";
import { useCollabSession, useCollabSnapshot } from "../collab/useCollabDocument.js";
import { useLeaveGuard } from "../components/LeaveGuard.js";
import { userColour } from "../collab/userColour.js";
import { messages } from "../i18n/messages.js";
import { actionContext } from "./caseContext.js";
import { BetrokkenenFacts } from "./header/BetrokkenenFacts.js";
import { DocumentTabs, tabPanelId, tabId } from "./DocumentTabs.js";
import { LeefgebiedenView } from "./leefgebieden/LeefgebiedenView.js";
import { PlanView } from "./plan/PlanView.js";
import { PresenceList } from "./PresenceList.js";
import { ProseEditor } from "../editor/ProseEditor.js";
import { SyncStatus } from "./SyncStatus.js";
import { TriageView } from "./triage/TriageView.js";
import { useReloadOnAccessChange } from "./useReloadOnAccessChange.js";

const t = messages.caseWorkspace;
/** The search parameter that names the open document. */
const DOC_PARAM = "document";

/** Which document is open: `?document=<kind>`, triage when absent or unknown. */
function activeKind(params: URLSearchParams): CaseDocKind {
  const value = params.get(DOC_PARAM);
  return (CASE_DOC_KINDS as readonly string[]).includes(value ?? "")
    ? (value as CaseDocKind)
    : "triage";
}

/** Header, sync state, presence and the open document. */
export function CaseDocuments({
  view,
  user,
  onChanged,
  intro,
}: {
  view: CaseDetail;
  user: PublicUser;
  /**
   * Called with the case as the server answers it after a change (e.g. the triage decision);
   * null when the user lost access to it while it was open.
   */
  onChanged: (view: CaseDetail | null) => void;
  /** Shown under the case's header, above the documents (the aanmelding). */
  intro?: ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  const active = activeKind(params);
  const awarenessUser = useMemo<AwarenessUser>(
    () => ({
      name: user.displayName,
      organisation: user.organisationName,
      color: userColour(user.id),
    }),
    [user.displayName, user.organisationName, user.id],
  );

  const sessions = {
    triage: useCollabSession(caseDocName(view.id, "triage"), awarenessUser),
    analyse: useCollabSession(caseDocName(view.id, "analyse"), awarenessUser),
    leefgebieden: useCollabSession(caseDocName(view.id, "leefgebieden"), awarenessUser),
    plan: useCollabSession(caseDocName(view.id, "plan"), awarenessUser),
  };
  // Present only in the document on screen; the other three stay connected for the triage panel.
  const { triage, analyse, leefgebieden, plan } = sessions;
  useEffect(() => {
    const byKind = { triage, analyse, leefgebieden, plan };
    for (const kind of CASE_DOC_KINDS) byKind[kind]?.setPresent(kind === active);
  }, [active, triage, analyse, leefgebieden, plan]);
  const snapshots = {
    triage: useCollabSnapshot(sessions.triage),
    analyse: useCollabSnapshot(sessions.analyse),
    leefgebieden: useCollabSnapshot(sessions.leefgebieden),
    plan: useCollabSnapshot(sessions.plan),
  };
  const all = Object.values(snapshots);
  const state = combineSyncStates(all.map((s) => s.state));
  const unsaved = all.some((s) => s.unsaved);
  const refused = all.some((s) => s.readOnlyRefused);
  const readOnly = view.access === "read" || refused;
  useReloadOnAccessChange(
    view.id,
    all.reduce((sum, s) => sum + s.accessChecks, 0),
    all.some((s) => lostAccess(s.state)),
    onChanged,
  );
  useLeaveGuard(unsaved, t.leaveUnsaved);
  const actions = useMemo(() => actionContext(view, user), [view, user]);

  const activeSession = sessions[active];
  const select = (kind: CaseDocKind) => {
    const next = new URLSearchParams(params);
    next.set(DOC_PARAM, kind);
    setParams(next, { replace: true });
  };

  return (
    <div className="cw-page">
      <header className="cw-header">
        <div className="cw-header-main">
          <h1>{view.title}</h1>
          <dl className="cw-facts">
            <div>
              <dt>{t.kind}</dt>
              <dd>{CASE_KIND_LABELS[view.kind]}</dd>
            </div>
            <div>
              <dt>{t.phase}</dt>
              <dd>
                <span className={`phase-tag phase-${view.phase}`}>
                  {CASE_PHASE_LABELS[view.phase]}
                </span>
              </dd>
            </div>
            <BetrokkenenFacts
              betrokkenen={view.betrokkenen}
              {...(view.mayExportInzage ? { inzageCaseId: view.id } : {})}
            />
          </dl>
        </div>
        <div className="cw-header-side">
          <SyncStatus state={state} />
          <PresenceList awareness={activeSession?.provider.awareness ?? null} />
        </div>
      </header>
      {intro}
      {readOnly && (
        <p className="notice notice-info cw-readonly" role="note">
          {refused && view.access !== "read"
            ? t.readOnlyRefused
            : view.phase === "gesloten"
              ? t.closedNotice
              : t.readOnlyNotice}
        </p>
      )}
      <DocumentTabs active={active} onSelect={select} />
      <section
        className="cw-panel"
        role="tabpanel"
        id={tabPanelId(active)}
        aria-labelledby={tabId(active)}
      >
        <h2 className="visually-hidden">{DOC_KIND_LABELS[active]}</h2>
        {sessions.triage !== null && sessions.leefgebieden !== null && active === "triage" && (
          <TriageView
            triage={sessions.triage}
            leefgebieden={sessions.leefgebieden}
            view={view}
            user={user}
            readOnly={readOnly}
            onDecided={onChanged}
          />
        )}
        {sessions.analyse !== null && active === "analyse" && (
          <ProseEditor
            session={sessions.analyse}
            user={awarenessUser}
            label={DOC_KIND_LABELS.analyse}
            readOnly={readOnly}
            actions={null}
          />
        )}
        {sessions.leefgebieden !== null && active === "leefgebieden" && (
          <LeefgebiedenView
            session={sessions.leefgebieden}
            view={view}
            user={user}
            readOnly={readOnly}
          />
        )}
        {sessions.plan !== null &&
          sessions.triage !== null &&
          sessions.leefgebieden !== null &&
          active === "plan" && (
            <PlanView
              plan={sessions.plan}
              triage={sessions.triage}
              leefgebieden={sessions.leefgebieden}
              view={view}
              user={awarenessUser}
              readOnly={readOnly}
              actions={actions}
            />
          )}
      </section>
    </div>
  );
}
