/** The client's routes and the session around them. */
import { Suspense } from "react";
import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { AppFrame } from "./components/AppFrame.js";
import { lazyPage } from "./components/lazyPage.js";
import { PageError } from "./components/PageError.js";
import { CheckingScreen, UnreachableScreen } from "./components/StatusScreen.js";
import { messages } from "./i18n/messages.js";
import { ADMIN_ROLES, homePath, paths } from "./navigation.js";
import { REGISTERING_ROLES } from "../shared/api/cases.js";
import { REPORT_ROLES } from "../shared/api/reports.js";
import { AanmeldingPage } from "./pages/AanmeldingPage.js";
import { AdminPage } from "./pages/AdminPage.js";
import { CaseActionsPage } from "./pages/CaseActionsPage.js";
import { CaseListPage } from "./pages/CaseListPage.js";
import { CasePage } from "./pages/CasePage.js";
import { LoginPage } from "./pages/LoginPage.js";
import { MeetingsPage } from "./pages/MeetingsPage.js";
import { MeetingsEditPage } from "./pages/MeetingsEditPage.js";
import { MeetingsPlanPage } from "./pages/MeetingsPlanPage.js";
import { meetingEditPattern, meetingPattern, meetingPlanPath } from "./meetings/meetingPaths.js";
import { MyActionsPage } from "./pages/MyActionsPage.js";
import { NotFoundPage } from "./pages/NotFoundPage.js";
import { OwnPasswordPage } from "./pages/OwnPasswordPage.js";
import { ReportsPage } from "./pages/ReportsPage.js";
import { RequireRole, RequireSession } from "./session/RequireSession.js";
import { SessionProvider } from "./session/SessionProvider.js";
import { useSession, useSignedInUser } from "./session/sessionContext.js";

/** Who may plan an overleg (the server checks the same). */
const PLANNING_ROLES = ["procesregisseur"] as const;

// The live meeting room embeds the case documents (Tiptap, Yjs): a chunk of its own, loaded only there,
// so the login page and the lists stay small.
const MeetingsRoomPage = lazyPage(() =>
  import("./pages/MeetingsRoomPage.js").then((module) => module.MeetingsRoomPage),
);

const router = createBrowserRouter([
  { path: paths.login, element: <LoginPage /> },
  {
    element: (
      <RequireSession>
        <AppFrame />
      </RequireSession>
    ),
    children: [
      // A page that fails to render (its code could not be downloaded) is replaced inside the
      // frame, so the menu stays and the user can go elsewhere.
      {
        errorElement: <PageError />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: paths.cases, element: <CaseListPage /> },
          {
            path: paths.newCase,
            element: (
              <RequireRole roles={REGISTERING_ROLES}>
                <AanmeldingPage />
              </RequireRole>
            ),
          },
          { path: paths.casePattern, element: <CasePage /> },
          { path: paths.meetings, element: <MeetingsPage /> },
          {
            path: meetingPlanPath,
            element: (
              <RequireRole roles={PLANNING_ROLES}>
                <MeetingsPlanPage />
              </RequireRole>
            ),
          },
          {
            path: meetingEditPattern,
            element: (
              <RequireRole roles={PLANNING_ROLES}>
                <MeetingsEditPage />
              </RequireRole>
            ),
          },
          {
            path: meetingPattern,
            element: (
              <Suspense fallback={<p role="status">{messages.app.loading}</p>}>
                <MeetingsRoomPage />
              </Suspense>
            ),
          },
          {
            path: paths.myActions,
            element: <MyActionsPage />,
          },
          { path: `${paths.casePattern}/acties`, element: <CaseActionsPage /> },
          { path: paths.ownPassword, element: <OwnPasswordPage /> },
          {
            path: paths.reports,
            element: (
              <RequireRole roles={REPORT_ROLES}>
                <ReportsPage />
              </RequireRole>
            ),
          },
          {
            // `/beheer/<section>`: audit trail, accounts, bewaartermijn (see admin/adminSections.ts).
            path: `${paths.admin}/:section?`,
            element: (
              <RequireRole roles={ADMIN_ROLES}>
                <AdminPage />
              </RequireRole>
            ),
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

/** The whole client: the session check first, then the routes. */
export function App() {
  return (
    <SessionProvider>
      <SessionGate />
    </SessionProvider>
  );
}

/** Holds the routes back until the start-up session check has an answer. */
function SessionGate() {
  const { state, retry } = useSession();
  if (state.status === "checking") return <CheckingScreen />;
  if (state.status === "unreachable") {
    return <UnreachableScreen retrying={state.retrying} onRetry={retry} />;
  }
  return <RouterProvider router={router} />;
}

/** The start page: where the signed-in user's role starts (`homePath`). */
function HomeRedirect() {
  return <Navigate to={homePath(useSignedInUser().role)} replace />;
}
