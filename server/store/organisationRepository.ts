/** Partner organisations of the region. */
import { normaliseOrganisationName, type Organisation } from "../../shared/domain/organisation.js";
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

  /**
   * The organisation named `name`, compared as normalised (`normaliseOrganisationName`) and
   * without case; or undefined.
   */
  findByName(name: string): Organisation | undefined {
    const key = (value: string) => normaliseOrganisationName(value).toLocaleLowerCase("nl");
    const wanted = key(name);
    return this.data.organisations.find((o) => key(o.name) === wanted);
  }

  /** Adds organisations (demo seeding, administration). */
  async add(...organisations: Organisation[]): Promise<void> {
    this.data.organisations.push(...organisations);
    await this.persist();
  }

  /** Changes the name or kind of one organisation; answers it as stored, or undefined if unknown. */
  async update(
    id: string,
    patch: Partial<Pick<Organisation, "name" | "kind">>,
  ): Promise<Organisation | undefined> {
    const index = this.data.organisations.findIndex((o) => o.id === id);
    const current = this.data.organisations[index];
    if (current === undefined) return undefined;
    const next: Organisation = {
      ...current,
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
    };
    this.data.organisations[index] = next;
    await this.persist();
    return next;
  }
}
