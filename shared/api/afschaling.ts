/**
 * Afschaling after the overleg (domain.md §3, step 4: casusregisseur and procesregisseur). The
 * chair starts it at the table; until the case closes, its casusregisseur and the region's
 * procesregisseurs bring the checklist and the hand-back up to date on the case page, and close
 * the case once every criterion is met, without another overleg.
 */
import { z } from "zod";
import { AFSCHALING_CRITERIA, PhaseChangeSchema } from "./meetings.js";

/** The case's latest afschaling as recorded: the checklist, to whom it goes back, and when. */
export const AfschalingViewSchema = z.object({
  criteriaMet: z.array(z.enum(AFSCHALING_CRITERIA)),
  handedBackTo: z.string(),
  toelichting: z.string(),
  at: z.string(),
});

/** `POST /api/cases/:id/afschaling`: the afschaling brought up to date, or the case closed. */
export const AfschalingChangeSchema = PhaseChangeSchema.refine(
  (change) => change.to !== "uitvoering",
  {
    path: ["to"],
    message: "Kies afschaling of gesloten.",
  },
);

/** An afschaling change as the client sends it. */
export type AfschalingChange = z.infer<typeof AfschalingChangeSchema>;
