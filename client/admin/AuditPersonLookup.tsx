/**
 * The overview per person concerned (NEN 7513): the privacy officer types a BSN and a date of
 * birth (or, for someone recorded without a BSN, the name and the date of birth), the server names
 * the person's ids in every case (`POST /api/audit/persons`), and the trail is filtered on all of
 * them at once, so what was done with the person's data reads in one chronological list. What was
 * typed is sent in a request body only, and the form forgets it after use.
 */
import { useId, useState, type FormEvent } from "react";
import { AuditPersonLookupSchema } from "../../shared/api/audit.js";
import { errorMessage } from "../api/errorMessage.js";
import { FormOutcome, type Outcome } from "../components/FormOutcome.js";
import { messages } from "../i18n/messages.js";
import { findAuditPerson } from "./auditApi.js";

const t = messages.audit;

/** The form's name of each field the lookup schema may refuse. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  bsn: t.personBsn,
  naam: t.personName,
  geboortedatum: t.personBirthDate,
};

/** The lookup form; `onFound` gets the person's ids, comma-separated, for the trail's filter. */
export function AuditPersonLookup({ onFound }: { onFound: (subjectIds: string) => void }) {
  const base = useId();
  const [bsn, setBsn] = useState("");
  const [naam, setNaam] = useState("");
  const [geboortedatum, setGeboortedatum] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = AuditPersonLookupSchema.safeParse({ bsn: bsn.trim(), naam, geboortedatum });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = FIELD_NAMES[String(issue?.path[0])] ?? t.personBirthDate;
      setOutcome({ ok: false, message: t.invalidFilter(field, issue?.message ?? "") });
      return;
    }
    setBusy(true);
    try {
      const found = await findAuditPerson(parsed.data);
      if (found.subjectIds.length === 0) {
        setOutcome({ ok: false, message: t.personNotFound });
        return;
      }
      setBsn("");
      setNaam("");
      setGeboortedatum("");
      setOutcome({ ok: true, message: t.personFound(found.cases) });
      onFound(found.subjectIds.join(","));
    } catch (error: unknown) {
      setOutcome({ ok: false, message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="audit-person" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{t.personTitle}</legend>
        <p className="muted">{t.personIntro}</p>
        <div className="audit-filter-fields">
          <div className="field-compact">
            <label htmlFor={`${base}-bsn`}>{t.personBsn}</label>
            <input
              id={`${base}-bsn`}
              value={bsn}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setBsn(e.target.value)}
            />
          </div>
          <div className="field-compact">
            <label htmlFor={`${base}-naam`}>{t.personName}</label>
            <input
              id={`${base}-naam`}
              value={naam}
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${base}-naam-hint`}
              onChange={(e) => setNaam(e.target.value)}
            />
            <p id={`${base}-naam-hint`} className="acc-hint">
              {t.personNameHint}
            </p>
          </div>
          <div className="field-compact">
            <label htmlFor={`${base}-dob`}>{t.personBirthDate}</label>
            <input
              id={`${base}-dob`}
              type="date"
              value={geboortedatum}
              onChange={(e) => setGeboortedatum(e.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t.personFind}
          </button>
        </div>
        <FormOutcome outcome={outcome} />
      </fieldset>
    </form>
  );
}
