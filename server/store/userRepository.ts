/** User accounts. */
import type { AccessChange, Persist, StoreData, UserRecord } from "./schema.js";

/** Reads and writes user accounts. */
export class UserRepository {
  constructor(
    private readonly data: StoreData,
    private readonly persist: Persist,
    private readonly notify: (change: AccessChange) => void,
  ) {}

  /** One user by id. */
  get(id: string): UserRecord | undefined {
    return this.data.users.find((u) => u.id === id);
  }

  /** One user by username (exact, already normalised to lower case). */
  findByUsername(username: string): UserRecord | undefined {
    return this.data.users.find((u) => u.username === username);
  }

  /** All users. */
  list(): UserRecord[] {
    return [...this.data.users];
  }

  /** How many accounts exist (first-run checks). */
  count(): number {
    return this.data.users.length;
  }

  /** Adds users; fails when a username is taken. */
  async add(...users: UserRecord[]): Promise<void> {
    for (const user of users) {
      if (this.findByUsername(user.username)) throw new Error("username already exists");
      this.data.users.push(user);
    }
    await this.persist();
  }

  /** Disables or re-enables an account; connected sockets of the user are re-checked. */
  async setDisabled(id: string, disabled: boolean): Promise<void> {
    const user = this.get(id);
    if (!user) return;
    user.disabled = disabled;
    await this.persist();
    this.notify({ userId: id });
  }
}
