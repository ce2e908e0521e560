/**
 * Frozen verslagen: dated, numbered versions per case per overleg; never changed once written. And
 * the samenvatting the chair is writing for a slot's next version, until that version is fixed.
 */
import type {
  Persist,
  SamenvattingConceptRecord,
  StoreData,
  VerslagRecord,
} from "../store/schema.js";

/** Reads and appends verslag versions; keeps the samenvatting being written. */
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

  /** The latest version of every slot that fixed a verslag of the case (a new list). */
  latestOfCase(caseId: string): VerslagRecord[] {
    const latest = new Map<string, VerslagRecord>();
    for (const v of this.data.verslagen) {
      if (v.caseId !== caseId) continue;
      const key = `${v.meetingId}/${v.agendaItemId}`;
      const before = latest.get(key);
      if (before === undefined || v.version > before.version) latest.set(key, v);
    }
    return [...latest.values()];
  }

  /** The highest version of this slot's verslag so far; undefined before the first. */
  latestOf(meetingId: string, agendaItemId: string): VerslagRecord | undefined {
    return this.versionsOf(meetingId, agendaItemId).reduce<VerslagRecord | undefined>(
      (max, v) => (max === undefined || v.version > max.version ? v : max),
      undefined,
    );
  }

  /** The number the next version of this slot's verslag gets: one above the highest so far. */
  nextVersion(meetingId: string, agendaItemId: string): number {
    return (this.latestOf(meetingId, agendaItemId)?.version ?? 0) + 1;
  }

  /**
   * Appends a new version numbered `nextVersion`; the samenvatting being written for it is in the
   * version now, so its concept goes.
   */
  async freeze(record: Omit<VerslagRecord, "version">): Promise<VerslagRecord> {
    const version = this.nextVersion(record.meetingId, record.agendaItemId);
    const frozen: VerslagRecord = { ...record, version };
    this.data.verslagen.push(frozen);
    this.dropConcept(record.meetingId, record.agendaItemId);
    await this.persist();
    return frozen;
  }

  /** The samenvatting being written for this slot's next version; undefined when none is. */
  conceptOf(meetingId: string, agendaItemId: string): SamenvattingConceptRecord | undefined {
    const next = this.nextVersion(meetingId, agendaItemId);
    return this.data.samenvattingConcepts.find(
      (c) => c.meetingId === meetingId && c.agendaItemId === agendaItemId && c.forVersion === next,
    );
  }

  /** Stores the samenvatting being written for a slot, in place of what was stored before. */
  async saveConcept(record: SamenvattingConceptRecord): Promise<void> {
    this.dropConcept(record.meetingId, record.agendaItemId);
    this.data.samenvattingConcepts.push(record);
    await this.persist();
  }

  /**
   * Removes every verslag of a destroyed case, and any samenvatting being written for one; written
   * with the rest of its removal. Returns the number of versions removed.
   */
  forgetCaseUnsaved(caseId: string): number {
    const before = this.data.verslagen.length;
    this.data.verslagen = this.data.verslagen.filter((v) => v.caseId !== caseId);
    this.data.samenvattingConcepts = this.data.samenvattingConcepts.filter(
      (c) => c.caseId !== caseId,
    );
    return before - this.data.verslagen.length;
  }

  private dropConcept(meetingId: string, agendaItemId: string): void {
    this.data.samenvattingConcepts = this.data.samenvattingConcepts.filter(
      (c) => c.meetingId !== meetingId || c.agendaItemId !== agendaItemId,
    );
  }
}
