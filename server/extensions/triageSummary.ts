/**
 * Keeps each case's triage summary current. When a case's `triage` or `leefgebieden` document is
 * loaded or changes (debounced by the collaboration server), both documents are read with the
 * shared readers, the shared engine judges the case, and the outcome is stored on the case for
 * the case list and the triage decision. A registration whose triage gets its first answer moves
 * from phase `aanmelding` to `triage`.
 *
 * The work runs after the hook returns, never inside it: opening the sibling document from inside
 * `onLoad` would wait on a load that is itself waiting on this hook. Runs per case are serialised
 * and coalesced, so a burst of hooks gives at most one extra run.
 */
import type * as Y from "yjs";
import type { TriageResult } from "../../shared/domain/triage.js";
import { caseDocName, parseDocName } from "../../shared/wire/docNames.js";
import type { CollabExtension, CollabLogger, DocumentHandle } from "../collab/types.js";
import { evaluateTriage, summariseTriage } from "../commands/caseTriageEvaluator.js";
import type { Store } from "../store/store.js";

/** What the extension needs from its host. */
export interface TriageSummaryDeps {
  store: Store;
  /** The collaboration server's `openDocument` (late-bound: the server is created after this). */
  openDocument(docName: string): Promise<DocumentHandle>;
  logger: CollabLogger;
  now?: () => Date;
}

/** The extension and a way to wait for its pending work (tests, shutdown). */
export interface TriageSummary {
  extension: CollabExtension;
  /** Resolves once every run scheduled so far has finished. */
  idle(): Promise<void>;
  /** Judges the case on its live documents right now (the triage decision needs the latest state). */
  evaluate: (caseId: string) => Promise<TriageResult | undefined>;
  /** Judges the case again and stores the outcome, without waiting for the debounced `onChange`. */
  refresh: (caseId: string) => Promise<void>;
}

interface CaseRun {
  running: Promise<void>;
  again: boolean;
}

/** Creates the triage summary extension. */
export function createTriageSummary(deps: TriageSummaryDeps): TriageSummary {
  const runs = new Map<string, CaseRun>();
  // Documents this extension is opening itself: their `onLoad` must not schedule another run,
  // or a short unload delay would make load → run → release → unload → load go round forever.
  const opening = new Set<string>();
  const now = deps.now ?? (() => new Date());

  /** Opens the case's triage and leefgebieden documents and runs the engine on them. */
  async function evaluateLive(caseId: string, at: Date): Promise<TriageResult | undefined> {
    const c = deps.store.cases.get(caseId);
    if (!c) return undefined;
    const handles: DocumentHandle[] = [];
    try {
      handles.push(await open(caseDocName(caseId, "triage")));
      handles.push(await open(caseDocName(caseId, "leefgebieden")));
      const [triage, leefgebieden] = handles.map((h) => h.doc) as [Y.Doc, Y.Doc];
      return evaluateTriage(deps.store, c, { triage, leefgebieden }, at);
    } finally {
      for (const handle of handles) handle.release();
    }
  }

  async function recompute(caseId: string): Promise<void> {
    const at = now();
    const result = await evaluateLive(caseId, at);
    const c = deps.store.cases.get(caseId);
    if (!result || !c) return;
    const phase =
      c.phase === "aanmelding" && result.completeness.answered > 0 ? "triage" : undefined;
    const stored = await deps.store.cases.setTriageSummary(
      caseId,
      summariseTriage(result, at.toISOString()),
      phase,
    );
    if (stored && phase) deps.logger.info({ caseId }, "triage started: case moved to triage");
  }

  async function open(docName: string): Promise<DocumentHandle> {
    opening.add(docName);
    try {
      return await deps.openDocument(docName);
    } finally {
      opening.delete(docName);
    }
  }

  function schedule(caseId: string): void {
    const existing = runs.get(caseId);
    if (existing) {
      existing.again = true;
      return;
    }
    const run: CaseRun = { running: Promise.resolve(), again: false };
    runs.set(caseId, run);
    run.running = (async () => {
      // Yield first, so the hook that scheduled this returns (and a load completes) before we run.
      await new Promise<void>((resolve) => setImmediate(resolve));
      do {
        run.again = false;
        try {
          await recompute(caseId);
        } catch (error) {
          // Expected while the server shuts down; never log the message (it could hold content).
          const errorName = error instanceof Error ? error.name : "unknown";
          deps.logger.warn({ caseId, errorName }, "triage summary not updated");
        }
      } while (run.again);
      runs.delete(caseId);
    })();
  }

  function onDocument({ docName }: { docName: string }): void {
    if (opening.has(docName)) return;
    const parsed = parseDocName(docName);
    if (parsed?.type === "case" && (parsed.kind === "triage" || parsed.kind === "leefgebieden")) {
      schedule(parsed.caseId);
    }
  }

  async function idle(): Promise<void> {
    while (runs.size > 0) await Promise.all([...runs.values()].map((r) => r.running));
  }

  return {
    extension: { name: "triageSummary", onLoad: onDocument, onChange: onDocument },
    evaluate: (caseId) => evaluateLive(caseId, now()),
    refresh(caseId) {
      schedule(caseId);
      return idle();
    },
    idle,
  };
}
