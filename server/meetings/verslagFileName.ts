/**
 * The file name of an exported verslag. It must tell overleggen and cases apart in a downloads
 * folder, yet a file name travels further than the file's protection (mail, synced folders, recent
 * files): so it holds only the kind of overleg, its date and start time in the region, the case's
 * position on the agenda and the version. No free text goes in: not the case title, and not the
 * overleg title either, which a planner may have written with a family's name in it.
 */
import type { VerslagFormat } from "../../shared/api/meetings.js";
import type { MeetingRecord, MeetingSlotRecord } from "../store/schema.js";
import { wallTimeOf } from "../../shared/domain/regionTime.js";

/** E.g. `verslag-casusoverleg-2030-01-15-1300-agendapunt-2-v1.pdf`. */
export function verslagFileName(
  meeting: MeetingRecord,
  slot: MeetingSlotRecord,
  version: number,
  format: VerslagFormat,
): string {
  const { date, time } = wallTimeOf(new Date(meeting.startsAt));
  const position = meeting.agenda.findIndex((s) => s.id === slot.id) + 1;
  const kind = meeting.kind.replaceAll("_", "-");
  return `verslag-${kind}-${date}-${time.replace(":", "")}-agendapunt-${position}-v${version}.${format}`;
}
