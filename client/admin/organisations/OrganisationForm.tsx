/**
 * An organisation's name and kind: empty to add one, filled in to change one (only what changed
 * is sent). Checked with the shared schema before sending; the server's refusal (a name in use)
 * shows in the form, which keeps what was typed. After adding, the form starts empty again.
 */
import { useId, useState } from "react";
import {
  OrganisationChangeSchema,
  OrganisationCreateSchema,
  type OrganisationChangeRequest,
  type OrganisationCreateRequest,
  type OrganisationView,
} from "../../../shared/api/organisations.js";
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
} from "../../../shared/domain/organisation.js";
import { checkForm } from "../../forms/checkedForm.js";
import { useCheckedSubmit } from "../../forms/useCheckedSubmit.js";
import { messages } from "../../i18n/messages.js";
import { AccountField } from "../accounts/AccountField.js";
import { AccountFormEnd } from "../accounts/AccountFormEnd.js";

const t = messages.organisations;

/** Props: with `organisation` the form changes it, without it adds one. */
export type OrganisationFormProps =
  | { organisation?: undefined; onSave: (request: OrganisationCreateRequest) => Promise<void> }
  | {
      organisation: OrganisationView;
      onSave: (change: OrganisationChangeRequest) => Promise<void>;
      onCancel: () => void;
    };

/** The form. */
export function OrganisationForm(props: OrganisationFormProps) {
  const base = useId();
  const current = props.organisation;
  const empty = { name: current?.name ?? "", kind: current?.kind ?? "" };
  const [values, setValues] = useState(empty);
  const { errors, failure, busy, onSubmit } = useCheckedSubmit(
    () =>
      current === undefined
        ? checkForm(OrganisationCreateSchema, values)
        : checkForm(OrganisationChangeSchema, {
            name: values.name === current.name ? undefined : values.name,
            kind: values.kind === current.kind ? undefined : values.kind,
          }),
    async (request) => {
      if (props.organisation === undefined) {
        await props.onSave(request as OrganisationCreateRequest);
        setValues(empty);
      } else {
        await props.onSave(request);
      }
    },
  );

  const id = (field: string) => `${base}-${field}`;
  return (
    <form
      className={current === undefined ? "panel acc-create" : "acc-panel"}
      aria-labelledby={id("title")}
      onSubmit={onSubmit}
      noValidate
    >
      <h3 id={id("title")}>{current === undefined ? t.createTitle : t.editTitle(current.name)}</h3>
      <div className="acc-fields">
        <AccountField id={id("name")} label={t.name} error={errors.name}>
          {(control) => (
            <input
              {...control}
              value={values.name}
              autoComplete="off"
              onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
            />
          )}
        </AccountField>
        <AccountField id={id("kind")} label={t.kind} error={errors.kind}>
          {(control) => (
            <select
              {...control}
              value={values.kind}
              onChange={(e) => setValues((v) => ({ ...v, kind: e.target.value }))}
            >
              {current === undefined && <option value="">{t.chooseKind}</option>}
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ORGANISATION_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </AccountField>
      </div>
      <AccountFormEnd
        failure={failure}
        busy={busy}
        submitLabel={current === undefined ? t.create : t.save}
        {...(props.organisation !== undefined ? { onCancel: props.onCancel } : {})}
      />
    </form>
  );
}
