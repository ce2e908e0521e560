/**
 * Loads every document template from disk once, at start-up, and checks it: each file must exist,
 * parse as JSON, match the template format (shared/templates/templateSchema.ts) and convert into a
 * Yjs document. Any problem stops start-up with one message that lists every broken file, so a
 * bad template is found by whoever deploys it and never by a user opening a new document.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import * as Y from "yjs";
import type { z } from "zod";
import type { CaseKind } from "../../shared/domain/case.js";
import {
  TemplateDocumentSchema,
  type TemplateDocument,
} from "../../shared/templates/templateSchema.js";
import {
  expectedTemplates,
  TEMPLATE_DIRECTORIES,
  TEMPLATE_DOC_KINDS,
  type TemplateDocKind,
  type TemplateSet,
} from "../../shared/templates/templateSet.js";
import { seedProseDocument } from "../../shared/templates/writeTemplate.js";

/** Raised when the templates cannot be used; start-up stops on it. */
export class TemplateLoadError extends Error {
  override name = "TemplateLoadError";
}

/** Reads and checks every template under `templatesDir`; throws `TemplateLoadError` listing all problems. */
export async function loadTemplates(templatesDir: string): Promise<TemplateSet> {
  const problems: string[] = [];
  const found: Partial<Record<TemplateDocKind, Partial<Record<CaseKind, TemplateDocument>>>> = {};
  for (const { docKind, caseKind, path } of expectedTemplates()) {
    const template = await readTemplate(join(templatesDir, path), path, problems);
    if (template !== null) (found[docKind] ??= {})[caseKind] = template;
  }
  problems.push(...(await unexpectedFiles(templatesDir)));
  if (problems.length > 0) {
    throw new TemplateLoadError(
      `The document templates in ${templatesDir} cannot be used:\n  ${problems.join("\n  ")}`,
    );
  }
  return found as TemplateSet;
}

/** One template file, or null after adding what is wrong with it to `problems`. */
async function readTemplate(
  file: string,
  path: string,
  problems: string[],
): Promise<TemplateDocument | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    problems.push(`${path}: missing (every kind of casusoverleg needs this template)`);
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error: unknown) {
    problems.push(
      `${path}: not valid JSON (${error instanceof Error ? error.message : "parse error"})`,
    );
    return null;
  }
  const parsed = TemplateDocumentSchema.safeParse(json);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => `${path}: ${describeIssue(issue)}`));
    return null;
  }
  try {
    // A trial write proves the server can seed from it (ProseMirror's own content rules).
    seedProseDocument(new Y.Doc(), parsed.data);
  } catch (error: unknown) {
    problems.push(`${path}: ${error instanceof Error ? error.message : "cannot be written"}`);
    return null;
  }
  return parsed.data;
}

/** "at content[3].type: Invalid input" — where in the document the problem is. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path
    .map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`))
    .join("")
    .replace(/^\./, "");
  return where === "" ? issue.message : `at ${where}: ${issue.message}`;
}

/** Files in a template directory that no kind of casusoverleg uses (a typo would go unnoticed). */
async function unexpectedFiles(templatesDir: string): Promise<string[]> {
  const expected = new Set(expectedTemplates().map((t) => t.path));
  const problems: string[] = [];
  for (const docKind of TEMPLATE_DOC_KINDS) {
    const directory = TEMPLATE_DIRECTORIES[docKind];
    const names = await readdir(join(templatesDir, directory)).catch(() => []);
    for (const name of names) {
      const path = `${directory}/${name}`;
      if (!expected.has(path)) {
        problems.push(`${path}: not a known kind of casusoverleg (see CASE_KINDS)`);
      }
    }
  }
  return problems;
}
