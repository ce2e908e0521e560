/**
 * The frame around every signed-in page: product name, who is signed in, changing the password,
 * logout and the menu.
 */
import { useEffect, useRef, useState } from "react";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { ROLE_LABELS } from "../../shared/domain/roles.js";
import { useUnreadSignals } from "../actions/useUnreadSignals.js";
import { OwnPasswordForm } from "../account/OwnPasswordForm.js";
import { fetchCurrentUser } from "../api/auth.js";
import { errorMessage } from "../api/errorMessage.js";
import { messages } from "../i18n/messages.js";
import { navItemsFor, paths } from "../navigation.js";
import { IdleWarning } from "../session/IdleWarning.js";
import { useSession, useSignedInUser } from "../session/sessionContext.js";
import { LeaveGuardProvider } from "./LeaveGuard.js";
import { useDocumentTitle } from "./useDocumentTitle.js";

const MAIN_ID = "inhoud";

/**
 * Header, main menu and the current page (the router's `Outlet`); until the user replaced a
 * password a beheerder set, only the header and the form to choose their own.
 */
export function AppFrame() {
  const user = useSignedInUser();
  return user.mustChangePassword ? <OwnPasswordFrame /> : <FullFrame />;
}

/** The frame with the menu and the page. */
function FullFrame() {
  const user = useSignedInUser();
  const mainRef = useMainFocusOnNavigation();
  const unreadSignals = useUnreadSignals();

  return (
    <div className="frame">
      <FrameHeader />
      <nav className="main-nav" aria-label={messages.frame.mainNavigation}>
        <ul className="main-nav-list">
          {navItemsFor(user.role).map((item) => (
            <li key={item.path}>
              <NavLink to={item.path} className="main-nav-link">
                {item.label}
                {item.path === paths.myActions && unreadSignals > 0 && (
                  <span className="nav-badge">
                    {unreadSignals}
                    <span className="visually-hidden">
                      {" "}
                      {messages.frame.unreadSignals(unreadSignals)}
                    </span>
                  </span>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="frame-main">
        <LeaveGuardProvider>
          <Outlet />
        </LeaveGuardProvider>
      </main>
      <IdleWarning />
    </div>
  );
}

/** The frame of a user who must first choose their own password: nothing else is reachable. */
function OwnPasswordFrame() {
  const { userChanged } = useSession();
  useDocumentTitle(messages.ownPassword.forcedTitle);
  return (
    <div className="frame">
      <FrameHeader />
      <main id={MAIN_ID} tabIndex={-1} className="frame-main">
        <h1>{messages.ownPassword.forcedTitle}</h1>
        <p className="notice notice-info">{messages.ownPassword.forcedIntro}</p>
        <OwnPasswordForm onChanged={async () => userChanged(await fetchCurrentUser())} />
      </main>
      <IdleWarning />
    </div>
  );
}

/** Product name, who is signed in, changing the password, and logout (with why it failed). */
function FrameHeader() {
  const user = useSignedInUser();
  const { signOut } = useSession();
  const [logoutError, setLogoutError] = useState<string | null>(null);

  async function handleLogout() {
    setLogoutError(null);
    try {
      await signOut();
    } catch (error: unknown) {
      setLogoutError(`${messages.frame.logoutFailed} ${errorMessage(error)}`);
    }
  }

  return (
    <>
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
            {!user.mustChangePassword && (
              <Link to={paths.ownPassword} className="user-password-link">
                {messages.ownPassword.link}
              </Link>
            )}
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
      {logoutError !== null && (
        <p role="alert" className="notice notice-error frame-alert">
          {logoutError}
        </p>
      )}
    </>
  );
}

/**
 * Moves keyboard focus to the main region after each in-app navigation (not on first load), so
 * screen-reader and keyboard users start reading the new page instead of staying in the menu. A
 * field of the new page that has the focus already (the effect runs after the page is painted, and
 * someone quick may have clicked into it) keeps it: what they type there must not go astray.
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
    const main = mainRef.current;
    const focused = document.activeElement;
    if (main === null || (focused !== main && main.contains(focused))) return;
    main.focus();
  }, [pathname]);
  return mainRef;
}
