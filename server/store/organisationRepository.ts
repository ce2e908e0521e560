/** Partner organisations of the region. */
import type { Organisation } from "../../shared/domain/organisation.js";
import type { Persist, StoreData } from "./schema.js";

/** Reads and writes partner organisations. */
export class OrganisationRepository {
  constructor(
    private readonly data: StoreData,
    private readonly persist: Persist,
  ) {}

  /** All organisations, by name. */
  list(): Organisation[] {
    return [...this.data.organisations].sort((a, b) => a.name.localeCompare(b.name, "nl"));
  }

  /** One organisation, or undefined. */
  get(id: string): Organisation | undefined {
    return this.data.organisations.find((o) => o.id === id);
  }

  /** Adds organisations (demo seeding, administration). */
  async add(...organisations: Organisation[]): Promise<void> {
    this.data.organisations.push(...organisations);
    await this.persist();
  }
}
