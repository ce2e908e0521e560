/**
 * Plan balance (domain.md §6): a case that needs cooperation across chains (criterion 2) should
 * have both zorg actions and straf/dwang/drang actions. This warns when one side is missing.
 */
import type { ActionKind, ActionStatus } from "../domain/action.js";
import type { Answer, TriageCriterion } from "../domain/triage.js";

/** What the balance looks at per action. */
export interface BalanceAction {
  kind: ActionKind | null;
  status: ActionStatus | null;
}

/** The result: counts per kind, whether both are needed, and Dutch warnings (empty when fine). */
export interface PlanBalance {
  needsBoth: boolean;
  zorg: number;
  straf: number;
  withoutKind: number;
  warnings: string[];
}

/**
 * Checks the plan's mix of actions against the triage; `triage` is a TriageResult or anything
 * with its per-criterion answers. Vervallen actions do not count.
 */
export function planBalance(
  actions: readonly BalanceAction[],
  triage: { criteria: ReadonlyArray<{ id: TriageCriterion; answer: Answer }> } | null,
): PlanBalance {
  const live = actions.filter((a) => a.status !== "vervallen");
  const zorg = live.filter((a) => a.kind === "zorg").length;
  const straf = live.filter((a) => a.kind === "straf").length;
  const withoutKind = live.length - zorg - straf;
  const needsBoth =
    triage?.criteria.some((c) => c.id === "ketensamenwerking" && c.answer === "ja") ?? false;

  const warnings: string[] = [];
  if (needsBoth && zorg === 0 && straf === 0) {
    warnings.push(
      "Deze casus vraagt samenwerking tussen ketens, maar het plan heeft nog geen zorgacties en geen straf-, dwang- of drangacties.",
    );
  } else if (needsBoth && zorg === 0) {
    warnings.push(
      "Het plan heeft alleen straf-, dwang- en drangacties, terwijl deze casus samenwerking tussen ketens vraagt. Voeg zorg of ondersteuning toe.",
    );
  } else if (needsBoth && straf === 0) {
    warnings.push(
      "Het plan heeft alleen zorgacties, terwijl deze casus samenwerking tussen ketens vraagt. Voeg straf, dwang of drang toe.",
    );
  }
  if (withoutKind > 0) {
    warnings.push(
      withoutKind === 1
        ? "1 actie heeft nog geen soort (zorg of straf, dwang en drang)."
        : `${withoutKind} acties hebben nog geen soort (zorg of straf, dwang en drang).`,
    );
  }
  return { needsBoth, zorg, straf, withoutKind, warnings };
}
