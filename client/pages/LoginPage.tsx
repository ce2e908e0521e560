/** The login page: username and password, with a clear Dutch reason when signing in fails. */
import { useId, useRef, useState, type FormEvent } from "react";
import { Navigate, useLocation } from "react-router";
import { LoginRequestSchema } from "../../shared/api/auth.js";
import type { Role } from "../../shared/domain/roles.js";
import { AuthErrorCode } from "../api/auth.js";
import { errorMessage } from "../api/errorMessage.js";
import { ApiError } from "../api/errors.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { homePath, paths } from "../navigation.js";
import type { LoginLocationState } from "../session/RequireSession.js";
import { useSession } from "../session/sessionContext.js";

const t = messages.login;

/** Login form; a signed-in user is sent on to where they were going (or to Casussen). */
export function LoginPage() {
  const { state, signIn } = useSession();
  const location = useLocation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The expiry notice belongs to the visit that found the session gone; a new attempt hides it.
  const [attempted, setAttempted] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const usernameId = useId();
  const passwordId = useId();
  useDocumentTitle(t.title);

  if (state.status === "signedIn") {
    return <Navigate to={returnPath(location.state, state.user.role)} replace />;
  }
  const expired = state.status === "signedOut" && state.expired && !attempted;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setAttempted(true);
    // The server's own schema decides what a complete form is; its wording is for the API.
    const form = LoginRequestSchema.safeParse({ username: username.trim(), password });
    if (!form.success) {
      setError(t.missingFields);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(form.data.username, form.data.password);
    } catch (failure: unknown) {
      setError(loginFailureMessage(failure));
      setPassword("");
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-layout">
      <main className="login-card">
        <p className="brand brand-large">{messages.app.productName}</p>
        <h1>{t.title}</h1>
        <p className="muted">{t.intro}</p>
        {expired && (
          <p role="status" className="notice notice-info">
            {t.sessionExpired}
          </p>
        )}
        <div role="alert" className={error === null ? "alert-slot" : "notice notice-error"}>
          {error}
        </div>
        <form className="form" noValidate onSubmit={handleSubmit}>
          <div className="field">
            <label htmlFor={usernameId}>{t.username}</label>
            <input
              id={usernameId}
              name="username"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId}>{t.password}</label>
            <input
              id={passwordId}
              ref={passwordRef}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? t.submitting : t.submit}
          </button>
        </form>
      </main>
    </div>
  );
}

/** The Dutch reason a login failed: one generic text for wrong credentials, never which part. */
function loginFailureMessage(failure: unknown): string {
  if (failure instanceof ApiError) {
    if (failure.code === AuthErrorCode.InvalidCredentials) return t.invalidCredentials;
    if (failure.code === AuthErrorCode.TooManyAttempts) return t.tooManyAttempts;
  }
  return errorMessage(failure);
}

/** Where to go after login: back to the page an expired session interrupted, else home. */
function returnPath(state: unknown, role: Role): string {
  const from = (state as LoginLocationState | null)?.from;
  // Only same-app paths: "//host" would leave the site.
  if (typeof from === "string" && from.startsWith("/") && !from.startsWith("//")) {
    if (from !== paths.login) return from;
  }
  return homePath(role);
}
