/** User accounts. */
import type { AccessChange, Persist, StoreData, UserRecord } from "./schema.js";

/** What the beheerder can change about an account; absent fields stay as they are. */
export type AccountChange = Partial<
  Pick<UserRecord, "displayName" | "organisationId" | "role" | "regio" | "disabled">
>;

/** The fields that decide what a user may reach; a change to one re-checks their sockets. */
const ACCESS_FIELDS = ["organisationId", "role", "regio", "disabled"] as const;

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

  /**
   * Changes an account's name, organisation, role or blocked state in one write. Connected sockets
   * of the user are re-checked when anything but the name changed.
   */
  async update(id: string, change: AccountChange): Promise<UserRecord | undefined> {
    const user = this.get(id);
    if (!user) return undefined;
    const accessChanged = ACCESS_FIELDS.some(
      (field) => change[field] !== undefined && change[field] !== user[field],
    );
    if (change.displayName !== undefined) user.displayName = change.displayName;
    if (change.organisationId !== undefined) user.organisationId = change.organisationId;
    if (change.role !== undefined) user.role = change.role;
    if (change.regio !== undefined) user.regio = change.regio;
    if (change.disabled !== undefined) user.disabled = change.disabled;
    await this.persist();
    if (accessChanged) this.notify({ userId: id });
    return user;
  }

  /**
   * Replaces an account's password hash (the caller ends its sessions); `setByOther` when a
   * beheerder set it for someone else, who then chooses their own before doing anything else.
   */
  async setPasswordHash(id: string, passwordHash: string, setByOther: boolean): Promise<void> {
    const user = this.get(id);
    if (!user) return;
    user.passwordHash = passwordHash;
    if (setByOther) user.mustChangePassword = true;
    else delete user.mustChangePassword;
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
