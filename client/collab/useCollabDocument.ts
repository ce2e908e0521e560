/** React access to collaborative documents: open on mount, close on unmount, re-render on change. */
import { useEffect, useState, useSyncExternalStore } from "react";
import type { AwarenessUser } from "../../shared/wire/messages.js";
import { CollabSession, collabServerUrl, type CollabSnapshot } from "./collabSession.js";

/** Opens `docName` for as long as the component is mounted; null until the session exists. */
export function useCollabSession(docName: string, user: AwarenessUser): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const { name, organisation, color } = user;
  useEffect(() => {
    const opened = new CollabSession(
      docName,
      { name, organisation, ...(color === undefined ? {} : { color }) },
      collabServerUrl(window.location),
    );
    setSession(opened);
    return () => {
      setSession(null);
      opened.destroy();
    };
  }, [docName, name, organisation, color]);
  return session;
}

const NO_SESSION: CollabSnapshot = {
  state: { kind: "connecting" },
  unsaved: false,
  readOnlyRefused: false,
  accessChecks: 0,
  breaks: 0,
};
const noop = () => () => undefined;

/** The sync snapshot of a session (connecting while there is none yet). */
export function useCollabSnapshot(session: CollabSession | null): CollabSnapshot {
  return useSyncExternalStore(session?.subscribe ?? noop, session?.snapshot ?? (() => NO_SESSION));
}
