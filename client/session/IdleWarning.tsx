/**
 * Warns before the idle timeout ends the session, and lets the user stay signed in (WCAG 2.2.1).
 * The server says how long the session has left (`GET /api/session`, asked without counting as
 * activity), so an edit in a live document or a request from another tab is taken into account.
 * While the warning shows, pressing a key or clicking anywhere counts as staying: the chair typing
 * a besluit or a partner following the overleg is not logged out by it, an unattended laptop is.
 */
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { fetchSessionTimeLeft, staySignedIn } from "../api/auth.js";
import { messages } from "../i18n/messages.js";
import { formatMinutesSeconds } from "../format/duration.js";
import { planIdleWarning } from "./idleWarningTiming.js";

const t = messages.frame;
/** After a failed question (server unreachable), ask again this much later. */
const RETRY_MS = 60_000;
/** Input while the warning shows stays signed in at most this often (not a request per key). */
const STAY_ON_INPUT_GAP_MS = 5_000;

interface Warning {
  /** `Date.now()` at which the session ends. */
  endsAt: number;
  extendable: boolean;
}

/** The warning box, shown only in the last minutes before the session ends. */
export function IdleWarning() {
  const titleId = useId();
  const [warning, setWarning] = useState<Warning | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const staying = useRef(false);
  // False once the page left the signed-in frame: an answer arriving later schedules nothing.
  const mounted = useRef(true);

  const ask = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    let recheckInMs = RETRY_MS;
    try {
      const plan = planIdleWarning(await fetchSessionTimeLeft());
      if (!mounted.current) return;
      setWarning(
        plan.warning === null
          ? null
          : { endsAt: Date.now() + plan.warning.endsInMs, ...plan.warning },
      );
      recheckInMs = plan.recheckInMs;
    } catch {
      // A lost session is handled by the session (the login page shows); anything else: later.
    }
    if (mounted.current) timer.current = setTimeout(() => void ask(), recheckInMs);
  }, []);

  useEffect(() => {
    mounted.current = true;
    void ask();
    return () => {
      mounted.current = false;
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [ask]);

  const stay = useCallback(async () => {
    if (staying.current) return;
    staying.current = true;
    try {
      await staySignedIn();
      await ask();
    } catch {
      // Expired meanwhile: the session shows the login page.
    } finally {
      staying.current = false;
    }
  }, [ask]);

  const showing = warning !== null;
  const extendable = warning?.extendable ?? false;
  useEffect(() => {
    if (!showing) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    // Signing out is no reason to stay signed in.
    let lastStay = Number.NEGATIVE_INFINITY;
    const onInput = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("[data-ends-session]") != null) return;
      if (Date.now() - lastStay < STAY_ON_INPUT_GAP_MS) return;
      lastStay = Date.now();
      void stay();
    };
    if (extendable) {
      document.addEventListener("keydown", onInput, true);
      document.addEventListener("pointerdown", onInput, true);
    }
    return () => {
      clearInterval(tick);
      document.removeEventListener("keydown", onInput, true);
      document.removeEventListener("pointerdown", onInput, true);
    };
  }, [showing, extendable, stay]);

  const left = warning === null ? 0 : warning.endsAt - now;
  const ended = showing && left <= 0;
  useEffect(() => {
    // The end has come: the server's answer (401) lets the session show the login page, or says
    // the session was kept alive elsewhere meanwhile. Asked once, without counting as activity.
    if (ended) void ask();
  }, [ended, ask]);

  if (warning === null) return null;
  return (
    <section className="idle-warning" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.idleWarningTitle}</h2>
      <p role="alert">{warning.extendable ? t.idleWarning : t.lifetimeWarning}</p>
      <p className="idle-warning-countdown" aria-hidden="true">
        {t.idleCountdown(formatMinutesSeconds(left))}
      </p>
      {warning.extendable && (
        <button type="button" className="button button-primary" onClick={() => void stay()}>
          {t.stayIn}
        </button>
      )}
    </section>
  );
}
