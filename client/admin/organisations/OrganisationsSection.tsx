/**
 * "Organisaties" on the Beheer page: the region's partner organisations with their kind and number
 * of accounts, Wijzigen per organisation (a panel below its row) and a form to add one. A change
 * answers the organisation as stored, which replaces its row.
 */
import { useId, useState } from "react";
import type {
  OrganisationChangeRequest,
  OrganisationCreateRequest,
  OrganisationList,
  OrganisationView,
} from "../../../shared/api/organisations.js";
import { ORGANISATION_KIND_LABELS } from "../../../shared/domain/organisation.js";
import { shownValue, useLoader } from "../../api/useLoader.js";
import { LoadFailure } from "../../components/LoadFailure.js";
import { messages } from "../../i18n/messages.js";
import { OrganisationForm } from "./OrganisationForm.js";
import { changeOrganisation, createOrganisation, fetchOrganisations } from "./organisationsApi.js";

const t = messages.organisations;
const COLUMNS = 4;

/** The list with `organisation` in it (replacing the one with its id), by name. */
function withOrganisation(
  list: OrganisationList,
  organisation: OrganisationView,
): OrganisationList {
  const others = list.organisations.filter((o) => o.id !== organisation.id);
  return {
    organisations: [...others, organisation].sort((a, b) => a.name.localeCompare(b.name, "nl")),
  };
}

/** The organisations section. */
export function OrganisationsSection() {
  const base = useId();
  const { state, reload, replace } = useLoader("organisations", fetchOrganisations);
  const list = shownValue(state);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const stored = (organisation: OrganisationView, message: string) => {
    replace((current) => withOrganisation(current, organisation));
    setNotice(message);
  };
  const create = async (request: OrganisationCreateRequest) => {
    setNotice(null);
    const organisation = await createOrganisation(request);
    stored(organisation, t.created(organisation.name));
  };
  const save = async (id: string, change: OrganisationChangeRequest) => {
    setNotice(null);
    const organisation = await changeOrganisation(id, change);
    setEditing(null);
    stored(organisation, t.changed(organisation.name));
  };

  return (
    <section aria-labelledby={`${base}-title`} className="acc-section">
      <h2 id={`${base}-title`}>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {list === null && state.status === "loading" && <p role="status">{t.loading}</p>}
      {notice !== null && (
        <p className="notice notice-info acc-notice" role="status">
          {notice}
        </p>
      )}
      {list !== null && (
        <>
          {list.organisations.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table acc-table">
                <caption className="visually-hidden">{t.tableCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.columnName}</th>
                    <th scope="col">{t.columnKind}</th>
                    <th scope="col">{t.columnAccounts}</th>
                    <th scope="col">{t.columnManage}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.organisations.map((organisation) => (
                    <OrganisationRow
                      key={organisation.id}
                      organisation={organisation}
                      editing={editing === organisation.id}
                      onEdit={() =>
                        setEditing((id) => (id === organisation.id ? null : organisation.id))
                      }
                      onSave={(change) => save(organisation.id, change)}
                      onCancel={() => setEditing(null)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <OrganisationForm onSave={create} />
        </>
      )}
    </section>
  );
}

/** One organisation as a row, with its edit form in a row below while open. */
function OrganisationRow({
  organisation,
  editing,
  onEdit,
  onSave,
  onCancel,
}: {
  organisation: OrganisationView;
  editing: boolean;
  onEdit: () => void;
  onSave: (change: OrganisationChangeRequest) => Promise<void>;
  onCancel: () => void;
}) {
  return (
    <>
      <tr className="acc-row">
        <th scope="row">{organisation.name}</th>
        <td>{ORGANISATION_KIND_LABELS[organisation.kind]}</td>
        <td>{t.accounts(organisation.accounts)}</td>
        <td>
          <div className="acc-buttons">
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={editing}
              onClick={onEdit}
            >
              {t.edit}
              <span className="visually-hidden">{t.forWhich(organisation.name)}</span>
            </button>
          </div>
        </td>
      </tr>
      {editing && (
        <tr className="acc-panel-row">
          <td colSpan={COLUMNS}>
            <OrganisationForm organisation={organisation} onSave={onSave} onCancel={onCancel} />
          </td>
        </tr>
      )}
    </>
  );
}
