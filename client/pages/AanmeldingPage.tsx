/**
 * Nieuwe aanmelding: any partner professional registers a person or family for the ZVH. The
 * shared schema checks the form before it is sent (and the server checks it again); errors show
 * beside their fields and in a summary that takes the focus, with links to each field. Leaving a
 * started form asks first; a session that ends meanwhile keeps it in the tab's memory, and it is
 * back in the form after signing in again (aanmeldingDraft.ts).
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import type { AanmeldOpties } from "../../shared/api/cases.js";
import { CASE_KIND_LABELS, CASE_KINDS, type CaseKind } from "../../shared/domain/case.js";
import { createCase, fetchAanmeldOpties } from "../api/cases.js";
import { errorMessage } from "../api/errorMessage.js";
import { onSessionExpired } from "../api/http.js";
import { shownValue, useLoader } from "../api/useLoader.js";
import { AANMELDING_DRAFT, aanmeldingDrafts } from "../cases/aanmeldingDraft.js";
import {
  fieldId,
  initialAanmeldingForm,
  isAanmeldingStarted,
  validateAanmelding,
  withSuggestions,
  type AanmeldingForm,
  type FieldErrors,
} from "../cases/aanmeldingForm.js";
import { BetrokkeneFields } from "../cases/BetrokkeneFields.js";
import { SelectField, TextField } from "../cases/FormField.js";
import { InformedFields } from "../cases/InformedFields.js";
import { PartnerFields } from "../cases/PartnerFields.js";
import { useLeaveGuard } from "../components/LeaveGuard.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { casePath, paths } from "../navigation.js";

const t = messages.casussen.aanmelding;
const KIND_CHOICES = CASE_KINDS.map((kind) => ({ value: kind, label: CASE_KIND_LABELS[kind] }));

/** The aanmelding page. */
export function AanmeldingPage() {
  const navigate = useNavigate();
  const [start] = useState(() => {
    const kept = aanmeldingDrafts.take(AANMELDING_DRAFT);
    return { form: kept ?? initialAanmeldingForm(), restored: kept !== undefined };
  });
  const [form, setForm] = useState<AanmeldingForm>(start.form);
  const [created, setCreated] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { state: optionsLoad, reload: reloadOptions } = useLoader(
    "aanmeldopties",
    fetchAanmeldOpties,
  );
  const options: AanmeldOpties | null = shownValue(optionsLoad);
  const summaryRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t.title);

  const started = isAanmeldingStarted(form);
  useLeaveGuard(started && created === null, t.leaveUnsaved);
  // The session may end while the form is open (the login page then takes its place): keep it.
  const current = useRef(form);
  useEffect(() => {
    current.current = form;
  }, [form]);
  useEffect(
    () =>
      onSessionExpired(() => {
        if (isAanmeldingStarted(current.current)) {
          aanmeldingDrafts.keep(AANMELDING_DRAFT, current.current);
        }
      }),
    [],
  );
  // Opened once the leave guard has gone with the sent form.
  useEffect(() => {
    if (created !== null) void navigate(casePath(created));
  }, [created, navigate]);

  // Every change applies to the form as it is then: two quick edits never undo each other.
  const change = (
    changes: Partial<AanmeldingForm> | ((current: AanmeldingForm) => Partial<AanmeldingForm>),
  ) =>
    setForm((current) =>
      withSuggestions({
        ...current,
        ...(typeof changes === "function" ? changes(current) : changes),
      }),
    );
  const text = (name: "reden" | "verwachting" | "doel") => ({
    path: name,
    value: form[name],
    error: errors[name],
    onChange: (value: string) => change({ [name]: value }),
    multiline: true,
    required: true,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = validateAanmelding(form);
    setFailure(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      // Let the summary render, then move the focus there so screen readers announce it.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      setCreated(await createCase(checked.request));
    } catch (error: unknown) {
      setFailure(errorMessage(error));
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const errorList = Object.entries(errors);
  return (
    <>
      <p>
        <Link to={paths.cases}>{t.backToList}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {start.restored && (
        <p className="notice notice-info" role="status">
          {t.restored}
        </p>
      )}
      <div ref={summaryRef} tabIndex={-1} role="alert" className="cases-summary">
        {failure && <p className="notice notice-error">{failure}</p>}
        {errorList.length > 0 && (
          <div className="notice notice-error">
            <p>{t.errorSummary}</p>
            <ul>
              {errorList.map(([path, message]) => (
                <li key={path}>
                  <a href={`#${fieldId(path)}`}>{message}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {optionsLoad.status === "failed" && (
        <LoadFailure failure={optionsLoad} onRetry={reloadOptions} />
      )}
      {optionsLoad.status === "loading" && <p role="status">{t.loadingOptions}</p>}
      {options !== null && (
        <form className="form cases-form" noValidate onSubmit={handleSubmit}>
          <BetrokkeneFields
            betrokkenen={form.betrokkenen}
            errors={errors}
            onChange={(update) =>
              change((current) => ({ betrokkenen: update(current.betrokkenen) }))
            }
          />
          <fieldset className="cases-fieldset">
            <legend>{t.caseLegend}</legend>
            <div className="cases-grid">
              <SelectField
                path="kind"
                label={t.kind}
                placeholder={t.chooseKind}
                choices={KIND_CHOICES}
                value={form.kind}
                error={errors.kind}
                onChange={(kind) => change({ kind: kind as CaseKind | "" })}
                required
              />
              <TextField
                path="gemeente"
                label={t.gemeente}
                value={form.gemeente}
                error={errors.gemeente}
                onChange={(gemeente) => change({ gemeente, gemeenteEdited: true })}
                required
              />
            </div>
            <TextField
              path="title"
              label={t.caseTitle}
              hint={t.caseTitleHint}
              value={form.title}
              error={errors.title}
              onChange={(title) => change({ title, titleEdited: true })}
            />
          </fieldset>
          <fieldset className="cases-fieldset">
            <legend>{t.vraagLegend}</legend>
            <TextField {...text("reden")} label={t.reden} />
            <TextField {...text("verwachting")} label={t.verwachting} />
            <TextField {...text("doel")} label={t.doel} />
          </fieldset>
          <PartnerFields
            partners={form.partners}
            organisations={options.organisations}
            errors={errors}
            onChange={(update) => change((current) => ({ partners: update(current.partners) }))}
          />
          <InformedFields
            geinformeerd={form.geinformeerd}
            reden={form.redenNietGeinformeerd}
            errors={errors}
            onChange={change}
          />
          <p>
            <button type="submit" className="button button-primary" aria-disabled={busy}>
              {busy ? t.submitting : t.submit}
            </button>
          </p>
        </form>
      )}
    </>
  );
}
