/**
 * Which templates exist and where each lives: one casusanalyse and one plan van aanpak per kind
 * of casusoverleg, stored as `<directory>/<caseKind>.json` under the templates directory, e.g.
 * `casusanalyse/nazorg.json` and `plan/nazorg.json`.
 */
import { CASE_KINDS, type CaseKind } from "../domain/case.js";
import type { DocKind } from "../docs/docKinds.js";
import type { TemplateDocument } from "./templateSchema.js";

/** The document kinds that start from a template. */
export const TEMPLATE_DOC_KINDS = ["analyse", "plan"] as const satisfies readonly DocKind[];

/** A document kind that starts from a template. */
export type TemplateDocKind = (typeof TEMPLATE_DOC_KINDS)[number];

/** The directory (under the templates directory) holding each document kind's templates. */
export const TEMPLATE_DIRECTORIES: Record<TemplateDocKind, string> = {
  analyse: "casusanalyse",
  plan: "plan",
};

/** Every template, by document kind and kind of casusoverleg. */
export type TemplateSet = Record<TemplateDocKind, Record<CaseKind, TemplateDocument>>;

/** True when documents of `kind` start from a template. */
export function isTemplateDocKind(kind: string): kind is TemplateDocKind {
  return (TEMPLATE_DOC_KINDS as readonly string[]).includes(kind);
}

/** The file name of a template inside its directory, e.g. `nazorg.json`. */
export function templateFileName(caseKind: CaseKind): string {
  return `${caseKind}.json`;
}

/** The relative path of every template that must exist, with what it is for. */
export function expectedTemplates(): {
  docKind: TemplateDocKind;
  caseKind: CaseKind;
  path: string;
}[] {
  return TEMPLATE_DOC_KINDS.flatMap((docKind) =>
    CASE_KINDS.map((caseKind) => ({
      docKind,
      caseKind,
      path: `${TEMPLATE_DIRECTORIES[docKind]}/${templateFileName(caseKind)}`,
    })),
  );
}
