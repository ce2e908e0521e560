/** The path parameters of the routes under `/api/cases/:id`, checked the same way by each. */
import { z } from "zod";

/** `:id` of a case: a non-empty id of reasonable length (an unknown one answers 404 later). */
export const CaseParamsSchema = z.object({ id: z.string().min(1).max(100) });
