/**
 * The plan's action item as a ProseMirror block node. The client's Tiptap node and the server's
 * action extractor both use these names, so the structure is defined once:
 *
 *   Y.XmlElement("actionItem") with string attributes (absent when empty) and Y.XmlText children
 *   holding the action text (inline content, marks allowed).
 *
 * `responsible` is "user:<userId>" for a Casustafel user, otherwise the free-text name said at
 * the table (see parseResponsible in shared/domain/action.ts).
 */

/** The ProseMirror node name (and Y.XmlElement nodeName) of an action item. */
export const ACTION_ITEM_NODE = "actionItem";

/** Attribute names of the action item node, one constant per attribute. */
export const ACTION_ITEM_ATTRS = {
  id: "id",
  organisationId: "organisationId",
  responsible: "responsible",
  dueDate: "dueDate",
  status: "status",
  kind: "kind",
  leefgebied: "leefgebied",
  completedAt: "completedAt",
  completedBy: "completedBy",
  vervallenReden: "vervallenReden",
} as const;

/** One attribute name of the action item node. */
export type ActionItemAttr = (typeof ACTION_ITEM_ATTRS)[keyof typeof ACTION_ITEM_ATTRS];

/** Every attribute name, for a Tiptap node's `addAttributes` (each defaults to null). */
export const ACTION_ITEM_ATTR_NAMES: readonly ActionItemAttr[] = Object.values(ACTION_ITEM_ATTRS);
