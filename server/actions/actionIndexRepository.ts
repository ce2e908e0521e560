/**
 * The action index in memory, kept per case and written through per case: reading a case's
 * actions, replacing them after an extraction, the leefgebied scores scoring needs, and the
 * daily job's overdue marks. The only code that touches the index's data.
 */
import type { ActionIndexStorage } from "./actionIndexStorage.js";
import type { CaseActionIndex, IndexedAction, LeefgebiedScores } from "./indexedAction.js";

/** Reads and writes the action index. */
export class ActionIndexRepository {
  private readonly cases = new Map<string, CaseActionIndex>();
  private readonly pending = new Set<Promise<void>>();
  /** Cases removed since start: a late extraction of one must not write its file again. */
  private readonly removed = new Set<string>();

  constructor(private readonly storage: ActionIndexStorage) {}

  /** Loads every stored case index; call once before use. */
  async load(): Promise<void> {
    for (const index of await this.storage.loadAll()) this.cases.set(index.caseId, index);
  }

  /** The actions of one case (live and removed), in plan order. */
  actionsOf(caseId: string): readonly IndexedAction[] {
    return this.cases.get(caseId)?.actions ?? [];
  }

  /** One action by case and key. */
  get(caseId: string, key: string): IndexedAction | undefined {
    return this.actionsOf(caseId).find((action) => action.key === key);
  }

  /** Every case that has an index entry. */
  caseIds(): string[] {
    return [...this.cases.keys()];
  }

  /** The case's leefgebied scores as last read from its leefgebieden document. */
  leefgebiedScoresOf(caseId: string): LeefgebiedScores {
    return this.cases.get(caseId)?.leefgebiedScores ?? {};
  }

  /** Replaces a case's actions (after an extraction) and writes that case's file. */
  replaceActions(caseId: string, actions: IndexedAction[]): Promise<void> {
    this.caseIndex(caseId).actions = actions;
    return this.save(caseId);
  }

  /** Stores the case's leefgebied scores; false (and no write) when they did not change. */
  async setLeefgebiedScores(caseId: string, scores: LeefgebiedScores): Promise<boolean> {
    const index = this.caseIndex(caseId);
    if (JSON.stringify(index.leefgebiedScores) === JSON.stringify(scores)) return false;
    index.leefgebiedScores = scores;
    await this.save(caseId);
    return true;
  }

  /** Marks actions as signalled overdue for their current due date; writes each touched case once. */
  async markOverdueSignalled(actions: readonly IndexedAction[]): Promise<void> {
    const touched = new Set<string>();
    for (const action of actions) {
      const stored = this.get(action.caseId, action.key);
      if (!stored) continue;
      stored.overdueSignalledFor = stored.dueDate;
      touched.add(action.caseId);
    }
    await Promise.all([...touched].map((caseId) => this.save(caseId)));
  }

  /**
   * Deletes a case's index, in memory and on disk (its retention ended); returns how many actions
   * it held. Writes still under way finish first, and none is started for it afterwards.
   */
  async removeCase(caseId: string): Promise<number> {
    const count = this.actionsOf(caseId).length;
    this.removed.add(caseId);
    this.cases.delete(caseId);
    await this.flush();
    await this.storage.remove(caseId);
    return count;
  }

  /** Resolves when every write started so far has finished. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private caseIndex(caseId: string): CaseActionIndex {
    let index = this.cases.get(caseId);
    if (!index) {
      index = { caseId, actions: [], leefgebiedScores: {} };
      this.cases.set(caseId, index);
    }
    return index;
  }

  private save(caseId: string): Promise<void> {
    if (this.removed.has(caseId)) {
      this.cases.delete(caseId);
      return Promise.resolve();
    }
    const write = this.storage.save(this.caseIndex(caseId));
    this.pending.add(write);
    const done = () => this.pending.delete(write);
    write.then(done, done);
    return write;
  }
}
