/**
 * One case slot during the overleg: the carried-over open actions at the top, the besluiten and
 * attendance (live, from the slot's own document), the verslag (whose concept follows them) and
 * the chair's next steps; the case's documents beside it. After the overleg ended its chair may
 * correct the besluiten and attendance until `correctableUntil` (the server says until when).
 */
import { useEffect, useRef } from "react";
import * as Y from "yjs";
import type { SlotCaseView } from "../../shared/api/meetings.js";
import { readMeeting } from "../../shared/docs/meetingDoc.js";
import type { PublicUser } from "../../shared/domain/user.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import { lastValue, useLoader } from "../api/useLoader.js";
import type { CollabSession } from "../collab/collabSession.js";
import { useCollabSession, useCollabSnapshot } from "../collab/useCollabDocument.js";
import { useDocValue } from "../collab/useDocValue.js";
import { lostAccess } from "../collab/syncState.js";
import { useWhenAccessLost } from "../collab/useWhenAccessLost.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { RefreshFailure } from "../components/RefreshFailure.js";
import { formatDate } from "../format/date.js";
import { messages } from "../i18n/messages.js";
import { AttendanceTable } from "./AttendanceTable.js";
import { BesluitenList } from "./BesluitenList.js";
import { readLive, useAwarenessUser, verslagRevision } from "./liveDocs.js";
import { correctSlotRecord, loadSlot, type SlotCorrector } from "./meetingsApi.js";
import { OpenActions } from "./OpenActions.js";
import { PhasePanel } from "./PhasePanel.js";
import { SlotDocuments } from "./SlotDocuments.js";
import { VerslagPanel } from "./VerslagPanel.js";

const t = messages.meetings;

/** Read while the slot's document is not open yet: it never changes. */
const NOT_OPEN_YET = new Y.Doc();

/** How many of the slot's invitees signed the verklaring, as the server counts them (0: none). */
function readSignatures(doc: Y.Doc): number {
  return readMeeting(doc).value.signatures ?? 0;
}

/** Props of a slot panel. */
export interface SlotPanelProps {
  meetingId: string;
  /** The overleg's plan revision as the page shows it: a newer one loads the slot again. */
  planRevision: number;
  slotId: string;
  user: PublicUser;
  /** True while the chair may still record (the overleg has not ended). */
  running: boolean;
}

/**
 * Loads the slot's case data (tried again by itself while the server cannot be reached, like a
 * page), and again when the overleg's plan changed (its invitees are the slot's attendees), a
 * guest signed (the chair's rows say who) or the case's actions changed (a status, a note written
 * elsewhere at the table), and shows the slot; while it loads again, or after such
 * a load failed but was not refused, the slot as loaded before stays. When the server closes the
 * slot's document because the user may no longer see it, the slot is loaded again too: that load
 * is refused, and the slot goes from the screen.
 */
export function SlotPanel({ meetingId, planRevision, slotId, user, running }: SlotPanelProps) {
  const { state, reload, replace } = useLoader(`${meetingId}/${slotId}/${planRevision}`, (signal) =>
    loadSlot(meetingId, slotId, signal),
  );
  const session = useCollabSession(
    formatDocName({ type: "meeting", meetingId: slotId }),
    useAwarenessUser(user),
  );
  const last = lastValue(state);
  // The chair's attendance rows say who signed the verklaring.
  useReloadWhenRaised(session, readSignatures, last?.isChair === true, reload);
  // The carried-over actions show their status and latest note as they are now.
  useReloadWhenRaised(session, readActionsRevision, true, reload);
  useReloadOnReconnect(session, reload);
  // Taken off the slot (or the case team) while it is open: the load is refused and the slot goes.
  useWhenAccessLost(lostAccess(useCollabSnapshot(session).state), reload);

  // Only this slot is ever shown: not the previous one while another one loads. A failed reload
  // keeps the slot as loaded (the table goes on); a refusal takes it away.
  const view = last?.slotId === slotId ? last : null;
  if (view === null && state.status === "failed") {
    // A refusal says why (not invited, the verklaring, a closed case); trying again will not help.
    return state.refused ? (
      <p className="notice notice-info" role="alert">
        {state.message}
      </p>
    ) : (
      <LoadFailure failure={state} onRetry={reload} />
    );
  }
  if (view === null || session === null) return <p role="status">{t.slotLoading}</p>;
  return (
    <div className="mt-slot">
      <div className="mt-slot-main">
        <h2>{view.title}</h2>
        {state.status === "failed" && <RefreshFailure failure={state} onRetry={reload} />}
        <OpenActions key={slotId} actions={view.openActions} slotId={slotId} />
        <LiveSlotParts
          session={session}
          view={view}
          userId={user.id}
          mayRecord={view.isChair && running}
        />
        {view.isChair && (
          <PhasePanel
            meetingId={meetingId}
            view={view}
            onChanged={(changed) => replace(() => changed)}
          />
        )}
      </div>
      <SlotDocuments caseId={view.caseId} user={user} />
    </div>
  );
}

/** How many changes of the case's actions the server announced in the slot's document. */
function readActionsRevision(doc: Y.Doc): number {
  return readMeeting(doc).value.actionsRevision ?? 0;
}

/** The states in which the slot's document is in touch with the server. */
const ONLINE: ReadonlySet<string> = new Set(["connected", "saving", "unconfirmed"]);

/**
 * Loads the slot again when its document is back in touch with the server after a break (a server
 * restart, a laptop waking up): what changed meanwhile may never have been announced to it. A break
 * before the document first synced counts too: the slot was loaded before it.
 */
function useReloadOnReconnect(session: CollabSession | null, reload: () => void) {
  const { state, breaks } = useCollabSnapshot(session);
  // The breaks counted when this session came: earlier ones happened before the slot loaded.
  const seen = useRef({ session, breaks });
  if (seen.current.session !== session) seen.current = { session, breaks };
  useEffect(() => {
    if (breaks > seen.current.breaks && ONLINE.has(state.kind)) {
      seen.current = { session, breaks };
      reload();
    }
  }, [session, state.kind, breaks, reload]);
}

/**
 * Loads the slot again when a counter the server keeps in the slot's document goes up. The value
 * the document holds when it first syncs is the starting point, not a change. `enabled` false:
 * the counter is followed, but nothing is loaded.
 */
function useReloadWhenRaised(
  session: CollabSession | null,
  read: (doc: Y.Doc) => number,
  enabled: boolean,
  reload: () => void,
) {
  const value = useDocValue(session?.doc ?? NOT_OPEN_YET, read);
  const synced = useCollabSnapshot(session).state.kind === "connected";
  const seen = useRef<number | null>(null);
  useEffect(() => {
    if (!synced) return;
    if (enabled && seen.current !== null && value > seen.current) reload();
    seen.current = value;
  }, [enabled, synced, value, reload]);
}

function LiveSlotParts({
  session,
  view,
  userId,
  mayRecord,
}: {
  session: CollabSession;
  view: SlotCaseView;
  userId: string;
  mayRecord: boolean;
}) {
  const live = useDocValue(session.doc, readLive);
  const { unsaved } = useCollabSnapshot(session);
  // The chair's concept follows the table; everyone's versions follow the server's announcements.
  const revision = verslagRevision(live, view.slotId, view.isChair, unsaved);
  const correct: SlotCorrector | null =
    view.correctableUntil === null || mayRecord
      ? null
      : (correction) => correctSlotRecord(view.meetingId, view.slotId, correction);
  return (
    <>
      {correct !== null && view.correctableUntil !== null && (
        <p className="notice notice-info">
          {t.correctableUntil(formatDate(view.correctableUntil))}
        </p>
      )}
      <BesluitenList
        doc={session.doc}
        live={live}
        slotId={view.slotId}
        people={view.attendees}
        userId={userId}
        mayRecord={mayRecord}
        correct={correct}
      />
      <AttendanceTable
        doc={session.doc}
        live={live}
        slotId={view.slotId}
        people={view.attendees}
        userId={userId}
        mayRecord={mayRecord}
        correct={correct}
      />
      <VerslagPanel meetingId={view.meetingId} slotId={view.slotId} revision={revision} />
    </>
  );
}
