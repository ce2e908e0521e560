/**
 * The live overleg: the agenda beside the current item. The chair moves through the agenda on the
 * overleg's own document (`meeting/<id>`: position and timer, no case data); everyone's screen
 * follows unless they chose another item, and "Volg de voorzitter" brings them back. Someone typing
 * in the item on screen when the chair moves on stays with it (the switch would take their text
 * field away mid-word) and is told so, with the same way to follow. The same
 * document tells an open page when the overleg started or ended, or when its plan changed, so the
 * page loads the overleg again without a reload.
 */
import { useEffect, useRef, useState, type RefObject } from "react";
import type * as Y from "yjs";
import {
  MEETING_STATUSES,
  type MeetingStatus,
  type MeetingView,
} from "../../shared/api/meetings.js";
import type { PublicUser } from "../../shared/domain/user.js";
import { setCurrentAgendaItem, setTimer } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import { lostAccess } from "../collab/syncState.js";
import { useCollabSession, useCollabSnapshot } from "../collab/useCollabDocument.js";
import { useDocValue } from "../collab/useDocValue.js";
import { useWhenAccessLost } from "../collab/useWhenAccessLost.js";
import { useLeaveGuard } from "../components/LeaveGuard.js";
import { messages } from "../i18n/messages.js";
import { nextAgendaItem } from "./agendaNavigation.js";
import { AgendaList } from "./AgendaList.js";
import { readLive, useAwarenessUser } from "./liveDocs.js";
import { isTypingIn } from "./typingFocus.js";
import {
  SlotDraftsContext,
  type SlotDraftStore,
  useUnsavedSlotDrafts,
  type SlotDraftField,
} from "./slotDrafts.js";
import { SlotPanel } from "./SlotPanel.js";
import { SlotTimer } from "./SlotTimer.js";
import { notClearedText } from "./notCleared.js";

const t = messages.meetings;

/** What leaving the room asks while a field holds text not stored yet. */
const LEAVE_QUESTIONS: Record<SlotDraftField, string> = {
  samenvatting: t.samenvattingNotFixed,
  besluit: t.besluitNotRecorded,
  besluitCorrectie: t.besluitCorrectionNotSaved,
  overdracht: t.afschalingNotRecorded,
  afschalingToelichting: t.afschalingNotRecorded,
};

/** Moves everyone to `slotId` and restarts the slot timer (chair). */
function discuss(doc: Y.Doc, slotId: string): void {
  doc.transact(() => {
    setCurrentAgendaItem(doc, slotId);
    setTimer(doc, new Date().toISOString());
  });
}

/** Opens the overleg's document and shows the table. */
export function MeetingRoom({
  meeting,
  user,
  drafts,
  onStale,
}: {
  meeting: MeetingView;
  user: PublicUser;
  /** What the chair typed in the slots; kept by the page, so it survives the overleg's end. */
  drafts: SlotDraftStore;
  /**
   * Called when the live document shows the overleg has started while the page says planned, or
   * announces a newer plan than the page shows, or when the server closed it because the user
   * is no longer invited (the load that follows is refused, and the room goes).
   */
  onStale: () => void;
}) {
  const session = useCollabSession(
    formatDocName({ type: "meeting", meetingId: meeting.id }),
    useAwarenessUser(user),
  );
  useWhenAccessLost(lostAccess(useCollabSnapshot(session).state), onStale);
  if (session === null) return <p role="status">{t.loading}</p>;
  return (
    <LiveTable meeting={meeting} user={user} drafts={drafts} doc={session.doc} onStale={onStale} />
  );
}

function LiveTable({
  meeting,
  user,
  drafts,
  doc,
  onStale,
}: {
  meeting: MeetingView;
  user: PublicUser;
  drafts: SlotDraftStore;
  doc: Y.Doc;
  onStale: () => void;
}) {
  const live = useDocValue(doc, readLive);
  const planned = meeting.status === "gepland";
  const moved = live.currentAgendaItemId !== null;
  // The chair started or ended the overleg (the server announces it in the live document), or
  // moved the agenda of an overleg this page still thinks is planned: fetch the overleg again.
  const announcedLater = statusRank(live.status) > statusRank(meeting.status);
  useEffect(() => {
    if ((planned && moved) || announcedLater) onStale();
  }, [planned, moved, announcedLater, onStale]);
  // Someone changed the plan (the chair in another tab, an invitee taken off with the case team):
  // the server announces its revision; a page that shows an older one loads the overleg again.
  const liveRevision = live.planRevision ?? 0;
  useEffect(() => {
    if (liveRevision > meeting.planRevision) onStale();
  }, [liveRevision, meeting.planRevision, onStale]);
  const [following, setFollowing] = useState(true);
  const [ownChoice, setOwnChoice] = useState<string | null>(null);
  const running = meeting.status === "bezig";
  const chairs = meeting.isChair && running;
  const current = live.currentAgendaItemId;
  // Set when the chair moved on while this user was typing in the item on screen, which then stays.
  const [keptWhileTyping, setKeptWhileTyping] = useState(false);
  const main = useRef<HTMLDivElement>(null);
  const lastInputAt = useLastInputAt(main);
  const [shownCurrent, setShownCurrent] = useState(current);
  if (current !== shownCurrent) {
    // Decided while rendering the move, before the item on screen (and its focused field) goes.
    setShownCurrent(current);
    if (
      following &&
      shownCurrent !== null &&
      isTypingIn(main.current, document.activeElement, lastInputAt.current)
    ) {
      setOwnChoice(shownCurrent);
      setFollowing(false);
      setKeptWhileTyping(true);
    } else if (keptWhileTyping && current === ownChoice) {
      // The chair came back to the item kept on screen: following again changes nothing there.
      setFollowing(true);
      setKeptWhileTyping(false);
    }
  }
  const follow = () => {
    setFollowing(true);
    setKeptWhileTyping(false);
  };
  const selectedId = following ? current : ownChoice;
  const selected = meeting.agenda.find((s) => s.id === selectedId) ?? null;
  const currentSlot = meeting.agenda.find((s) => s.id === current) ?? null;

  const moveTo = (slotId: string) => {
    discuss(doc, slotId);
    follow();
  };
  // Kept above the slot panels, so what is typed in a slot survives moving to another.
  const [firstUnsaved] = useUnsavedSlotDrafts(drafts);
  useLeaveGuard(
    firstUnsaved !== undefined,
    firstUnsaved === undefined ? "" : LEAVE_QUESTIONS[firstUnsaved],
  );
  const upcoming = nextAgendaItem(meeting.agenda, current);
  const select = (slotId: string) => {
    if (slotId === current) {
      follow();
      return;
    }
    setOwnChoice(slotId);
    setFollowing(false);
    setKeptWhileTyping(false);
  };

  return (
    <SlotDraftsContext.Provider value={drafts}>
      <div className="mt-room">
        <div className="mt-side">
          <AgendaList
            agenda={meeting.agenda}
            notCleared={notClearedText(meeting)}
            currentId={running ? current : null}
            selectedId={selectedId}
            onDiscuss={chairs ? moveTo : undefined}
            onSelect={select}
          />
          {chairs && (
            <>
              <button
                type="button"
                className="button button-primary"
                disabled={upcoming === null}
                aria-describedby={upcoming === null ? "mt-last-item" : undefined}
                onClick={() => upcoming && moveTo(upcoming.id)}
              >
                {t.next}
              </button>
              {upcoming === null && (
                <p id="mt-last-item" className="muted">
                  {t.lastItem}
                </p>
              )}
            </>
          )}
        </div>
        <div className="mt-main" ref={main}>
          <FollowStatus
            isChair={meeting.isChair}
            running={running}
            following={following}
            keptWhileTyping={keptWhileTyping}
            onFollow={follow}
          />
          {running && currentSlot !== null && live.timerStartedAt !== null && (
            <SlotTimer
              startedAt={live.timerStartedAt}
              plannedMinutes={currentSlot.plannedMinutes}
              {...(selected?.id === currentSlot.id ? {} : { itemTitle: currentSlot.title })}
            />
          )}
          {meeting.status === "gepland" && <p className="notice notice-info">{t.notStarted}</p>}
          {meeting.status === "afgerond" && <p className="notice notice-info">{t.ended}</p>}
          {/* Only while the chair is discussing something: after the end, "afgerond" says it all. */}
          {running && following && current !== null && currentSlot === null && (
            <p className="notice notice-info">{t.elsewhere}</p>
          )}
          {selected === null && (current === null || !following) && <p>{t.noneSelected}</p>}
          {selected !== null && (selected.general || !selected.cleared) && (
            <div className="mt-slot-main">
              <h2>{selected.title}</h2>
              {!selected.general && <p className="muted">{notClearedText(meeting)}</p>}
            </div>
          )}
          {selected !== null && !selected.general && selected.cleared && (
            <SlotPanel
              key={selected.id}
              meetingId={meeting.id}
              planRevision={meeting.planRevision}
              slotId={selected.id}
              user={user}
              running={running}
            />
          )}
        </div>
      </div>
    </SlotDraftsContext.Provider>
  );
}

/**
 * Whether the viewer sees the item under discussion. A participant in a running overleg follows
 * the chair unless they chose another item; the chair leads, so sees only a way back to the
 * current item. Before the start and after the end nobody is followed.
 */
function FollowStatus({
  isChair,
  running,
  following,
  keptWhileTyping,
  onFollow,
}: {
  isChair: boolean;
  running: boolean;
  following: boolean;
  /** The chair moved on while the viewer was typing here, so the item stayed on screen. */
  keptWhileTyping: boolean;
  onFollow: () => void;
}) {
  if (!running || (isChair && following)) return null;
  return (
    <div className="mt-follow" role="status">
      {following ? (
        <span>{t.following}</span>
      ) : (
        <>
          <span>
            {keptWhileTyping ? t.keptWhileTyping : isChair ? t.chairElsewhere : t.notFollowing}
          </span>{" "}
          <button type="button" className="button" onClick={onFollow}>
            {isChair ? t.backToCurrent : t.followChair}
          </button>
        </>
      )}
    </div>
  );
}

/** Order of an overleg's statuses; an unknown or absent status ranks lowest. */
function statusRank(status: string | null): number {
  return MEETING_STATUSES.indexOf(status as MeetingStatus);
}

/** When the user last typed (a key, or input such as a paste) inside `container`. */
function useLastInputAt(container: RefObject<HTMLElement | null>): RefObject<number> {
  const lastInputAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const onInput = (): void => {
      lastInputAt.current = Date.now();
    };
    element.addEventListener("keydown", onInput, true);
    element.addEventListener("input", onInput, true);
    return () => {
      element.removeEventListener("keydown", onInput, true);
      element.removeEventListener("input", onInput, true);
    };
  }, [container]);
  return lastInputAt;
}
