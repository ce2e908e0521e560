/**
 * The React node view of an action item: the action text (editable in place, part of the
 * document) above its fields. Each field writes one node attribute, so concurrent edits of
 * different fields by different partners never collide.
 */
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useId, useSyncExternalStore } from "react";
import {
  ACTION_KIND_LABELS,
  ACTION_KINDS,
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  isActionOverdue,
  type ActionStatus,
} from "../../../shared/domain/action.js";
import { ACTION_ITEM_ATTRS } from "../../../shared/docs/actionItemNode.js";
import { LEEFGEBIED_LABELS, LEEFGEBIEDEN } from "../../../shared/domain/leefgebied.js";
import { todayIso } from "../../case/caseContext.js";
import { DraftText } from "../../case/fields/DraftText.js";
import { messages } from "../../i18n/messages.js";
import { setActionItemAttrs, type ActionItemAttrPatch } from "./actionItemAttrs.js";
import type { ActionItemContext, ActionItemContextSource } from "./actionItemContext.js";
import { organisationChoices } from "./organisationChoices.js";
import {
  organisationPatch,
  personLabel,
  responsiblePatch,
  responsibleSuggestions,
  responsibleText,
} from "./responsibleField.js";

const t = messages.caseWorkspace.action;

/** The attribute as a string ("" when absent). */
function attr(attrs: Record<string, unknown>, name: string): string {
  const value = attrs[name];
  return typeof value === "string" ? value : "";
}

const NO_SOURCE = {
  get: (): null => null,
  subscribe: () => () => undefined,
};

/** The context as it is now, following its changes; null without one. */
function useActionItemContext(source: ActionItemContextSource | null): ActionItemContext | null {
  const from = source ?? NO_SOURCE;
  return useSyncExternalStore<ActionItemContext | null>(from.subscribe, from.get);
}

/** One action item with its fields. */
export function ActionItemView({ node, updateAttributes, editor, extension }: ReactNodeViewProps) {
  const base = useId();
  const context = useActionItemContext(
    (extension.options as { context: ActionItemContextSource | null }).context,
  );
  const attrs = node.attrs as Record<string, unknown>;
  const disabled = !editor.isEditable;
  const status = (attr(attrs, ACTION_ITEM_ATTRS.status) || "open") as ActionStatus;
  const organisationId = attr(attrs, ACTION_ITEM_ATTRS.organisationId);
  const responsible = attr(attrs, ACTION_ITEM_ATTRS.responsible);
  const kind = attr(attrs, ACTION_ITEM_ATTRS.kind);
  const people = context?.people ?? [];
  const set = (name: string, value: string) =>
    updateAttributes({ [name]: value === "" ? null : value });
  // A text field may write its last draft as the editor goes away, after Tiptap tore down this
  // view (and its `updateAttributes`): it finds the action by id instead.
  const actionId = attr(attrs, ACTION_ITEM_ATTRS.id);
  const setFromText = (patch: ActionItemAttrPatch) => {
    if (actionId === "") {
      updateAttributes(patch);
      return;
    }
    if (editor.isDestroyed) return;
    editor.commands.command(({ tr }) => setActionItemAttrs(tr, actionId, patch));
  };
  const setText = (name: string, value: string) =>
    setFromText({ [name]: value === "" ? null : value });

  const setStatus = (next: string) => {
    const done = next === "afgerond";
    updateAttributes({
      [ACTION_ITEM_ATTRS.status]: next,
      [ACTION_ITEM_ATTRS.completedAt]: done ? new Date().toISOString() : null,
      [ACTION_ITEM_ATTRS.completedBy]: done ? (context?.userId ?? null) : null,
      [ACTION_ITEM_ATTRS.vervallenReden]:
        next === "vervallen" ? (attrs[ACTION_ITEM_ATTRS.vervallenReden] ?? null) : null,
    });
  };

  const incomplete =
    node.textContent.trim() === "" ||
    organisationId === "" ||
    responsible === "" ||
    attr(attrs, ACTION_ITEM_ATTRS.dueDate) === "" ||
    kind === "";

  const overdue = isActionOverdue(
    { status, dueDate: attr(attrs, ACTION_ITEM_ATTRS.dueDate) },
    todayIso(),
  );

  return (
    <NodeViewWrapper
      className={`cw-action cw-action-${status}`}
      data-action-id={attr(attrs, ACTION_ITEM_ATTRS.id)}
      role="group"
      aria-labelledby={`${base}-label`}
    >
      <div className="cw-action-head" contentEditable={false}>
        <span id={`${base}-label`} className="cw-action-label">
          {t.label}
        </span>
        <span className="cw-action-status-tag">{ACTION_STATUS_LABELS[status]}</span>
        {incomplete && <span className="cw-action-incomplete">{t.incomplete}</span>}
        {overdue && <span className="cw-action-late">{t.late}</span>}
      </div>
      <NodeViewContent className="cw-action-text" aria-label={t.text} />
      <div className="cw-action-fields" contentEditable={false}>
        <div className="field-compact">
          <label htmlFor={`${base}-org`}>{t.organisation}</label>
          <select
            id={`${base}-org`}
            value={organisationId}
            disabled={disabled}
            onChange={(e) =>
              updateAttributes(organisationPatch(e.target.value, responsible, people))
            }
          >
            <option value="">{t.chooseOrganisation}</option>
            {organisationChoices(
              context?.organisations ?? [],
              organisationId,
              context?.organisationNames ?? {},
            ).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field-compact cw-action-responsible">
          <label htmlFor={`${base}-resp`}>{t.responsible}</label>
          {/* A team member picked or typed by name is stored as that user (responsibleField.ts). */}
          <DraftText
            id={`${base}-resp`}
            value={responsibleText(responsible, people)}
            disabled={disabled}
            list={`${base}-people`}
            onCommit={(text) => setFromText(responsiblePatch(text, people, organisationId))}
          />
          <datalist id={`${base}-people`}>
            {responsibleSuggestions(people, organisationId).map((person) => (
              <option key={person.userId} value={personLabel(person)} />
            ))}
          </datalist>
        </div>
        <div className="field-compact">
          <label htmlFor={`${base}-due`}>{t.dueDate}</label>
          <input
            id={`${base}-due`}
            type="date"
            value={attr(attrs, ACTION_ITEM_ATTRS.dueDate)}
            disabled={disabled}
            onChange={(e) => set(ACTION_ITEM_ATTRS.dueDate, e.target.value)}
          />
        </div>
        <div className="field-compact">
          <label htmlFor={`${base}-status`}>{t.status}</label>
          <select
            id={`${base}-status`}
            value={status}
            disabled={disabled}
            onChange={(e) => setStatus(e.target.value)}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="field-compact">
          <label htmlFor={`${base}-kind`}>{t.kind}</label>
          <select
            id={`${base}-kind`}
            value={kind}
            disabled={disabled}
            onChange={(e) => set(ACTION_ITEM_ATTRS.kind, e.target.value)}
          >
            <option value="">{t.chooseKind}</option>
            {ACTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {ACTION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field-compact">
          <label htmlFor={`${base}-lg`}>{t.leefgebied}</label>
          <select
            id={`${base}-lg`}
            value={attr(attrs, ACTION_ITEM_ATTRS.leefgebied)}
            disabled={disabled}
            onChange={(e) => set(ACTION_ITEM_ATTRS.leefgebied, e.target.value)}
          >
            <option value="">{t.noLeefgebied}</option>
            {LEEFGEBIEDEN.map((l) => (
              <option key={l} value={l}>
                {LEEFGEBIED_LABELS[l]}
              </option>
            ))}
          </select>
        </div>
        {status === "vervallen" && (
          <div className="field-compact field-compact-wide">
            <label htmlFor={`${base}-reason`}>{t.vervallenReden}</label>
            <DraftText
              id={`${base}-reason`}
              value={attr(attrs, ACTION_ITEM_ATTRS.vervallenReden)}
              disabled={disabled}
              onCommit={(value) => setText(ACTION_ITEM_ATTRS.vervallenReden, value.trim())}
            />
          </div>
        )}
      </div>
    </NodeViewWrapper>
  );
}
