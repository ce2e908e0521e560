/** Shared pieces for the overleg's live documents: the reader and the awareness user. */
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
