/** Frozen verslagen: dated, numbered versions per case per overleg; never changed once written. */
import type { Persist, StoreData, VerslagRecord } from "../store/schema.js";

/** Reads and appends verslag versions. */
export class VerslagRepository {
  constructor(
    private readonly data: StoreData,
    private readonly persist: Persist,
  ) {}

  /** Every version for one slot of one overleg, oldest first. */
  versionsOf(meetingId: string, agendaItemId: string): VerslagRecord[] {
    return this.data.verslagen.filter(
      (v) => v.meetingId === meetingId && v.agendaItemId === agendaItemId,
    );
  }

  /** Appends a new version; its number follows the highest so far. */
  async freeze(record: Omit<VerslagRecord, "version">): Promise<VerslagRecord> {
    const before = this.versionsOf(record.meetingId, record.agendaItemId);
    const version = before.reduce((max, v) => Math.max(max, v.version), 0) + 1;
    const frozen: VerslagRecord = { ...record, version };
    this.data.verslagen.push(frozen);
    await this.persist();
    return frozen;
  }
}
