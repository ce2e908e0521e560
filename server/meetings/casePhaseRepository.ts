/**
 * Phase changes a chair makes from an overleg (uitvoering, afschaling, gesloten): the case's phase
 * and a history record with the afschaling checklist. Lives beside the meetings because only the
 * overleg moves a case through these phases; see the README for moving it into CaseRepository.
 */
import type { AccessChange, PhaseChangeRecord, Persist, StoreData } from "../store/schema.js";

/** Reads and writes phase changes. */
export class CasePhaseRepository {
  constructor(
    private readonly data: StoreData,
    private readonly persist: Persist,
    private readonly notify: (change: AccessChange) => void,
  ) {}

  /** Every phase change of one case, oldest first. */
  historyOf(caseId: string): PhaseChangeRecord[] {
    return this.data.phaseChanges.filter((p) => p.caseId === caseId);
  }

  /** The latest afschaling record of a case, if any. */
  latestAfschaling(caseId: string): PhaseChangeRecord | undefined {
    return this.historyOf(caseId)
      .filter((p) => p.afschaling !== undefined)
      .at(-1);
  }

  /** Sets the case's phase and records the change; a closed case turns read-only, so re-check. */
  async change(record: PhaseChangeRecord): Promise<void> {
    const found = this.data.cases.find((c) => c.id === record.caseId);
    if (!found) return;
    found.phase = record.to;
    found.updatedAt = record.at;
    this.data.phaseChanges.push(record);
    await this.persist();
    this.notify({ caseId: record.caseId });
  }
}
