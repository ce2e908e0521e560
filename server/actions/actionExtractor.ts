/**
 * The action extraction plug-in of the collaboration server. When a case's `plan` document is
 * loaded or changes (the server debounces `onChange`), only that document is read with the shared
 * `readActionItems` and its case's index entries are recomputed (`extractPlanActions`): the cost
 * follows the size of the changed plan, never the number of documents on the server. When a
 * `leefgebieden` document loads or changes, its current scores are kept for action scoring.
 *
 * Extraction is synchronous over the in-memory Y.Doc (hooks may read, never change, the document),
 * so two extractions of one plan can never interleave; only the file write is asynchronous.
 */
import type * as Y from "yjs";
import { readLeefgebieden } from "../../shared/docs/leefgebiedenDoc.js";
import { readActionItems } from "../../shared/docs/planDoc.js";
import { parseDocName } from "../../shared/wire/docNames.js";
import type { CollabExtension, CollabLogger } from "../collab/types.js";
import type { ActionAuditEvent, RecordAudit } from "./actionAudit.js";
import type { ActionIndexRepository } from "./actionIndexRepository.js";
import { extractPlanActions, type ExtractionResult } from "./extractPlanActions.js";
import type { LeefgebiedScores } from "./indexedAction.js";

/** What the extractor needs from its host. */
export interface ActionExtractorDeps {
  index: ActionIndexRepository;
  recordAudit: RecordAudit;
  logger: CollabLogger;
  now?: () => Date;
  /** Told when an extraction changed a case's index. */
  onChanged?: (caseId: string) => void;
}

/** The extension plus a direct entry for server-side changes that must be indexed at once. */
export interface ActionExtractor {
  extension: CollabExtension;
  /** Extracts one case's plan now; `by` are the acting user ids, `via` where the change came from. */
  extractPlan(
    caseId: string,
    doc: Y.Doc,
    by: string[],
    via?: ActionAuditEvent["via"],
  ): ExtractionResult;
}

/** Creates the action extraction plug-in. */
export function createActionExtractor(deps: ActionExtractorDeps): ActionExtractor {
  const now = deps.now ?? (() => new Date());
  const warnOnFailure = (caseId: string) => (error: unknown) => {
    const errorName = error instanceof Error ? error.name : "unknown";
    deps.logger.warn({ caseId, errorName }, "action index not written");
  };

  function extractPlan(
    caseId: string,
    doc: Y.Doc,
    by: string[],
    via: ActionAuditEvent["via"] = "plan",
  ): ExtractionResult {
    const at = now().toISOString();
    const { value: items } = readActionItems(doc);
    const result = extractPlanActions(deps.index.actionsOf(caseId), items, { caseId, at, by });
    if (!result.dirty) return result;
    deps.index.replaceActions(caseId, result.actions).catch(warnOnFailure(caseId));
    deps.onChanged?.(caseId);
    for (const change of result.changes) {
      // A status is an enum, not content: the trail may say what it became.
      const status = change.fields.includes("status")
        ? result.actions.find((action) => action.key === change.key)?.status
        : undefined;
      deps.recordAudit({
        ...(status ? { status } : {}),
        at,
        userIds: by,
        caseId,
        actionKey: change.key,
        what: change.what,
        fields: change.fields,
        via,
      });
    }
    return result;
  }

  function keepLeefgebiedScores(caseId: string, doc: Y.Doc): void {
    const scores: LeefgebiedScores = {};
    for (const [leefgebied, entry] of Object.entries(readLeefgebieden(doc).value.scores)) {
      scores[leefgebied as keyof LeefgebiedScores] = entry.score;
    }
    deps.index.setLeefgebiedScores(caseId, scores).catch(warnOnFailure(caseId));
  }

  function onDocument(docName: string, doc: Y.Doc, by: string[]): void {
    const name = parseDocName(docName);
    if (name?.type !== "case") return;
    if (name.kind === "plan") extractPlan(name.caseId, doc, by);
    else if (name.kind === "leefgebieden") keepLeefgebiedScores(name.caseId, doc);
  }

  return {
    extractPlan,
    extension: {
      name: "actionExtraction",
      onLoad: ({ docName, doc }) => onDocument(docName, doc, []),
      onChange: ({ docName, doc, editors }) =>
        onDocument(
          docName,
          doc,
          editors.map((editor) => editor.userId),
        ),
    },
  };
}
