/** Cases (casussen) and their participants. */
import type { Case, CaseParticipant } from "../../shared/domain/case.js";
import type { AccessChange, Persist, StoreData } from "./schema.js";

/** Reads and writes cases. */
export class CaseRepository {
  constructor(
    private readonly data: StoreData,
    private readonly persist: Persist,
    private readonly notify: (change: AccessChange) => void,
  ) {}

  /** One case by id. */
  get(id: string): Case | undefined {
    return this.data.cases.find((c) => c.id === id);
  }

  /** All cases (callers filter by policy before anything leaves the server). */
  list(): readonly Case[] {
    return this.data.cases;
  }

  /** Adds cases. */
  async add(...cases: Case[]): Promise<void> {
    this.data.cases.push(...cases);
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
}
