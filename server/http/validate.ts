/** Schema validation at the edge: one zod schema per input, a 400 naming the field on failure. */
import type { z } from "zod";
import { invalidFieldMessage } from "../../shared/api/fieldLabels.js";
import { badRequest } from "../errors.js";

/** Parses `input` with `schema`, or throws a 400 whose message names the offending field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const message = (issue?.message ?? "onbekende fout").replace(/\.?$/, ".");
  // An issue with the input as a whole (an unknown parameter, a body that is no object) names none.
  if (!issue || issue.path.length === 0) throw badRequest(`Ongeldige invoer: ${message}`);
  throw badRequest(invalidFieldMessage(issue.path, message));
}
