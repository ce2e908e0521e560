/** Overleggen (meetings) and the geheimhoudingsverklaringen signed for them. */
import type { MeetingStatus } from "../../shared/api/meetings.js";
import { REMOVED_CASE_SLOT_TITLE } from "../../shared/api/retention.js";
import { namePattern } from "./meetingTitle.js";
import type {
  AccessChange,
  MeetingRecord,
  MeetingSlotRecord,
  Persist,
  StoreData,
  VerklaringRecord,
} from "../store/schema.js";

/** What changing a planned overleg replaces: its facts, its planned times and its agenda. */
export type MeetingPlanChange = Pick<
  MeetingRecord,
  "title" | "kind" | "location" | "videoLink" | "startsAt" | "endsAt" | "agenda"
>;

/** A slot together with the overleg it belongs to. */
export interface SlotInMeeting {
  meeting: MeetingRecord;
  slot: MeetingSlotRecord;
}

/** Reads and writes overleggen and verklaringen. */
export class MeetingRepository {
  constructor(
    private readonly data: StoreData,
    private readonly persist: Persist,
    private readonly notify: (change: AccessChange) => void,
  ) {}

  /** One overleg by id. */
  get(id: string): MeetingRecord | undefined {
    return this.data.meetings.find((m) => m.id === id);
  }

  /** All overleggen (callers filter by policy before anything leaves the server). */
  list(): readonly MeetingRecord[] {
    return this.data.meetings;
  }

  /** The agenda slot with this id, in whichever overleg holds it. */
  findSlot(slotId: string): SlotInMeeting | undefined {
    for (const meeting of this.data.meetings) {
      const slot = meeting.agenda.find((s) => s.id === slotId);
      if (slot) return { meeting, slot };
    }
    return undefined;
  }

  /** Adds overleggen (one, or every occurrence of a recurring pattern). */
  async add(...meetings: MeetingRecord[]): Promise<void> {
    this.data.meetings.push(...meetings);
    await this.persist();
  }

  /**
   * Replaces the plan of an overleg, or the parts of it given, and counts the change in its
   * `planRevision`. The open sockets of the chair and of everyone invited before or after are
   * re-checked: an invitee taken off a slot loses its case documents at once, and a moved start
   * time moves every guest's window.
   */
  async changePlan(id: string, change: Partial<MeetingPlanChange>): Promise<void> {
    const found = this.get(id);
    if (!found) return;
    const before = found.agenda.flatMap((s) => s.invitees);
    Object.assign(found, change);
    found.planRevision = (found.planRevision ?? 0) + 1;
    await this.persist();
    const after = found.agenda.flatMap((s) => s.invitees);
    for (const userId of new Set([found.chairUserId, ...before, ...after])) this.notify({ userId });
  }

  /**
   * Counts a change of what the overleg's agenda shows without changing who is on it (a case on it
   * closed): its `planRevision` only, so nobody's access is re-checked.
   */
  async countPlanChange(id: string): Promise<void> {
    const found = this.get(id);
    if (!found) return;
    found.planRevision = (found.planRevision ?? 0) + 1;
    await this.persist();
  }

  /**
   * Moves an overleg to a status. Ending it re-checks the open sockets of the chair and everyone
   * invited, so a guest whose clearance ended loses the case documents at once and the chair's
   * meeting documents become read-only.
   */
  async setStatus(id: string, status: MeetingStatus, at: string): Promise<void> {
    const found = this.get(id);
    if (!found || found.status === status) return;
    found.status = status;
    if (status === "bezig") found.startedAt = at;
    if (status === "afgerond") found.endedAt = at;
    await this.persist();
    if (status === "afgerond") {
      const affected = new Set([found.chairUserId, ...found.agenda.flatMap((s) => s.invitees)]);
      for (const userId of affected) this.notify({ userId });
    }
  }

  /** The verklaring this user signed for this overleg, if any. */
  verklaringOf(meetingId: string, userId: string): VerklaringRecord | undefined {
    return this.data.verklaringen.find((v) => v.meetingId === meetingId && v.userId === userId);
  }

  /** Every verklaring signed by this user (to find their clearances). */
  verklaringenOf(userId: string): VerklaringRecord[] {
    return this.data.verklaringen.filter((v) => v.userId === userId);
  }

  /** Records a signed verklaring (once per person per overleg). */
  async addVerklaring(record: VerklaringRecord): Promise<void> {
    if (this.verklaringOf(record.meetingId, record.userId)) return;
    this.data.verklaringen.push(record);
    await this.persist();
    this.notify({ userId: record.userId });
  }

  /**
   * Turns every slot of a destroyed case into a general item without its case, title or guests,
   * and takes the case's title out of the title of an overleg that held it (written with the rest
   * of its removal); returns the slots.
   */
  detachCaseUnsaved(
    caseId: string,
    hasVerslag: (meetingId: string, slotId: string) => boolean,
  ): SlotInMeeting[] {
    const detached: SlotInMeeting[] = [];
    for (const meeting of this.data.meetings) {
      let changed = false;
      for (const slot of meeting.agenda) {
        if (slot.caseId !== caseId) continue;
        // A follow-up overleg is named after the case's slot ("Vervolgoverleg: <title>"); found
        // as the title check finds it, in any case.
        const named = namePattern(slot.title, "g");
        if (named !== null) meeting.title = meeting.title.replace(named, REMOVED_CASE_SLOT_TITLE);
        slot.removedCase = { hadVerslag: hasVerslag(meeting.id, slot.id) };
        delete slot.caseId;
        slot.title = REMOVED_CASE_SLOT_TITLE;
        slot.invitees = [];
        detached.push({ meeting, slot });
        changed = true;
      }
      if (changed) meeting.planRevision = (meeting.planRevision ?? 0) + 1;
    }
    return detached;
  }
}
