/** "Keten controleren": asks the server to check the trail's hash chain and shows the outcome. */
import { useState } from "react";
import type { AuditChainCheck } from "../../shared/api/audit.js";
import { errorMessage } from "../api/errorMessage.js";
import { messages } from "../i18n/messages.js";
import { fetchChainCheck } from "./auditApi.js";

const t = messages.audit;

type CheckState =
  | { status: "idle" }
  | { status: "checking" }
  | { status: "done"; check: AuditChainCheck }
  | { status: "failed"; message: string };

/**
 * What is wrong with a chain that does not hold, in Dutch: an anchor not signed with the server's
 * key, missing newest lines, or where it breaks.
 */
export function chainProblem(check: AuditChainCheck): string {
  if (!check.anchorUnsigned) return chainBreak(check);
  const broken = check.firstBadSeq !== null || check.newestMissing;
  return broken ? `${t.chainAnchorUnsigned} ${chainBreak(check)}` : t.chainAnchorUnsigned;
}

/** Where the chain breaks, or that its newest lines are missing. */
function chainBreak(check: AuditChainCheck): string {
  const seq = check.firstBadSeq ?? check.checked + 1;
  if (check.newestMissing && check.firstBadLine === null) {
    return t.chainNewestMissing(check.checked, check.anchoredSeq ?? seq);
  }
  const place = check.firstBadLine === null ? "" : t.chainPlace(check.firstBadLine);
  const missing = check.missing === null ? "" : t.chainMissing(check.missing);
  const newest = check.newestMissing ? t.chainAlsoNewestMissing : "";
  return `${t.chainBroken(seq)}${place}${missing}${newest}`;
}

/** The chain check panel. */
export function ChainCheck() {
  const [state, setState] = useState<CheckState>({ status: "idle" });
  const check = () => {
    if (state.status === "checking") return;
    setState({ status: "checking" });
    fetchChainCheck().then(
      (result) => setState({ status: "done", check: result }),
      (error: unknown) => setState({ status: "failed", message: errorMessage(error) }),
    );
  };
  return (
    <section className="audit-chain" aria-labelledby="audit-chain-title">
      <h2 id="audit-chain-title">{t.chainTitle}</h2>
      <p className="muted">{t.chainIntro}</p>
      <button
        type="button"
        className="button"
        aria-disabled={state.status === "checking"}
        onClick={check}
      >
        {state.status === "checking" ? t.chainChecking : t.chainCheck}
      </button>
      <div role="status" className="audit-chain-result">
        {state.status === "done" &&
          (state.check.ok ? (
            <p className="notice notice-info">{t.chainOk(state.check.checked)}</p>
          ) : (
            <p className="notice notice-error">{chainProblem(state.check)}</p>
          ))}
        {state.status === "done" && !state.check.anchorKeyed && (
          <p className="notice notice-warning">{t.chainUnkeyed}</p>
        )}
      </div>
      {state.status === "failed" && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
