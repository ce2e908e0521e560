/** Cases (casussen), their participants, registration, triage summary and decisions. */
import type { CaseErasureReason } from "../../shared/api/caseErasure.js";
import type { TriageSummary } from "../../shared/api/cases.js";
import type { CaseParticipant, CasePhase } from "../../shared/domain/case.js";
import type {
  AccessChange,
  CaseRecord,
  Persist,
  PhaseChangeRecord,
  RetentionExtensionRecord,
  RetiredCaseFacts,
  StoreData,
  TriageBesluitRecord,
} from "./schema.js";

/** Reads and writes cases. */
export class CaseRepository {
  /**
   * The stored cases by id. Lookups by id sit on every path (policies, the audit trail's persons
   * concerned per listed case), so they must not walk the whole list; `add` is the only way in.
   */
  private readonly byId = new Map<string, CaseRecord>();

  constructor(
    private readonly data: StoreData,
    private readonly persist: Persist,
    private readonly notify: (change: AccessChange) => void,
  ) {
    for (const c of data.cases) this.byId.set(c.id, c);
  }

  /** One case by id. */
  get(id: string): CaseRecord | undefined {
    return this.byId.get(id);
  }

  /** All cases (callers filter by policy before anything leaves the server). */
  list(): readonly CaseRecord[] {
    return this.data.cases;
  }

  /** Adds cases. */
  async add(...cases: CaseRecord[]): Promise<void> {
    this.data.cases.push(...cases);
    for (const c of cases) this.byId.set(c.id, c);
    await this.persist();
  }

  /** Replaces a case's participants; connected sockets of the case are re-checked. */
  async setParticipants(caseId: string, participants: CaseParticipant[]): Promise<void> {
    const found = this.get(caseId);
    if (!found) return;
    found.participants = participants;
    found.updatedAt = new Date().toISOString();
    await this.persist();
    this.notify({ caseId });
  }

  /**
   * Stores the engine's latest outcome. Returns false (and writes nothing) when the case is gone
   * or nothing the list shows changed, so a stream of edits does not rewrite the store each time.
   */
  async setTriageSummary(
    caseId: string,
    summary: TriageSummary,
    phase?: CasePhase,
  ): Promise<boolean> {
    const found = this.get(caseId);
    if (!found) return false;
    const before = found.triageSummary;
    const unchanged =
      before !== undefined &&
      (phase === undefined || phase === found.phase) &&
      JSON.stringify({ ...before, computedAt: "" }) ===
        JSON.stringify({ ...summary, computedAt: "" });
    if (unchanged) return false;
    found.triageSummary = summary;
    if (phase !== undefined && phase !== found.phase) {
      found.phase = phase;
      found.updatedAt = summary.computedAt;
    }
    await this.persist();
    return true;
  }

  /** Records a triage decision with the phase it leads to (and the chair, when new to the case). */
  async addTriageBesluit(
    caseId: string,
    besluit: TriageBesluitRecord,
    phase: CasePhase,
    participants: CaseParticipant[],
  ): Promise<void> {
    const found = this.get(caseId);
    if (!found) return;
    found.triageBesluiten = [...(found.triageBesluiten ?? []), besluit];
    found.phase = phase;
    found.participants = participants;
    found.updatedAt = besluit.computedAt;
    await this.persist();
    // A closed case is read-only for everyone: open sockets must be downgraded.
    this.notify({ caseId });
  }

  /** Adds an extension of a closed case's retention. */
  async addRetentionExtension(caseId: string, extension: RetentionExtensionRecord): Promise<void> {
    const found = this.get(caseId);
    if (!found) return;
    found.retentionExtensions = [...(found.retentionExtensions ?? []), extension];
    await this.persist();
  }

  /** Marks one of a case's retention extensions (by its place) withdrawn. */
  async withdrawRetentionExtension(
    caseId: string,
    index: number,
    withdrawn: { by: string; at: string },
  ): Promise<void> {
    const extension = this.get(caseId)?.retentionExtensions?.[index];
    if (!extension) return;
    extension.withdrawn = withdrawn;
    await this.persist();
  }

  /**
   * Starts destroying a case: from now on nobody sees it, and open sockets on it re-check and
   * close. `facts` is what the reports keep of it once it is gone (null: nothing); `erasure` says
   * why a registration made in error goes.
   */
  async markDestroying(
    caseId: string,
    since: string,
    facts: RetiredCaseFacts | null,
    erasure?: { reden: CaseErasureReason },
  ): Promise<void> {
    const found = this.get(caseId);
    if (!found || found.destroying) return;
    found.destroying = erasure ? { since, facts, erasure } : { since, facts };
    await this.persist();
    this.notify({ caseId });
  }

  /**
   * Takes a destroyed case and its phase history out of the store's data; written with the rest
   * of its removal (`Store.purgeCase`). Returns the number of phase changes removed.
   */
  forgetUnsaved(caseId: string): number {
    this.byId.delete(caseId);
    this.data.cases = this.data.cases.filter((c) => c.id !== caseId);
    const before = this.data.phaseChanges.length;
    this.data.phaseChanges = this.data.phaseChanges.filter((p) => p.caseId !== caseId);
    return before - this.data.phaseChanges.length;
  }

  /** Remembers that a user opened the case (it is no longer new to them). */
  async markSeen(caseId: string, userId: string): Promise<void> {
    const found = this.get(caseId);
    if (!found || found.seenBy?.includes(userId)) return;
    found.seenBy = [...(found.seenBy ?? []), userId];
    await this.persist();
  }

  /**
   * Every phase change of one case, oldest first: from an overleg, or on its page after afschaling.
   */
  phaseHistory(caseId: string): PhaseChangeRecord[] {
    return this.data.phaseChanges.filter((p) => p.caseId === caseId);
  }

  /** The latest afschaling record of a case, if any. */
  latestAfschaling(caseId: string): PhaseChangeRecord | undefined {
    return this.phaseHistory(caseId)
      .filter((p) => p.afschaling !== undefined)
      .at(-1);
  }

  /** Sets the case's phase and records the change; a closed case turns read-only, so re-check. */
  async changePhase(record: PhaseChangeRecord): Promise<void> {
    const found = this.get(record.caseId);
    if (!found) return;
    found.phase = record.to;
    found.updatedAt = record.at;
    this.data.phaseChanges.push(record);
    await this.persist();
    this.notify({ caseId: record.caseId });
  }
}
