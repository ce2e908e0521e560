/**
 * One overleg: its facts, the verklaring when it is needed, the chair's start/end, the live table.
 * The overleg loads like every page (tried again by itself while the server cannot be reached),
 * but once the room is on screen it stays there: the chair is mid-meeting, so a refresh that fails
 * (after the live document announced a start or end, or after signing) shows a small notice above
 * the room and is tried again, instead of taking the room away. Only a refusal (the user is no
 * longer invited, the overleg is gone) takes it away.
 */
import { useMemo, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { errorMessage } from "../api/errorMessage.js";
import { lastValue, useLoader } from "../api/useLoader.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { RefreshFailure } from "../components/RefreshFailure.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import type { MeetingView } from "../../shared/api/meetings.js";
import {
  endQuestion,
  hasIncidentalInvitees,
  slotsWithoutVerslag,
  slotTitles,
} from "../meetings/endQuestion.js";
import { MeetingHeader } from "../meetings/MeetingHeader.js";
import { MeetingRoom } from "../meetings/MeetingRoom.js";
import { loadMeeting, setMeetingRunning } from "../meetings/meetingsApi.js";
import { formatMeetingDateTime } from "../meetings/meetingTime.js";
import { meetingsPath } from "../meetings/meetingPaths.js";
import { SlotDraftStore } from "../meetings/slotDrafts.js";
import { VerklaringPanel } from "../meetings/VerklaringPanel.js";
import { useSignedInUser } from "../session/sessionContext.js";

const t = messages.meetings;

/** The page of `:meetingId`. */
export function MeetingsRoomPage() {
  const { meetingId = "" } = useParams();
  const user = useSignedInUser();
  const { state, reload, replace } = useLoader(meetingId, (signal) =>
    loadMeeting(meetingId, signal),
  );
  const [runError, setRunError] = useState<string | null>(null);
  // Only this overleg is ever shown: not the previous one while another one loads.
  const last = lastValue(state);
  const meeting = last?.id === meetingId ? last : null;
  // Its kind, never its title: a title may name a case ("Vervolgoverleg: …"), and a tab's title
  // ends up in the browser's history.
  useDocumentTitle(meeting === null ? t.title : t.kinds[meeting.kind]);

  // What the chair types in the slots, per overleg; kept here, so the room's remount when the
  // overleg starts or ends keeps it (a samenvatting is fixed in the verslag after the end).
  const drafts = useMemo(() => new SlotDraftStore(), [meetingId]);

  // While the end question is being put together and asked, a second click asks nothing.
  const asking = useRef(false);
  const run = async (step: "start" | "end") => {
    if (step === "end") {
      if (asking.current) return;
      asking.current = true;
      try {
        const { question, current } = await endQuestionNow(meetingId, meeting, drafts);
        // What was fetched for the question is the overleg as it is now: the page shows it too.
        if (current !== null) replace(() => current);
        if (!window.confirm(question)) return;
      } finally {
        asking.current = false;
      }
    }
    if (step === "start" && meeting !== null && startsLater(meeting.startsAt)) {
      if (!window.confirm(t.startEarlyConfirm(formatMeetingDateTime(meeting.startsAt)))) return;
    }
    setRunError(null);
    setMeetingRunning(meetingId, step).then(
      (changed) => replace(() => changed),
      (err: unknown) => setRunError(errorMessage(err)),
    );
  };

  const back = (
    <p className="mt-back">
      <Link to={meetingsPath}>{t.backToList}</Link>
    </p>
  );
  if (meeting === null) {
    return (
      <>
        {back}
        {state.status === "failed" && state.refused ? (
          <p className="notice notice-info" role="alert">
            {t.meetingUnavailable}
          </p>
        ) : state.status === "failed" ? (
          <LoadFailure failure={state} onRetry={reload} />
        ) : (
          <p role="status">{t.loading}</p>
        )}
      </>
    );
  }
  const gated = meeting.verklaringRequired && !meeting.verklaringSigned;
  return (
    <>
      {back}
      <MeetingHeader meeting={meeting} onRun={(step) => void run(step)} />
      {state.status === "failed" && <RefreshFailure failure={state} onRetry={reload} />}
      {runError !== null && (
        <p role="alert" className="notice notice-error">
          {runError}
        </p>
      )}
      {gated && meeting.status !== "afgerond" && (
        <VerklaringPanel meetingId={meeting.id} onSigned={reload} />
      )}
      <MeetingRoom
        key={`${meeting.id}-${meeting.status}`}
        meeting={meeting}
        user={user}
        drafts={drafts}
        onStale={reload}
      />
    </>
  );
}

/**
 * How long before its planned start an overleg is started without asking: the chair opening the
 * room a little early. Earlier than that (a follow-up weeks ahead, opened by mistake) asks first.
 */
const EARLY_START_MS = 60 * 60_000;

function startsLater(startsAt: string): boolean {
  return Date.now() < Date.parse(startsAt) - EARLY_START_MS;
}

/**
 * Asked before ending: a besluit typed but not recorded can no longer be recorded afterwards, and
 * which slots still lack a verslag, as the server tells now (one may have been fixed since the page
 * loaded; when it cannot be asked, as the page last knew).
 */
async function endQuestionNow(
  meetingId: string,
  shown: MeetingView | null,
  drafts: SlotDraftStore,
): Promise<{ question: string; current: MeetingView | null }> {
  const current = await loadMeeting(meetingId).catch(() => null);
  const known = current ?? shown;
  const unsavedIn = drafts.unsavedSlots(["besluit", "besluitCorrectie"]);
  const titles = known === null ? [] : slotTitles(known, unsavedIn);
  const question = endQuestion({
    // Items the page cannot name are still warned about.
    unsavedBesluitIn: unsavedIn.length === 0 ? [] : titles.length > 0 ? titles : [t.anItem],
    withoutVerslag: known === null ? [] : slotsWithoutVerslag(known),
    incidentalInvitees: known === null || hasIncidentalInvitees(known),
  });
  return { question, current };
}
