/** Holds the session: asks the server who is signed in, and follows login, logout and expiry. */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { AuthErrorCode, fetchCurrentUser, login, logout } from "../api/auth.js";
import { ApiError } from "../api/errors.js";
import { onSessionExpired } from "../api/http.js";
import { loadWithRetry } from "../api/loadWithRetry.js";
import type { PublicUser } from "../../shared/domain/user.js";
import { tabMemory } from "./keptForUser.js";
import { SessionContext, type Session, type SessionState } from "./sessionContext.js";

const UNAUTHORIZED = 401;

/** Provides the session to the whole app; checks `GET /api/me` on start and on retry. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "checking" });
  const [check, setCheck] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    // While the server cannot be reached the check is tried again by itself (see loadWithRetry),
    // so the app starts once the server is back, without the user reloading.
    loadWithRetry(fetchCurrentUser, {
      signal: controller.signal,
      onRetry: () => setState({ status: "unreachable", retrying: true }),
    }).then(
      (user) => {
        tabMemory.signedIn(user.id);
        setState({ status: "signedIn", user });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === UNAUTHORIZED) {
          // Without a cookie the server says "unauthenticated": a first visit, not an expiry.
          setState({ status: "signedOut", expired: error.code === AuthErrorCode.SessionExpired });
        } else {
          setState({ status: "unreachable", retrying: false });
        }
      },
    );
    return () => controller.abort();
  }, [check]);

  // Only a signed-in user can lose a session; a late 401 after logout must not say "expired".
  useEffect(
    () =>
      onSessionExpired(() =>
        setState((current) =>
          current.status === "signedIn" ? { status: "signedOut", expired: true } : current,
        ),
      ),
    [],
  );

  const signIn = useCallback(async (username: string, password: string) => {
    const user = await login(username, password);
    tabMemory.signedIn(user.id);
    setState({ status: "signedIn", user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } catch (error: unknown) {
      // A 401 means the server had already ended the session: the user is signed out anyway.
      if (!(error instanceof ApiError && error.status === UNAUTHORIZED)) throw error;
    }
    tabMemory.signedOut();
    setState({ status: "signedOut", expired: false });
  }, []);

  const retry = useCallback(() => {
    setState({ status: "checking" });
    setCheck((n) => n + 1);
  }, []);

  const userChanged = useCallback((user: PublicUser) => {
    setState((current) => (current.status === "signedIn" ? { status: "signedIn", user } : current));
  }, []);

  const session = useMemo<Session>(
    () => ({ state, signIn, signOut, retry, userChanged }),
    [state, signIn, signOut, retry, userChanged],
  );
  return <SessionContext value={session}>{children}</SessionContext>;
}
