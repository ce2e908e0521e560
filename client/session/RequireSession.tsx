/** Route guards: pages behind them need a signed-in user, and some a particular role. */
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { Role } from "../../shared/domain/roles.js";
import { ForbiddenPage } from "../pages/ForbiddenPage.js";
import { paths } from "../navigation.js";
import { useSession, useSignedInUser } from "./sessionContext.js";

/**
 * State the login page receives: where to go back to after an expired session, with the query
 * (which holds only what the page shows, such as the open document, never personal data).
 */
export interface LoginLocationState {
  from?: string;
}

/** Renders `children` for a signed-in user; otherwise sends the browser to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === "signedIn") return children;
  // After an expiry the user comes back to where they were; after a logout they start afresh.
  const loginState: LoginLocationState =
    state.status === "signedOut" && state.expired
      ? { from: location.pathname + location.search }
      : {};
  return <Navigate to={paths.login} replace state={loginState} />;
}

/** Renders `children` only for users with one of `roles`; others see "Geen toegang". */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useSignedInUser();
  return roles.includes(user.role) ? children : <ForbiddenPage />;
}
