/** Schema validation at the edge: one zod schema per input, a 400 naming the field on failure. */
import type { z } from "zod";
import { invalidInputMessage } from "../../shared/api/fieldLabels.js";
import { badRequest } from "../errors.js";

/** Parses `input` with `schema`, or throws a 400 whose message names the offending field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badRequest(invalidInputMessage(result.error));
}
