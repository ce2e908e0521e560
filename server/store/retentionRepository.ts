/** The retention period the beheerder set, and the report facts kept of destroyed cases. */
import type { Persist, RetiredCaseFacts, StoreData } from "./schema.js";

/** Reads and writes the retention setting and the retired case facts. */
export class RetentionRepository {
  constructor(
    private readonly data: StoreData,
    private readonly persist: Persist,
  ) {}

  /** Months a closed case is kept after its closing date. */
  get months(): number {
    return this.data.settings.retentionMonths;
  }

  /** False while a store upgraded from before retention waits for a beheerder to choose a period. */
  get confirmed(): boolean {
    return this.data.settings.retentionConfirmed;
  }

  /** Sets the retention period (validated by the caller); setting it confirms it. */
  async setMonths(months: number): Promise<void> {
    this.data.settings.retentionMonths = months;
    this.data.settings.retentionConfirmed = true;
    await this.persist();
  }

  /** The facts kept of the destroyed cases of a region. */
  retiredOf(regio: string): readonly RetiredCaseFacts[] {
    return this.data.retiredCases.filter((r) => r.regio === regio);
  }

  /** Keeps a destroyed case's facts; written with the rest of its removal (`Store.purgeCase`). */
  retireUnsaved(facts: RetiredCaseFacts): void {
    this.data.retiredCases.push(facts);
  }
}
