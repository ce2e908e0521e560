/**
 * One account as a table row: name and username, organisation and region, role, state and creation date,
 * with Wijzigen, Nieuw wachtwoord instellen and Blokkeren/Deblokkeren, and a link to what the
 * audit trail holds on the account (what its user did, and the changes made to it). Wijzigen and
 * the password open a panel in a row below. Beheerders do not block themselves, so their own row has no button
 * for it (the server refuses it too).
 */
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { AccountView } from "../../../shared/api/accounts.js";
import { ROLE_LABELS } from "../../../shared/domain/roles.js";
import { formatDate } from "../../format/date.js";
import { messages } from "../../i18n/messages.js";
import { adminSectionPath } from "../adminSections.js";
import type { AuditFilterState } from "../AuditTrailSection.js";

const t = messages.accounts;

/** The panel open below a row, if any. */
export type RowPanel = "edit" | "password";

/** Props of one row. */
export interface AccountRowProps {
  account: AccountView;
  isSelf: boolean;
  /** The panel open below this row, and its content. */
  panel: { kind: RowPanel; content: ReactNode } | null;
  /** True while a change to this account is under way. */
  busy: boolean;
  columns: number;
  onOpen: (panel: RowPanel) => void;
  onToggleBlocked: () => void;
}

/** One account row, with its panel below when one is open. */
export function AccountRow({
  account,
  isSelf,
  panel,
  busy,
  columns,
  onOpen,
  onToggleBlocked,
}: AccountRowProps) {
  // Buttons repeat on every row; a hidden name tells a screen reader whose they are.
  const whose = <span className="visually-hidden">{t.forWhom(account.displayName)}</span>;
  return (
    <>
      <tr className={account.disabled ? "acc-row acc-row-blocked" : "acc-row"}>
        <th scope="row">
          {account.displayName} {isSelf && <span className="muted">{t.you}</span>}
          <span className="acc-sub acc-username">{account.username}</span>
        </th>
        <td>
          {account.organisationName || t.unknownOrganisation}
          <span className="acc-sub">{account.regio}</span>
        </td>
        <td>{ROLE_LABELS[account.role]}</td>
        <td>
          <span className={account.disabled ? "acc-state acc-state-blocked" : "acc-state"}>
            {account.disabled ? t.blocked : t.active}
          </span>
        </td>
        <td>
          <time dateTime={account.createdAt}>{formatDate(account.createdAt)}</time>
        </td>
        <td>
          <div className="acc-buttons">
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={panel?.kind === "edit"}
              onClick={() => onOpen("edit")}
            >
              {t.edit}
              {whose}
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={panel?.kind === "password"}
              onClick={() => onOpen("password")}
            >
              {t.setPassword}
              {whose}
            </button>
            <Link
              className="button button-quiet"
              to={adminSectionPath("audit")}
              state={{ auditFilter: { userId: account.id } } satisfies AuditFilterState}
            >
              {t.auditTrail}
              {whose}
            </Link>
            {!isSelf && (
              <button
                type="button"
                className="button button-quiet"
                aria-disabled={busy}
                onClick={onToggleBlocked}
              >
                {account.disabled ? t.unblock : t.block}
                {whose}
              </button>
            )}
          </div>
        </td>
      </tr>
      {panel !== null && (
        <tr className="acc-panel-row">
          <td colSpan={columns}>{panel.content}</td>
        </tr>
      )}
    </>
  );
}
