/**
 * Cleans HTML from the clipboard before the editor parses it. The editor's schema already drops
 * what it does not know, but pasted HTML is untrusted, so it is reduced to an allowlist first:
 * no scripts, frames, forms or media (so no external images), no event handlers, styles or
 * classes, only safe link targets, and every link gets rel="noopener noreferrer".
 *
 * Two shapes are rebuilt first, so their structure survives the allowlist: Word's lists (paragraphs
 * marked `mso-list` with the bullet typed out, which would paste as lines starting with "·") become
 * real lists, nested by level; a table (the editor has none) becomes one line per row, its cells
 * separated by "; ", instead of one line per cell.
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

/** Word's mark of a list paragraph and its level: `mso-list:l0 level2 lfo1`. */
const WORD_LIST_LEVEL = /mso-list:\s*l\d+\s+level(\d+)/i;
/** Word's typed-out bullet or number of a list paragraph. */
const WORD_LIST_MARKER = /mso-list:\s*ignore/i;
/** A marker that numbers ("1.", "a)", "iv.") rather than bullets. */
const NUMBERED_MARKER = /^\s*(\d+|[a-z]|[ivxlc]+)[.)]/i;

/** The Word list level of `element` (1 for the top), or null when it is no Word list paragraph. */
function wordListLevel(element: Element): number | null {
  const match = WORD_LIST_LEVEL.exec(element.getAttribute("style") ?? "");
  return match ? Number(match[1]) : null;
}

/** Turns each run of Word list paragraphs into a list, nested by level, without the typed bullets. */
function rebuildWordLists(doc: Document): void {
  for (const first of Array.from(doc.body.querySelectorAll("p"))) {
    if (!first.isConnected || wordListLevel(first) === null) continue;
    const previous = first.previousElementSibling;
    if (previous !== null && wordListLevel(previous) !== null) continue;
    // `first` starts a run: it and the list paragraphs right after it.
    const run: Element[] = [];
    for (let at: Element | null = first; at !== null && wordListLevel(at) !== null;) {
      run.push(at);
      at = at.nextElementSibling;
    }
    const stack: { level: number; list: HTMLElement }[] = [];
    let root: HTMLElement | null = null;
    for (const paragraph of run) {
      const level = wordListLevel(paragraph) ?? 1;
      const marker = Array.from(paragraph.querySelectorAll("[style]")).find((e) =>
        WORD_LIST_MARKER.test(e.getAttribute("style") ?? ""),
      );
      const numbered = NUMBERED_MARKER.test(marker?.textContent ?? "");
      marker?.remove();
      while (stack.length > 0 && (stack.at(-1)?.level ?? 0) > level) stack.pop();
      let top = stack.at(-1);
      if (top === undefined) {
        // The run's first list, or a line less deep than where the run began: the outer list.
        root ??= doc.createElement(numbered ? "ol" : "ul");
        top = { level, list: root };
        stack.push(top);
      } else if (top.level < level) {
        // Deeper: a list inside the last item.
        const list = doc.createElement(numbered ? "ol" : "ul");
        (top.list.lastElementChild ?? top.list).append(list);
        top = { level, list };
        stack.push(top);
      }
      const item = doc.createElement("li");
      item.append(...Array.from(paragraph.childNodes));
      top.list.append(item);
    }
    if (root !== null) first.before(root);
    for (const paragraph of run) paragraph.remove();
  }
}

/** Replaces each table by one paragraph per row, its cells' texts joined by "; ". */
function flattenTables(doc: Document): void {
  for (const table of Array.from(doc.body.querySelectorAll("table")).reverse()) {
    const rows = Array.from(table.querySelectorAll("tr")).map((row) => {
      const cells = Array.from(row.children)
        .map((cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim())
        .filter((text) => text !== "");
      const line = doc.createElement("p");
      line.textContent = cells.join("; ");
      return line;
    });
    table.replaceWith(...rows.filter((line) => line.textContent !== ""));
  }
}

/** The pasted HTML reduced to the allowlist; parsed in an inert document (nothing loads or runs). */
export function sanitizePastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  rebuildWordLists(doc);
  flattenTables(doc);
  cleanChildren(doc.body);
  return doc.body.innerHTML;
}
