/**
 * Changes one account's name, organisation, role and region, in a panel below its row. Only what changed
 * is sent. Beheerders cannot change their own role (the server refuses it too), so the role choice
 * is fixed on their own row.
 */
import { useId, useState } from "react";
import type {
  AccountChangeRequest,
  AccountList,
  AccountView,
} from "../../../shared/api/accounts.js";
import { RoleSchema } from "../../../shared/domain/roles.js";
import { messages } from "../../i18n/messages.js";
import { AccountField } from "./AccountField.js";
import { AccountFormEnd } from "./AccountFormEnd.js";
import { checkEdit, editValuesOf } from "./accountForms.js";
import { OrganisationSelect } from "./OrganisationSelect.js";
import { RegionOptions } from "./RegionOptions.js";
import { RoleOptions } from "./RoleOptions.js";
import { useCheckedSubmit } from "../../forms/useCheckedSubmit.js";

const t = messages.accounts;

/** Props: the account, whether it is the beheerder's own, the organisations, save and cancel. */
export interface AccountEditFormProps {
  account: AccountView;
  isSelf: boolean;
  organisations: AccountList["organisations"];
  regions: AccountList["regions"];
  /** Saves the change; rejects with the reason, which the form shows. */
  onSave: (change: AccountChangeRequest) => Promise<void>;
  onCancel: () => void;
}

/** The edit form of one account. */
export function AccountEditForm({
  account,
  isSelf,
  organisations,
  regions,
  onSave,
  onCancel,
}: AccountEditFormProps) {
  const base = useId();
  const [values, setValues] = useState(() => editValuesOf(account));
  const known = organisations.some((o) => o.id === account.organisationId);
  const { errors, failure, busy, onSubmit } = useCheckedSubmit(
    () => checkEdit(account, values),
    onSave,
  );

  const id = (field: string) => `${base}-${field}`;
  return (
    <form className="acc-panel" aria-labelledby={id("title")} onSubmit={onSubmit} noValidate>
      <h3 id={id("title")}>{t.editTitle(account.displayName)}</h3>
      <div className="acc-fields">
        <AccountField id={id("name")} label={t.displayName} error={errors.displayName}>
          {(control) => (
            <input
              {...control}
              value={values.displayName}
              autoComplete="off"
              onChange={(e) => setValues((v) => ({ ...v, displayName: e.target.value }))}
            />
          )}
        </AccountField>
        <AccountField
          id={id("organisation")}
          label={t.organisation}
          error={errors.organisationId}
          hint={t.moveHint}
        >
          {(control) => (
            <OrganisationSelect
              control={control}
              organisations={organisations}
              value={values.organisationId}
              first={known ? null : { value: account.organisationId, label: t.unknownOrganisation }}
              onChange={(organisationId) => setValues((v) => ({ ...v, organisationId }))}
            />
          )}
        </AccountField>
        <AccountField
          id={id("role")}
          label={t.role}
          error={errors.role}
          hint={isSelf ? t.ownRoleNote : undefined}
        >
          {(control) => (
            <select
              {...control}
              value={values.role}
              disabled={isSelf}
              onChange={(e) =>
                setValues((v) => ({ ...v, role: RoleSchema.catch(v.role).parse(e.target.value) }))
              }
            >
              <RoleOptions />
            </select>
          )}
        </AccountField>
        <AccountField id={id("regio")} label={t.regio} error={errors.regio} hint={t.moveHint}>
          {(control) => (
            <select
              {...control}
              value={values.regio}
              onChange={(e) => setValues((v) => ({ ...v, regio: e.target.value }))}
            >
              <RegionOptions
                regions={regions.includes(account.regio) ? regions : [account.regio, ...regions]}
              />
            </select>
          )}
        </AccountField>
      </div>
      <AccountFormEnd failure={failure} busy={busy} submitLabel={t.save} onCancel={onCancel} />
    </form>
  );
}
