/** The plan van aanpak: the collaborative editor with action items, and the plan-balance warning. */
import type * as Y from "yjs";
import { readActionItems, type PlanActionItem } from "../../../shared/docs/planDoc.js";
import { planBalance } from "../../../shared/triage/planBalance.js";
import type { AwarenessUser } from "../../../shared/wire/messages.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import type { CollabSession } from "../../collab/collabSession.js";
import { useDocValue } from "../../collab/useDocValue.js";
import type { ActionItemContext } from "../../editor/actionItem/actionItemContext.js";
import { ProseEditor } from "../../editor/ProseEditor.js";
import { DOC_KIND_LABELS } from "../../../shared/docs/docKinds.js";
import { messages } from "../../i18n/messages.js";
import { useTriageResult } from "../triage/useTriageResult.js";

const t = messages.caseWorkspace.plan;
const readActions = (doc: Y.Doc): PlanActionItem[] => readActionItems(doc).value;

/** Props: the plan and the documents its balance depends on. */
export interface PlanViewProps {
  plan: CollabSession;
  triage: CollabSession;
  leefgebieden: CollabSession;
  view: CaseDetail;
  user: AwarenessUser;
  readOnly: boolean;
  actions: ActionItemContext;
}

/** Balance warning above the editor. */
export function PlanView({
  plan,
  triage,
  leefgebieden,
  view,
  user,
  readOnly,
  actions,
}: PlanViewProps) {
  const result = useTriageResult(triage.doc, leefgebieden.doc, view.kind, view.triagePartners);
  const items = useDocValue(plan.doc, readActions);
  const balance = planBalance(items, result);
  return (
    <div className="cw-plan">
      <section className="cw-balance" aria-labelledby="cw-balance-title" aria-live="polite">
        <h3 id="cw-balance-title" className="cw-balance-title">
          {t.balanceTitle}
        </h3>
        <p className="cw-small">{t.balanceCounts(balance.zorg, balance.straf)}</p>
        {balance.warnings.map((warning) => (
          <p key={warning} className="notice notice-error cw-balance-warning">
            {warning}
          </p>
        ))}
      </section>
      <ProseEditor
        session={plan}
        user={user}
        label={DOC_KIND_LABELS.plan}
        readOnly={readOnly}
        actions={actions}
      />
    </div>
  );
}
