/** The tabs that switch between the case's documents (WAI-ARIA tabs: arrows, Home and End). */
import { useRef, type KeyboardEvent } from "react";
import { DOC_KIND_LABELS } from "../../shared/docs/docKinds.js";
import { CASE_DOC_KINDS, type CaseDocKind } from "../../shared/wire/docNames.js";
import { messages } from "../i18n/messages.js";

/** The id of a document's tab. */
export function tabId(kind: CaseDocKind): string {
  return `cw-tab-${kind}`;
}

/** The id of a document's panel. */
export function tabPanelId(kind: CaseDocKind): string {
  return `cw-tabpanel-${kind}`;
}

/** The tab list; only the active tab is in the tab order, arrows move between tabs. */
export function DocumentTabs({
  active,
  onSelect,
}: {
  active: CaseDocKind;
  onSelect: (kind: CaseDocKind) => void;
}) {
  const refs = useRef(new Map<CaseDocKind, HTMLButtonElement>());
  const move = (event: KeyboardEvent, index: number) => {
    const last = CASE_DOC_KINDS.length - 1;
    const target =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const kind = CASE_DOC_KINDS[target];
    if (kind === undefined) return;
    onSelect(kind);
    refs.current.get(kind)?.focus();
  };
  return (
    <div className="cw-tabs" role="tablist" aria-label={messages.caseWorkspace.documents}>
      {CASE_DOC_KINDS.map((kind, index) => (
        <button
          key={kind}
          ref={(el) => {
            if (el === null) refs.current.delete(kind);
            else refs.current.set(kind, el);
          }}
          type="button"
          role="tab"
          id={tabId(kind)}
          aria-selected={kind === active}
          aria-controls={tabPanelId(kind)}
          tabIndex={kind === active ? 0 : -1}
          className="cw-tab"
          onClick={() => onSelect(kind)}
          onKeyDown={(e) => move(e, index)}
        >
          {DOC_KIND_LABELS[kind]}
        </button>
      ))}
    </div>
  );
}
