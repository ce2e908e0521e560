/**
 * "Nieuw account": username, name, organisation, role, region (optional) and a first password.
 * Checked with the shared schema before sending; the server's answer (a taken username, say) is
 * shown in the form, which keeps what was typed. After success the form starts empty again.
 */
import { useId, useState } from "react";
import {
  AccountCreateSchema,
  type AccountCreateRequest,
  type AccountList,
} from "../../../shared/api/accounts.js";
import { messages } from "../../i18n/messages.js";
import { AccountField } from "./AccountField.js";
import { AccountFormEnd } from "./AccountFormEnd.js";
import { checkForm } from "../../forms/checkedForm.js";
import { OrganisationSelect } from "./OrganisationSelect.js";
import { RegionOptions } from "./RegionOptions.js";
import { RoleOptions } from "./RoleOptions.js";
import { useCheckedSubmit } from "../../forms/useCheckedSubmit.js";

const t = messages.accounts;

const EMPTY = {
  username: "",
  displayName: "",
  organisationId: "",
  role: "",
  regio: "",
  password: "",
};

/** Props: the organisations and regions to choose from, and what creating does (rejects with the reason). */
export interface AccountCreateFormProps {
  organisations: AccountList["organisations"];
  regions: AccountList["regions"];
  onCreate: (account: AccountCreateRequest) => Promise<void>;
}

/** The new-account form. */
export function AccountCreateForm({ organisations, regions, onCreate }: AccountCreateFormProps) {
  const base = useId();
  const [values, setValues] = useState(EMPTY);
  const set = (patch: Partial<typeof EMPTY>) => setValues((v) => ({ ...v, ...patch }));
  const { errors, failure, busy, onSubmit } = useCheckedSubmit(
    () => checkForm(AccountCreateSchema, values),
    async (account) => {
      await onCreate(account);
      setValues(EMPTY);
    },
  );

  const id = (field: string) => `${base}-${field}`;
  return (
    <form className="panel acc-create" aria-labelledby={id("title")} onSubmit={onSubmit} noValidate>
      <h3 id={id("title")}>{t.createTitle}</h3>
      <div className="acc-fields">
        <AccountField
          id={id("username")}
          label={t.username}
          hint={t.usernameHint}
          error={errors.username}
        >
          {(control) => (
            <input
              {...control}
              value={values.username}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => set({ username: e.target.value })}
            />
          )}
        </AccountField>
        <AccountField id={id("displayName")} label={t.displayName} error={errors.displayName}>
          {(control) => (
            <input
              {...control}
              value={values.displayName}
              autoComplete="off"
              onChange={(e) => set({ displayName: e.target.value })}
            />
          )}
        </AccountField>
        <AccountField id={id("organisation")} label={t.organisation} error={errors.organisationId}>
          {(control) => (
            <OrganisationSelect
              control={control}
              organisations={organisations}
              value={values.organisationId}
              first={{ value: "", label: t.chooseOrganisation }}
              onChange={(organisationId) => set({ organisationId })}
            />
          )}
        </AccountField>
        <AccountField id={id("role")} label={t.role} error={errors.role}>
          {(control) => (
            <select
              {...control}
              value={values.role}
              onChange={(e) => set({ role: e.target.value })}
            >
              <option value="">{t.chooseRole}</option>
              <RoleOptions />
            </select>
          )}
        </AccountField>
        <AccountField
          id={id("regio")}
          label={
            <>
              {t.regio} <span className="muted">{t.optional}</span>
            </>
          }
          hint={t.regioHint}
          error={errors.regio}
        >
          {(control) => (
            <select
              {...control}
              value={values.regio}
              onChange={(e) => set({ regio: e.target.value })}
            >
              <option value="">{t.ownRegion}</option>
              <RegionOptions regions={regions} />
            </select>
          )}
        </AccountField>
        <AccountField
          id={id("password")}
          label={t.password}
          hint={t.passwordHint}
          error={errors.password}
          wide
        >
          {(control) => (
            <input
              {...control}
              type="password"
              value={values.password}
              autoComplete="new-password"
              onChange={(e) => set({ password: e.target.value })}
            />
          )}
        </AccountField>
      </div>
      <AccountFormEnd failure={failure} busy={busy} submitLabel={t.create} />
    </form>
  );
}
