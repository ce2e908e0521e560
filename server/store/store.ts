/** The metadata store: one repository per resource over a lowdb document, and change events. */
import { EventEmitter } from "node:events";
import type { Low } from "lowdb";
import { MeetingRepository } from "../meetings/meetingRepository.js";
import { VerslagRepository } from "../meetings/verslagRepository.js";
import { CaseRepository } from "./caseRepository.js";
import { OrganisationRepository } from "./organisationRepository.js";
import type { AccessChange, Persist, StoreData } from "./schema.js";
import { SessionRepository } from "./sessionRepository.js";
import { UserRepository } from "./userRepository.js";

/** Typed events the store emits after a committed change. */
export interface StoreEvents {
  accessChanged: [AccessChange];
}

/** The metadata store. Repositories are the only code that touches the lowdb document. */
export class Store {
  readonly events = new EventEmitter<StoreEvents>();
  readonly organisations: OrganisationRepository;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly cases: CaseRepository;
  readonly meetings: MeetingRepository;
  readonly verslagen: VerslagRepository;
  private pending = new Set<Promise<void>>();

  constructor(private readonly db: Low<StoreData>) {
    const persist: Persist = () => this.track(db.write());
    const notify = (change: AccessChange) => this.events.emit("accessChanged", change);
    this.organisations = new OrganisationRepository(db.data, persist);
    this.users = new UserRepository(db.data, persist, notify);
    this.sessions = new SessionRepository(db.data, persist);
    this.cases = new CaseRepository(db.data, persist, notify);
    this.meetings = new MeetingRepository(db.data, persist, notify);
    this.verslagen = new VerslagRepository(db.data, persist);
  }

  /** Resolves when every write started so far has reached the disk. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private track(write: Promise<void>): Promise<void> {
    this.pending.add(write);
    const done = () => this.pending.delete(write);
    write.then(done, done);
    return write;
  }
}
