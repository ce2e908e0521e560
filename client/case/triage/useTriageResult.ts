/** The triage engine's live outcome: recomputed on every change of the triage or leefgebieden doc. */
import { useMemo } from "react";
import type * as Y from "yjs";
import {
  readLeefgebieden,
  type LeefgebiedenDocValue,
} from "../../../shared/docs/leefgebiedenDoc.js";
import { readTriage, type TriageDocValue } from "../../../shared/docs/triageDoc.js";
import type { CaseKind } from "../../../shared/domain/case.js";
import type { Organisation } from "../../../shared/domain/organisation.js";
import type { TriageResult } from "../../../shared/domain/triage.js";
import { triageCase } from "../../../shared/triage/triageCase.js";
import { triageInputFromDocs } from "../../../shared/triage/triageInput.js";
import { useDocValue } from "../../collab/useDocValue.js";
import { todayIso } from "../caseContext.js";

const readTriageValue = (doc: Y.Doc): TriageDocValue => readTriage(doc).value;
const readLeefgebiedenValue = (doc: Y.Doc): LeefgebiedenDocValue =>
  readLeefgebieden(doc, todayIso()).value;

/** The triage document's content, live. */
export function useTriageDoc(doc: Y.Doc): TriageDocValue {
  return useDocValue(doc, readTriageValue);
}

/** The leefgebieden document's content (with stale markers for today), live. */
export function useLeefgebiedenDoc(doc: Y.Doc): LeefgebiedenDocValue {
  return useDocValue(doc, readLeefgebiedenValue);
}

/** `triageCase` over both documents, the case kind and its partners. */
export function useTriageResult(
  triageDoc: Y.Doc,
  leefgebiedenDoc: Y.Doc,
  kind: CaseKind,
  partners: readonly Organisation[],
): TriageResult {
  const triage = useTriageDoc(triageDoc);
  const leefgebieden = useLeefgebiedenDoc(leefgebiedenDoc);
  return useMemo(
    () =>
      triageCase(triageInputFromDocs({ triage, leefgebieden, kind, partners, today: todayIso() })),
    [triage, leefgebieden, kind, partners],
  );
}
