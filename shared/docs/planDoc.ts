/**
 * Action items inside the plan van aanpak (a prose document, see proseDoc.ts). The reader walks
 * the whole fragment, also inside lists and other blocks, and reports every action item it finds:
 * an item with missing or invalid fields is returned as `onvolledig` with Dutch reasons, never
 * dropped, so nothing agreed at the table silently disappears from action tracking.
 */
import * as Y from "yjs";
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  ActionItemSchema,
  type ActionItem,
  type ActionKind,
  type ActionStatus,
} from "../domain/action.js";
import { isIsoDate, isIsoDateTime } from "../domain/dates.js";
import { LEEFGEBIEDEN, type Leefgebied } from "../domain/leefgebied.js";
import { ACTION_ITEM_ATTRS, ACTION_ITEM_NODE } from "./actionItemNode.js";
import { inlineText, PROSE_FIELD } from "./proseDoc.js";
import {
  nonEmptyString,
  oneOf,
  topLevelFragment,
  type ReadProblem,
  type ReadResult,
  type Stamp,
} from "./readSupport.js";

/** One action item as read from the plan; fields that could not be read are null. */
export interface PlanActionItem {
  id: string | null;
  text: string;
  organisationId: string | null;
  responsible: string | null;
  dueDate: string | null;
  status: ActionStatus | null;
  kind: ActionKind | null;
  leefgebied: Leefgebied | null;
  completedAt: string | null;
  completedBy: string | null;
  vervallenReden: string | null;
  /** True when anything below is listed in `problems`. */
  onvolledig: boolean;
  /** Dutch reasons the item is incomplete; never repeats the item's content. */
  problems: string[];
  /** The validated item when complete, else null. */
  item: ActionItem | null;
}

/** Every action item element in the fragment, in document order (depth first). */
function actionElements(fragment: Y.XmlFragment): Y.XmlElement[] {
  const found: Y.XmlElement[] = [];
  const visit = (parent: Y.XmlFragment): void => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === ACTION_ITEM_NODE) found.push(child);
      else visit(child);
    }
  };
  visit(fragment);
  return found;
}

/** Reads one action element's attributes and text, listing what is missing or invalid. */
function readActionElement(element: Y.XmlElement, seenIds: Set<string>): PlanActionItem {
  const attrs = element.getAttributes() as Record<string, unknown>;
  const get = (name: string): string | null => nonEmptyString(attrs[name]);
  const problems: string[] = [];

  const id = get(ACTION_ITEM_ATTRS.id);
  if (id === null) problems.push("Actie heeft geen id.");
  else if (seenIds.has(id)) problems.push("Actie heeft dezelfde id als een eerdere actie.");
  if (id !== null) seenIds.add(id);

  const text = inlineText(element).trim();
  if (text === "") problems.push("Actie heeft geen omschrijving.");
  const organisationId = get(ACTION_ITEM_ATTRS.organisationId);
  if (organisationId === null) problems.push("Geen uitvoerende organisatie gekozen.");
  const responsible = get(ACTION_ITEM_ATTRS.responsible);
  if (responsible === null) problems.push("Geen verantwoordelijke genoemd.");

  const rawDue = get(ACTION_ITEM_ATTRS.dueDate);
  const dueDate = rawDue !== null && isIsoDate(rawDue) ? rawDue : null;
  if (rawDue === null) problems.push("Geen deadline ingevuld.");
  else if (dueDate === null) problems.push("Deadline is geen geldige datum.");

  // A freshly inserted node may not carry a status yet: it is open until someone changes it.
  const rawStatus = attrs[ACTION_ITEM_ATTRS.status];
  const status = rawStatus === undefined ? "open" : oneOf(rawStatus, ACTION_STATUSES);
  if (status === null) problems.push("Status is onbekend.");

  const kind = oneOf(attrs[ACTION_ITEM_ATTRS.kind], ACTION_KINDS);
  if (kind === null) problems.push("Niet aangegeven of dit zorg of straf, dwang en drang is.");

  const rawLeefgebied = get(ACTION_ITEM_ATTRS.leefgebied);
  const leefgebied = oneOf(rawLeefgebied, LEEFGEBIEDEN);
  if (rawLeefgebied !== null && leefgebied === null) problems.push("Leefgebied is onbekend.");

  const rawCompletedAt = get(ACTION_ITEM_ATTRS.completedAt);
  const completedAt =
    rawCompletedAt !== null && isIsoDateTime(rawCompletedAt) ? rawCompletedAt : null;
  if (rawCompletedAt !== null && completedAt === null) {
    problems.push("Afrondingsmoment is geen geldig tijdstip.");
  }
  const completedBy = get(ACTION_ITEM_ATTRS.completedBy);
  if (status === "afgerond" && (completedAt === null || completedBy === null)) {
    problems.push("Afgerond zonder vastgelegd wie en wanneer.");
  }
  const vervallenReden = get(ACTION_ITEM_ATTRS.vervallenReden);
  if (status === "vervallen" && vervallenReden === null) problems.push("Vervallen zonder reden.");

  const fields = {
    id,
    text,
    organisationId,
    responsible,
    dueDate,
    status,
    kind,
    leefgebied,
    completedAt,
    completedBy,
    vervallenReden,
  };
  let item: ActionItem | null = null;
  if (problems.length === 0) {
    const parsed = ActionItemSchema.safeParse(
      Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)),
    );
    if (parsed.success) item = parsed.data;
    else problems.push("Actie voldoet niet aan het actieformaat.");
  }
  return { ...fields, onvolledig: problems.length > 0, problems, item };
}

/** Reads every action item in the plan document; never throws on its content. */
export function readActionItems(doc: Y.Doc): ReadResult<PlanActionItem[]> {
  const problems: ReadProblem[] = [];
  const fragment = topLevelFragment(doc, PROSE_FIELD, problems);
  if (fragment === null) return { value: [], problems };
  const seenIds = new Set<string>();
  const value = actionElements(fragment).map((element) => readActionElement(element, seenIds));
  value.forEach((action, index) => {
    if (action.onvolledig) {
      problems.push({
        path: `${PROSE_FIELD}.${ACTION_ITEM_NODE}[${index}]`,
        message: "Actie is onvolledig.",
      });
    }
  });
  return { value, problems };
}

/** The first action item element with `actionId`, or null. */
function findAction(doc: Y.Doc, actionId: string): Y.XmlElement | null {
  const fragment = doc.getXmlFragment(PROSE_FIELD);
  return (
    actionElements(fragment).find((el) => el.getAttribute(ACTION_ITEM_ATTRS.id) === actionId) ??
    null
  );
}

/** Sets or (for null/empty) removes one attribute, mirroring how y-prosemirror stores null. */
function writeAttr(element: Y.XmlElement, name: string, value: string | null | undefined): void {
  if (value === null || value === undefined || value === "") element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Inserts an action item as the plan's top-level block number `at`, at the end when absent (used by
 * the demo data, the server and tests).
 */
export function insertActionItem(doc: Y.Doc, action: ActionItem, at?: number): void {
  doc.transact(() => {
    const element = new Y.XmlElement(ACTION_ITEM_NODE);
    const { text, ...attrs } = action;
    for (const [name, value] of Object.entries(attrs)) writeAttr(element, name, value);
    element.insert(0, [new Y.XmlText(text)]);
    const fragment = doc.getXmlFragment(PROSE_FIELD);
    fragment.insert(Math.min(at ?? fragment.length, fragment.length), [element]);
  });
}

/** The attributes `updateActionItem` may change (text is edited in the editor itself). */
export type ActionItemPatch = Partial<
  Pick<ActionItem, "organisationId" | "responsible" | "dueDate" | "kind" | "leefgebied">
>;

/** Changes attributes of one action item; returns false when no item has `actionId`. */
export function updateActionItem(doc: Y.Doc, actionId: string, patch: ActionItemPatch): boolean {
  const element = findAction(doc, actionId);
  if (element === null) return false;
  doc.transact(() => {
    for (const [name, value] of Object.entries(patch)) writeAttr(element, name, value);
  });
  return true;
}

/** A status change: who and when, and for `vervallen` the reason. */
export interface ActionStatusChange extends Stamp {
  status: ActionStatus;
  vervallenReden?: string;
}

/**
 * Sets an action's status with its bookkeeping: `afgerond` records completedAt/By, `vervallen`
 * records the reason, and any other status clears both. Returns false when no item has `actionId`.
 */
export function setActionStatus(doc: Y.Doc, actionId: string, change: ActionStatusChange): boolean {
  const element = findAction(doc, actionId);
  if (element === null) return false;
  const done = change.status === "afgerond";
  doc.transact(() => {
    writeAttr(element, ACTION_ITEM_ATTRS.status, change.status);
    writeAttr(element, ACTION_ITEM_ATTRS.completedAt, done ? change.at : null);
    writeAttr(element, ACTION_ITEM_ATTRS.completedBy, done ? change.by : null);
    writeAttr(
      element,
      ACTION_ITEM_ATTRS.vervallenReden,
      change.status === "vervallen" ? change.vervallenReden : null,
    );
  });
  return true;
}

/**
 * Gives every action item without an id, or with an id already used earlier in the document
 * (copy and paste duplicates attributes), a fresh id from `newId`. Returns how many changed.
 */
export function ensureUniqueActionIds(doc: Y.Doc, newId: () => string): number {
  const seen = new Set<string>();
  let changed = 0;
  doc.transact(() => {
    for (const element of actionElements(doc.getXmlFragment(PROSE_FIELD))) {
      let id = element.getAttribute(ACTION_ITEM_ATTRS.id);
      if (typeof id !== "string" || id === "" || seen.has(id)) {
        id = newId();
        element.setAttribute(ACTION_ITEM_ATTRS.id, id);
        changed++;
      }
      seen.add(id);
    }
  });
  return changed;
}
