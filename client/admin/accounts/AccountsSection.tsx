/**
 * "Accounts" on the Beheer page: every account in a table, narrowed by what the beheerder types
 * (on the loaded list; nothing typed is sent), a form for a new account, and per account Wijzigen,
 * Nieuw wachtwoord instellen and Blokkeren/Deblokkeren (after a confirmation). Every change answers
 * the account as the server stored it, which replaces its row; a refusal shows the server's reason.
 */
import { useId, useState } from "react";
import type {
  AccountChangeRequest,
  AccountCreateRequest,
  AccountView,
} from "../../../shared/api/accounts.js";
import { errorMessage } from "../../api/errorMessage.js";
import { shownValue, useLoader } from "../../api/useLoader.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { messages } from "../../i18n/messages.js";
import { useSignedInUser } from "../../session/sessionContext.js";
import { AccountCreateForm } from "./AccountCreateForm.js";
import { AccountEditForm } from "./AccountEditForm.js";
import { filterAccounts, withAccount } from "./accountList.js";
import { AccountPasswordForm } from "./AccountPasswordForm.js";
import { AccountRow, type RowPanel } from "./AccountRow.js";
import { changeAccount, createAccount, fetchAccounts, setAccountPassword } from "./accountsApi.js";

const t = messages.accounts;
const COLUMNS = 6;

/** The last change's outcome as a sentence, or the reason it failed. */
type Notice = { kind: "done" | "failed"; message: string } | null;

/** The accounts section. */
export function AccountsSection() {
  const base = useId();
  const me = useSignedInUser();
  const { state, reload, replace } = useLoader("accounts", fetchAccounts);
  const list = shownValue(state);
  const [query, setQuery] = useState("");
  const [notice, setNotice] = useState<Notice>(null);
  const [open, setOpen] = useState<{ id: string; kind: RowPanel } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const stored = (account: AccountView, message: string) => {
    replace((current) => withAccount(current, account));
    setNotice({ kind: "done", message });
  };

  const create = async (request: AccountCreateRequest) => {
    setNotice(null);
    const account = await createAccount(request);
    stored(account, t.created(account.displayName));
  };

  const save = async (account: AccountView, change: AccountChangeRequest) => {
    setNotice(null);
    const next = await changeAccount(account.id, change);
    setOpen(null);
    stored(next, t.changed(next.displayName));
  };

  const setPassword = async (account: AccountView, password: string) => {
    setNotice(null);
    await setAccountPassword(account.id, password);
    setOpen(null);
    setNotice({ kind: "done", message: t.passwordSet(account.displayName) });
  };

  const toggleBlocked = (account: AccountView) => {
    if (busyId !== null) return;
    const blocking = !account.disabled;
    const question = blocking ? t.blockConfirm : t.unblockConfirm;
    if (!window.confirm(question(account.displayName))) return;
    setNotice(null);
    setBusyId(account.id);
    changeAccount(account.id, { disabled: blocking })
      .then(
        (next) =>
          stored(
            next,
            blocking ? t.blockedDone(next.displayName) : t.unblockedDone(next.displayName),
          ),
        (error: unknown) => setNotice({ kind: "failed", message: errorMessage(error) }),
      )
      .finally(() => setBusyId(null));
  };

  const panelOf = (account: AccountView) => {
    if (list === null || open?.id !== account.id) return null;
    const close = () => setOpen(null);
    const content =
      open.kind === "edit" ? (
        <AccountEditForm
          account={account}
          isSelf={account.id === me.id}
          organisations={list.organisations}
          regions={list.regions}
          onSave={(change) => save(account, change)}
          onCancel={close}
        />
      ) : (
        <AccountPasswordForm
          displayName={account.displayName}
          onSave={(password) => setPassword(account, password)}
          onCancel={close}
        />
      );
    return { kind: open.kind, content };
  };

  const shown = list === null ? [] : filterAccounts(list.accounts, query);
  return (
    <section aria-labelledby={`${base}-title`} className="acc-section">
      <h2 id={`${base}-title`}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {list === null && state.status === "loading" && <p role="status">{t.loading}</p>}
      {notice !== null && (
        <p
          className={`notice acc-notice ${notice.kind === "done" ? "notice-info" : "notice-error"}`}
          role={notice.kind === "done" ? "status" : "alert"}
        >
          {notice.message}
        </p>
      )}
      {list !== null && (
        <>
          <div className="field-compact acc-filter">
            <label htmlFor={`${base}-filter`}>{t.filterLabel}</label>
            <input
              id={`${base}-filter`}
              type="search"
              value={query}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <p className="muted" role="status">
            {shown.length === 0 ? t.noMatch : t.count(shown.length, list.accounts.length)}
          </p>
          {shown.length > 0 && (
            <div className="table-scroll">
              <table className="data-table acc-table">
                <caption className="visually-hidden">{t.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.columnName}</th>
                    <th scope="col">{t.columnOrganisation}</th>
                    <th scope="col">{t.columnRole}</th>
                    <th scope="col">{t.columnStatus}</th>
                    <th scope="col">{t.columnCreated}</th>
                    <th scope="col">{t.columnManage}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((account) => (
                    <AccountRow
                      key={account.id}
                      account={account}
                      isSelf={account.id === me.id}
                      panel={panelOf(account)}
                      busy={busyId === account.id}
                      columns={COLUMNS}
                      onOpen={(kind) =>
                        setOpen((current) =>
                          current?.id === account.id && current.kind === kind
                            ? null
                            : { id: account.id, kind },
                        )
                      }
                      onToggleBlocked={() => toggleBlocked(account)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <AccountCreateForm
            organisations={list.organisations}
            regions={list.regions}
            onCreate={create}
          />
        </>
      )}
    </section>
  );
}
