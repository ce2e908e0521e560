/**
 * The format of a document template: a ProseMirror (Tiptap) document in JSON, restricted to what
 * every Casustafel editor holds and what the server can write into a Yjs document — paragraphs,
 * headings (level 2 or 3), bullet and ordered lists, and text marked bold or italic. Anything else
 * (an unknown node, a link, an action item, an unexpected attribute) is refused, so a template can
 * never bring content that an editor would silently drop.
 *
 * A template ends with a paragraph, so there is a line to write on, and so that an editor with
 * StarterKit's trailing node turned on (ours turn it off) would not append one on every client at
 * the same moment.
 */
import { z } from "zod";

/** The marks a template's text may carry, named as ProseMirror and y-prosemirror name them. */
export const TEMPLATE_MARKS = ["bold", "italic"] as const;

/** The heading levels a template may use (the document title is the tab, not a heading). */
export const TEMPLATE_HEADING_LEVELS = [2, 3] as const;

const MarkSchema = z.strictObject({ type: z.enum(TEMPLATE_MARKS) });

/** A run of text with its marks. */
export const TemplateTextSchema = z.strictObject({
  type: z.literal("text"),
  text: z.string().min(1, "a text node needs text"),
  marks: z
    .array(MarkSchema)
    .refine((marks) => new Set(marks.map((m) => m.type)).size === marks.length, "a mark repeats")
    .optional(),
});

/** A paragraph; without content it is an empty line to write in. */
export const TemplateParagraphSchema = z.strictObject({
  type: z.literal("paragraph"),
  content: z.array(TemplateTextSchema).optional(),
});

/** A section heading. */
export const TemplateHeadingSchema = z.strictObject({
  type: z.literal("heading"),
  attrs: z.strictObject({ level: z.literal(TEMPLATE_HEADING_LEVELS) }),
  content: z.array(TemplateTextSchema).min(1, "a heading needs text"),
});

/** A list item: a paragraph, optionally followed by paragraphs and nested lists. */
export const TemplateListItemSchema = z.strictObject({
  type: z.literal("listItem"),
  get content() {
    return z
      .array(z.discriminatedUnion("type", [TemplateParagraphSchema, TemplateListSchema]))
      .min(1, "a list item needs a paragraph")
      .refine((items) => items[0]?.type === "paragraph", "a list item starts with a paragraph");
  },
});

/** A bullet list. */
export const TemplateBulletListSchema = z.strictObject({
  type: z.literal("bulletList"),
  get content() {
    return z.array(TemplateListItemSchema).min(1, "a list needs an item");
  },
});

/** An ordered list, optionally starting at another number than 1. */
export const TemplateOrderedListSchema = z.strictObject({
  type: z.literal("orderedList"),
  attrs: z.strictObject({ start: z.int().min(1) }).optional(),
  get content() {
    return z.array(TemplateListItemSchema).min(1, "a list needs an item");
  },
});

/** Either kind of list. */
export const TemplateListSchema = z.discriminatedUnion("type", [
  TemplateBulletListSchema,
  TemplateOrderedListSchema,
]);

/** Any top-level block of a template. */
export const TemplateBlockSchema = z.discriminatedUnion("type", [
  TemplateParagraphSchema,
  TemplateHeadingSchema,
  TemplateBulletListSchema,
  TemplateOrderedListSchema,
]);

/** A whole template document. */
export const TemplateDocumentSchema = z.strictObject({
  type: z.literal("doc"),
  content: z
    .array(TemplateBlockSchema)
    .min(1, "a template needs content")
    .refine(
      (blocks) => blocks[blocks.length - 1]?.type === "paragraph",
      "a template ends with a paragraph (the editor would add one on every client)",
    ),
});

/** A run of text in a template. */
export type TemplateText = z.infer<typeof TemplateTextSchema>;

/** A top-level block of a template. */
export type TemplateBlock = z.infer<typeof TemplateBlockSchema>;

/** A validated template document (ProseMirror JSON). */
export type TemplateDocument = z.infer<typeof TemplateDocumentSchema>;
