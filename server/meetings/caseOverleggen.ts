/**
 * A case's overleggen for its case page (shared/api/caseOverleggen.ts): every slot in which the
 * case was or will be discussed, for the case's standing partners only. A guest of one overleg
 * reads the case for that sitting, not its history (404, as for a case they may not see).
 */
import type { CaseOverleg, CaseOverleggen } from "../../shared/api/caseOverleggen.js";
import type { VerslagFormat } from "../../shared/api/meetings.js";
import type { Principal } from "../auth/principal.js";
import { notFound } from "../errors.js";
import { canViewCase } from "../policies/casePolicy.js";
import { isInvitedToSlot } from "../policies/meetingPolicy.js";
import type { CaseRecord } from "../store/schema.js";
import type { CaseSlot } from "./meetingFinder.js";
import { exportVerslag, mayDownload, type VerslagDeps } from "./verslagService.js";
import type { VerslagFile } from "./verslagRender.js";

/** The case, when the principal sees it as a standing partner (no meeting clearance counts). */
function findStandingCase(deps: VerslagDeps, principal: Principal, caseId: string): CaseRecord {
  const found = deps.store.cases.get(caseId);
  if (!found || !canViewCase(principal, found)) throw notFound();
  return found;
}

/** Every slot of the case on an agenda, in the order of the overleggen's start. */
function slotsOfCase(deps: VerslagDeps, caseRecord: CaseRecord): CaseSlot[] {
  const slots: CaseSlot[] = [];
  for (const meeting of deps.store.meetings.list()) {
    for (const slot of meeting.agenda) {
      if (slot.caseId === caseRecord.id) slots.push({ meeting, slot, caseRecord });
    }
  }
  return slots.sort((a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt));
}

/** `GET /api/cases/:id/overleggen`. */
export async function listCaseOverleggen(
  deps: VerslagDeps,
  principal: Principal,
  caseId: string,
  now: Date,
): Promise<CaseOverleggen> {
  const caseRecord = findStandingCase(deps, principal, caseId);
  const overleggen: CaseOverleg[] = [];
  for (const found of slotsOfCase(deps, caseRecord)) {
    const { meeting, slot } = found;
    const versions = deps.store.verslagen.versionsOf(meeting.id, slot.id);
    const invited = isInvitedToSlot(principal, meeting, slot);
    overleggen.push({
      meetingId: meeting.id,
      slotId: slot.id,
      title: invited ? meeting.title : null,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      status: meeting.status,
      mayOpen: invited,
      versions: versions.map((v) => ({ version: v.version, frozenAt: v.frozenAt })),
      mayDownload: versions.length > 0 && (await mayDownload(deps, principal, found, now)),
    });
  }
  return { overleggen };
}

/** `GET /api/cases/:id/overleggen/:slotId/verslag/:version/:format`: 404 for another case's slot. */
export async function exportCaseVerslag(
  deps: VerslagDeps,
  principal: Principal,
  request: { caseId: string; slotId: string; version: number; format: VerslagFormat },
  now: Date,
): Promise<{ file: VerslagFile; found: CaseSlot }> {
  const caseRecord = findStandingCase(deps, principal, request.caseId);
  const inMeeting = deps.store.meetings.findSlot(request.slotId);
  if (!inMeeting || inMeeting.slot.caseId !== caseRecord.id) throw notFound();
  const found: CaseSlot = { meeting: inMeeting.meeting, slot: inMeeting.slot, caseRecord };
  const file = await exportVerslag(deps, principal, found, request.version, request.format, now);
  return { file, found };
}
