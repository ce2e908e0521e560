/** What the app knows about the signed-in user, shared through React context. */
import { createContext, useContext } from "react";
import type { PublicUser } from "../../shared/domain/user.js";

/** Where the session stands: checked once at start-up, then changed by login, logout and expiry. */
export type SessionState =
  | { status: "checking" }
  /** `retrying` is true while the check is tried again by itself (the server may come back). */
  | { status: "unreachable"; retrying: boolean }
  /** `expired` is true when a session was lost rather than ended by the user. */
  | { status: "signedOut"; expired: boolean }
  | { status: "signedIn"; user: PublicUser };

/** The session and the actions that change it. */
export interface Session {
  state: SessionState;
  /** Signs in; rejects with `ApiError` so the login page can say why. */
  signIn: (username: string, password: string) => Promise<void>;
  /** Signs out on the server, then forgets the user. */
  signOut: () => Promise<void>;
  /** Checks the session again after the server was unreachable. */
  retry: () => void;
  /** Takes the user as the server now answers it (after choosing an own password). */
  userChanged: (user: PublicUser) => void;
}

/** The session context; provided once by `SessionProvider`. */
export const SessionContext = createContext<Session | null>(null);

/** The current session; only valid below `SessionProvider`. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSession is used outside SessionProvider");
  return session;
}

/** The signed-in user; only valid inside pages that `RequireSession` guards. */
export function useSignedInUser(): PublicUser {
  const { state } = useSession();
  if (state.status !== "signedIn") throw new Error("useSignedInUser is used without a session");
  return state.user;
}
