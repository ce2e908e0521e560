/**
 * Cleans HTML from the clipboard before the editor parses it. The editor's schema already drops
 * what it does not know, but pasted HTML is untrusted, so it is reduced to an allowlist first:
 * no scripts, frames, forms or media (so no external images), no event handlers, styles or
 * classes, only safe link targets, and every link gets rel="noopener noreferrer".
 */

/** Elements removed with everything inside them. */
const DROPPED = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "img",
  "picture",
  "source",
  "video",
  "audio",
  "track",
  "svg",
  "math",
  "canvas",
  "link",
  "meta",
  "base",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "template",
  "noscript",
  "title",
  "head",
]);

/** Elements kept (with only their allowed attributes); anything else is replaced by its children. */
const KEPT = new Set([
  "p",
  "br",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "s",
  "strike",
  "del",
  "code",
  "pre",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "hr",
  "a",
  "div",
  "span",
]);

/** The rel every pasted link carries. */
export const SAFE_LINK_REL = "noopener noreferrer";

const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

/** True when `href` is a web, mail or phone link (no javascript:, data:, file: ...). */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href.trim());
}

/** Allowed attributes of a kept element: links keep a safe href, action items their data-*. */
function cleanAttributes(element: Element): void {
  const tag = element.tagName.toLowerCase();
  for (const { name } of Array.from(element.attributes)) {
    const keep =
      (tag === "a" && name === "href" && isSafeHref(element.getAttribute("href") ?? "")) ||
      (tag === "div" && name.startsWith("data-"));
    if (!keep) element.removeAttribute(name);
  }
  if (tag === "a") {
    element.setAttribute("rel", SAFE_LINK_REL);
  }
}

/** Cleans `parent`'s subtree in place. */
function cleanChildren(parent: Node): void {
  for (const child of Array.from(parent.childNodes)) {
    if (
      child.nodeType === Node.COMMENT_NODE ||
      child.nodeType === Node.PROCESSING_INSTRUCTION_NODE
    ) {
      child.remove();
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = element.tagName.toLowerCase();
    if (DROPPED.has(tag)) {
      element.remove();
      continue;
    }
    cleanChildren(element);
    if (KEPT.has(tag)) cleanAttributes(element);
    else element.replaceWith(...Array.from(element.childNodes));
  }
}

/** The pasted HTML reduced to the allowlist; parsed in an inert document (nothing loads or runs). */
export function sanitizePastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  cleanChildren(doc.body);
  return doc.body.innerHTML;
}
