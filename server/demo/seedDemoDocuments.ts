/**
 * Writes the demo cases' document content (DEMO_CASE_DOCUMENTS) once, when the demo region is
 * created. It goes through the collaboration server like any server-side change: the templates are
 * seeded first on load, the content is stored in the documents' logs, and the plug-ins see it (the
 * triage summary is judged, leefgebieden scores and actions are indexed, edits audited).
 */
import { dutchDate } from "../../shared/domain/regionTime.js";
import type * as Y from "yjs";
import { caseDocName } from "../../shared/wire/docNames.js";
import type { CaseDocKind } from "../../shared/wire/docNames.js";
import { setLeefgebiedNote, setLeefgebiedScore } from "../../shared/docs/leefgebiedenDoc.js";
import { insertActionItem } from "../../shared/docs/planDoc.js";
import { fillSection, sectionEnd } from "../../shared/docs/proseDoc.js";
import { setBekendBij, setCriterion, setRtiG } from "../../shared/docs/triageDoc.js";
import type { ActionItem } from "../../shared/domain/action.js";
import type { TriageCriterion } from "../../shared/domain/triage.js";
import type { DocumentHandle } from "../collab/types.js";
import type { Store } from "../store/store.js";
import { DEMO_CASE_DOCUMENTS, type DemoAction, type DemoCaseDocuments } from "./demoRegion.js";

/** What the demo document seeding needs from the running server. */
export interface DemoDocumentDeps {
  store: Store;
  openDocument(docName: string): Promise<DocumentHandle>;
  /** Indexes a plan's actions at once (the extractor's direct entry), so follow-up views show them. */
  indexPlan(caseId: string, doc: Y.Doc): void;
  /** Judges the case on its new triage answers and scores, and stores the outcome. */
  refreshTriage(caseId: string): Promise<void>;
  now: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Writes the content of every demo case that has some; cases missing from the store are skipped. */
export async function seedDemoDocuments(deps: DemoDocumentDeps): Promise<void> {
  for (const [title, content] of Object.entries(DEMO_CASE_DOCUMENTS)) {
    const found = deps.store.cases.list().find((c) => c.title === title);
    if (found) await seedCase(deps, found.id, content);
  }
}

async function seedCase(
  deps: DemoDocumentDeps,
  caseId: string,
  content: DemoCaseDocuments,
): Promise<void> {
  const userOf = (username: string) => {
    const user = deps.store.users.findByUsername(username);
    if (!user) throw new Error(`demo documents name an unknown account: ${username}`);
    return user;
  };
  const at = deps.now.toISOString();
  const write = async (kind: CaseDocKind, fill: (doc: Y.Doc) => void): Promise<void> => {
    const handle = await deps.openDocument(caseDocName(caseId, kind));
    try {
      handle.doc.transact(() => fill(handle.doc));
      if (kind === "plan") deps.indexPlan(caseId, handle.doc);
    } finally {
      handle.release();
    }
  };

  const { triage, leefgebieden, analyse, plan } = content;
  await write("triage", (doc) => {
    const stamp = { by: userOf(triage.answeredBy).id, at };
    for (const [criterion, answer] of Object.entries(triage.criteria)) {
      setCriterion(doc, criterion as TriageCriterion, answer, stamp);
    }
    for (const { username, answer } of triage.bekendBij) {
      const user = userOf(username);
      setBekendBij(doc, user.organisationId, answer, { by: user.id, at });
    }
    setRtiG(doc, triage.rtiG, stamp);
  });
  const scoredBy = userOf(leefgebieden.scoredBy).id;
  // The earlier measurements first, in a transaction of their own: the server keeps what the
  // current scores replace as their history (keepReplacedScores).
  await write("leefgebieden", (doc) => {
    for (const { leefgebied, earlier } of leefgebieden.scores) {
      if (!earlier) continue;
      const measuredAt = new Date(deps.now.getTime() - earlier.daysAgo * DAY_MS).toISOString();
      setLeefgebiedScore(doc, leefgebied, earlier.score, { by: scoredBy, at: measuredAt });
    }
  });
  await write("leefgebieden", (doc) => {
    const stamp = { by: scoredBy, at };
    for (const { leefgebied, score, note } of leefgebieden.scores) {
      setLeefgebiedScore(doc, leefgebied, score, stamp);
      if (note) setLeefgebiedNote(doc, leefgebied, note);
    }
  });
  await deps.refreshTriage(caseId);
  await write("analyse", (doc) => {
    for (const [heading, text] of Object.entries(analyse)) fillSection(doc, heading, text);
  });
  await write("plan", (doc) => {
    for (const [heading, text] of Object.entries(plan.sections)) fillSection(doc, heading, text);
    plan.actions.forEach((action, i) => {
      const responsible = userOf(action.responsible);
      const end = sectionEnd(doc, action.section);
      insertActionItem(
        doc,
        demoActionItem(action, `act_demo_${i + 1}`, responsible, deps.now),
        end === -1 ? undefined : end,
      );
    });
  });
  // The responsible partners' progress notes, kept beside the plan as the action API keeps them.
  for (const [i, action] of plan.actions.entries()) {
    for (const note of action.progress ?? []) {
      await deps.store.progress.add({
        caseId,
        actionKey: `act_demo_${i + 1}`,
        at: new Date(deps.now.getTime() - note.daysAgo * DAY_MS).toISOString(),
        by: userOf(action.responsible).id,
        text: note.text,
      });
    }
  }
}

/** A demo action as a plan action item, its dates counted from `now`. */
function demoActionItem(
  action: DemoAction,
  id: string,
  responsible: { id: string; organisationId: string },
  now: Date,
): ActionItem {
  const daysFromNow = (days: number): Date => new Date(now.getTime() + days * DAY_MS);
  const done = action.status === "afgerond";
  return {
    id,
    text: action.text,
    organisationId: responsible.organisationId,
    responsible: `user:${responsible.id}`,
    dueDate: dutchDate(daysFromNow(action.dueInDays)),
    status: action.status,
    kind: action.kind,
    ...(action.leefgebied ? { leefgebied: action.leefgebied } : {}),
    ...(done
      ? {
          completedAt: daysFromNow(-(action.completedDaysAgo ?? 0)).toISOString(),
          completedBy: responsible.id,
        }
      : {}),
  };
}
