/**
 * Shared pieces for the overleg's live documents: the reader, the awareness user, and the keys
 * that tell when a slot's recorded state or its verslag versions changed.
 */
import { useMemo } from "react";
import type * as Y from "yjs";
import type { PublicUser } from "../../shared/domain/user.js";
import { readMeeting, type MeetingDocValue } from "../../shared/docs/meetingDoc.js";
import type { AwarenessUser } from "../../shared/wire/messages.js";
import { userColour } from "../collab/userColour.js";

/** Reads an overleg or slot document (stable, for `useDocValue`). */
export function readLive(doc: Y.Doc): MeetingDocValue {
  return readMeeting(doc).value;
}

/** The awareness identity of the signed-in user. */
export function useAwarenessUser(user: PublicUser): AwarenessUser {
  return useMemo(
    () => ({
      name: user.displayName,
      organisation: user.organisationName,
      color: userColour(user.id),
    }),
    [user.displayName, user.organisationName, user.id],
  );
}

/**
 * A key that changes whenever the besluiten or the attendance recorded in the slot change: what
 * the verslag concept takes from the slot document.
 */
export function slotRecordKey(live: MeetingDocValue, slotId: string): string {
  const besluiten = live.besluiten
    .filter((b) => b.agendaItemId === slotId)
    .map((b) => `${b.id}:${b.withdrawnBy === undefined ? "" : "ingetrokken:"}${b.text}`);
  // Map entries come in no guaranteed order; sorted, the same marks give the same key.
  const attendance = live.attendance
    .filter((a) => a.agendaItemId === slotId)
    .map((a) => `${a.userId}:${a.status}`)
    .sort();
  return JSON.stringify([besluiten, attendance]);
}

/**
 * When the slot's verslag overview must load again: for the chair, whenever the concept's
 * content changes (besluiten, attendance, and what the server announces of the case: its actions
 * and phase); for everyone, when the server announces a newly fixed version. Null while the chair's
 * own changes are not stored yet (loading then would miss them).
 */
export function verslagRevision(
  live: MeetingDocValue,
  slotId: string,
  isChair: boolean,
  unsaved: boolean,
): string | null {
  const versions = `versie ${live.verslagVersion ?? 0}`;
  if (!isChair) return versions;
  const announced = `acties ${live.actionsRevision ?? 0}`;
  return unsaved ? null : `${versions} ${announced} ${slotRecordKey(live, slotId)}`;
}
