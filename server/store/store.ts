/** The metadata store: one repository per resource over a lowdb document, and change events. */
import { EventEmitter } from "node:events";
import type { Low } from "lowdb";
import { MeetingRepository } from "../meetings/meetingRepository.js";
import { VerslagRepository } from "../meetings/verslagRepository.js";
import { ProgressRepository } from "../actions/progressRepository.js";
import { CaseRepository } from "./caseRepository.js";
import { OrganisationRepository } from "./organisationRepository.js";
import { RetentionRepository } from "./retentionRepository.js";
import type { AccessChange, MeetingRecord, Persist, StoreData } from "./schema.js";
import { SessionRepository } from "./sessionRepository.js";
import { UserRepository } from "./userRepository.js";

/** What `purgeCase` removed: the slots whose documents must go too, and counts. */
export interface PurgedRecords {
  slotIds: string[];
  /** The overleggen whose agenda changed (their `planRevision` counted up). */
  meetings: MeetingRecord[];
  verslagen: number;
  phaseChanges: number;
  progressNotes: number;
}

/** Typed events the store emits after a committed change. */
export interface StoreEvents {
  accessChanged: [AccessChange];
  /** A session ended, on whichever path: its sockets must close. */
  sessionEnded: [string];
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
  readonly progress: ProgressRepository;
  readonly retention: RetentionRepository;
  private readonly persist: Persist;
  private readonly notify: (change: AccessChange) => void;
  private pending = new Set<Promise<void>>();

  constructor(private readonly db: Low<StoreData>) {
    const persist: Persist = () => this.track(db.write());
    const notify = (change: AccessChange) => this.events.emit("accessChanged", change);
    this.persist = persist;
    this.notify = notify;
    this.organisations = new OrganisationRepository(db.data, persist);
    this.users = new UserRepository(db.data, persist, notify);
    this.sessions = new SessionRepository(db.data, persist, (id) =>
      this.events.emit("sessionEnded", id),
    );
    this.cases = new CaseRepository(db.data, persist, notify);
    this.meetings = new MeetingRepository(db.data, persist, notify);
    this.verslagen = new VerslagRepository(db.data, persist);
    this.progress = new ProgressRepository(db.data, persist);
    this.retention = new RetentionRepository(db.data, persist);
  }

  /**
   * Removes a case whose destruction began (`CaseRepository.markDestroying`) and everything the
   * store holds of it (phase history, verslagen, progress notes, its agenda slots' case, title and
   * guests) in one write, keeping only the report facts marked with it (if any); null when no such
   * case is stored.
   */
  async purgeCase(caseId: string): Promise<PurgedRecords | null> {
    const destroying = this.cases.get(caseId)?.destroying;
    if (destroying === undefined) return null;
    const slots = this.meetings.detachCaseUnsaved(
      caseId,
      (meetingId, slotId) => this.verslagen.versionsOf(meetingId, slotId).length > 0,
    );
    const verslagen = this.verslagen.forgetCaseUnsaved(caseId);
    const phaseChanges = this.cases.forgetUnsaved(caseId);
    const progressNotes = this.progress.forgetCaseUnsaved(caseId);
    if (destroying.facts !== null) this.retention.retireUnsaved(destroying.facts);
    await this.persist();
    // Guests of its slots lost them: their sockets on those overleggen re-check.
    this.notify({ caseId });
    return {
      slotIds: slots.map(({ slot }) => slot.id),
      meetings: [...new Set(slots.map(({ meeting }) => meeting))],
      verslagen,
      phaseChanges,
      progressNotes,
    };
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
