/**
 * The plan revision the server last announced in an overleg's live document (`planRevision`, see
 * server/meetings/planAnnouncer.ts). The Wijzigen page uses it to tell the chair that the plan
 * changed elsewhere as soon as it did, not only when their save is refused.
 */
import * as Y from "yjs";
import { readMeeting } from "../../shared/docs/meetingDoc.js";
import type { PublicUser } from "../../shared/domain/user.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import { useCollabSession } from "../collab/useCollabDocument.js";
import { useDocValue } from "../collab/useDocValue.js";
import { useAwarenessUser } from "./liveDocs.js";

/** Read while the live document is not open yet: it never changes, so it announces nothing. */
const NOT_OPEN_YET = new Y.Doc();

/** The announced revision; 0 when none was announced (or the document is not open yet). */
function readPlanRevision(doc: Y.Doc): number {
  return readMeeting(doc).value.planRevision ?? 0;
}

/** The latest plan revision announced for the overleg, following its live document. */
export function useLivePlanRevision(meetingId: string, user: PublicUser): number {
  const session = useCollabSession(
    formatDocName({ type: "meeting", meetingId }),
    useAwarenessUser(user),
  );
  return useDocValue(session?.doc ?? NOT_OPEN_YET, readPlanRevision);
}
