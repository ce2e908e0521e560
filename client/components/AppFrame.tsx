/** The frame around every signed-in page: product name, who is signed in, logout and the menu. */
import { useEffect, useRef, useState } from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { ROLE_LABELS } from "../../shared/domain/roles.js";
import { useUnreadSignals } from "../actions/useUnreadSignals.js";
import { errorMessage } from "../api/errorMessage.js";
import { messages } from "../i18n/messages.js";
import { navItemsFor, paths } from "../navigation.js";
import { IdleWarning } from "../session/IdleWarning.js";
import { useSession, useSignedInUser } from "../session/sessionContext.js";
import { LeaveGuardProvider } from "./LeaveGuard.js";

const MAIN_ID = "inhoud";

/** Header, main menu and the current page (the router's `Outlet`). */
export function AppFrame() {
  const user = useSignedInUser();
  const { signOut } = useSession();
  const [logoutError, setLogoutError] = useState<string | null>(null);
  const mainRef = useMainFocusOnNavigation();
  const unreadSignals = useUnreadSignals();

  async function handleLogout() {
    setLogoutError(null);
    try {
      await signOut();
    } catch (error: unknown) {
      setLogoutError(`${messages.frame.logoutFailed} ${errorMessage(error)}`);
    }
  }

  return (
    <div className="frame">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {messages.app.skipToContent}
      </a>
      <header className="frame-header">
        <div className="frame-header-inner">
          <Link to={paths.cases} className="brand">
            {messages.app.productName}
          </Link>
          <div className="user-card">
            <span className="visually-hidden">{messages.frame.signedInAs} </span>
            <span className="user-name">{user.displayName}</span>
            <span className="user-detail">
              {user.organisationName} · <span className="user-role">{ROLE_LABELS[user.role]}</span>
            </span>
          </div>
          <button
            type="button"
            className="button button-on-brand"
            data-ends-session
            onClick={handleLogout}
          >
            {messages.frame.logout}
          </button>
        </div>
      </header>
      <nav className="main-nav" aria-label={messages.frame.mainNavigation}>
        <ul className="main-nav-list">
          {navItemsFor(user.role).map((item) => (
            <li key={item.path}>
              <NavLink to={item.path} className="main-nav-link">
                {item.label}
                {item.path === paths.myActions && unreadSignals > 0 && (
                  <span className="nav-badge">
                    {unreadSignals}
                    <span className="visually-hidden"> {messages.frame.unreadSignals}</span>
                  </span>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {logoutError !== null && (
        <p role="alert" className="notice notice-error frame-alert">
          {logoutError}
        </p>
      )}
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="frame-main">
        <LeaveGuardProvider>
          <Outlet />
        </LeaveGuardProvider>
      </main>
      <IdleWarning />
    </div>
  );
}

/**
 * Moves keyboard focus to the main region after each in-app navigation (not on first load), so
 * screen-reader and keyboard users start reading the new page instead of staying in the menu.
 */
function useMainFocusOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);
  return mainRef;
}
