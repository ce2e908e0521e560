/**
 * The sections of the management report: instroom, triage, doorlooptijd, phases, overleggen and
 * actions per partner organisation. Aggregates only; every label comes from the catalogue or the
 * shared label maps.
 */
import type { Report } from "../../shared/api/reports.js";
import { CASE_KIND_LABELS, CASE_PHASE_LABELS } from "../../shared/domain/case.js";
import { ADVIES_LABELS } from "../../shared/domain/triage.js";
import { OordeelLabel } from "../cases/OordeelLabel.js";
import { messages } from "../i18n/messages.js";
import { CountTable } from "./CountTable.js";
import { formatDay, formatMonth, formatNumber } from "./reportFormat.js";

const t = messages.reports;

/** Registrations per month, per hour and per kind of casusoverleg. */
export function InstroomSection({ instroom }: { instroom: Report["instroom"] }) {
  return (
    <section className="rapport-section" aria-labelledby="rapport-instroom">
      <h2 id="rapport-instroom">{t.instroomTitle}</h2>
      <p>{t.instroomTotal(instroom.total)}</p>
      <div className="rapport-grid">
        <CountTable
          caption={t.perMonthCaption}
          labelHeader={t.columnMonth}
          rows={instroom.perMonth.map((m) => ({
            key: m.month,
            label: formatMonth(m.month),
            count: m.count,
          }))}
          total={instroom.total}
        />
        <CountTable
          caption={t.perKindCaption}
          labelHeader={t.columnKind}
          rows={instroom.perKind.map((k) => ({
            key: k.kind,
            label: CASE_KIND_LABELS[k.kind],
            count: k.count,
          }))}
        />
        <CountTable
          caption={t.perHourCaption}
          labelHeader={t.columnHour}
          rows={instroom.perHour.map((h) => ({
            key: String(h.hour),
            label: t.hourRange(h.hour),
            count: h.count,
          }))}
        />
      </div>
    </section>
  );
}

/** Triage colours and decisions, as counts and shares. */
export function TriageSection({ triage }: { triage: Report["triage"] }) {
  return (
    <section className="rapport-section" aria-labelledby="rapport-triage">
      <h2 id="rapport-triage">{t.triageTitle}</h2>
      <div className="rapport-grid">
        <div>
          <CountTable
            caption={t.oordelenCaption}
            labelHeader={t.columnOordeel}
            withShare
            rows={[
              ...triage.oordelen.map((o) => ({
                key: o.oordeel,
                label: <OordeelLabel oordeel={o.oordeel} />,
                count: o.count,
                percentage: o.percentage,
              })),
              {
                key: "open",
                label: t.zonderOordeel,
                count: triage.zonderOordeel,
                percentage: null,
              },
            ]}
          />
          <p className="muted rapport-note">{t.oordelenNote}</p>
        </div>
        <div>
          <CountTable
            caption={t.besluitenCaption}
            labelHeader={t.columnBesluit}
            withShare
            rows={[
              ...triage.besluiten.map((b) => ({
                key: b.besluit,
                label: ADVIES_LABELS[b.besluit],
                count: b.count,
                percentage: b.percentage,
              })),
              {
                key: "geen",
                label: t.zonderBesluit,
                count: triage.zonderBesluit,
                percentage: null,
              },
            ]}
          />
          <p className="muted rapport-note">{t.besluitenNote}</p>
        </div>
      </div>
    </section>
  );
}

/** Median days from registration to the triage decision and to closure. */
export function DoorlooptijdSection({ doorlooptijd }: { doorlooptijd: Report["doorlooptijd"] }) {
  const rows = [
    { key: "besluit", label: t.totTriagebesluit, value: doorlooptijd.totTriagebesluit },
    { key: "sluiting", label: t.totSluiting, value: doorlooptijd.totSluiting },
  ];
  return (
    <section className="rapport-section" aria-labelledby="rapport-doorlooptijd">
      <h2 id="rapport-doorlooptijd">{t.doorlooptijdTitle}</h2>
      <div className="table-scroll rapport-table">
        <table className="data-table">
          <caption className="rapport-caption">{t.doorlooptijdCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columnStage}</th>
              <th scope="col" className="rapport-number">
                {t.columnMedian}
              </th>
              <th scope="col" className="rapport-number">
                {t.columnCases}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, label, value }) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td className="rapport-number">
                  {value.medianDays === null
                    ? t.noMedian
                    : t.days(value.medianDays, formatNumber(value.medianDays))}
                </td>
                <td className="rapport-number">{value.cases}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every case of the region by its phase today. */
export function FasenSection({ fasen, today }: { fasen: Report["fasen"]; today: string }) {
  return (
    <section className="rapport-section" aria-labelledby="rapport-fasen">
      <h2 id="rapport-fasen">{t.fasenTitle}</h2>
      <p className="muted rapport-note">{t.todayNote(formatDay(today))}</p>
      <CountTable
        caption={t.fasenCaption}
        labelHeader={t.columnPhase}
        rows={fasen.map((f) => ({
          key: f.phase,
          label: CASE_PHASE_LABELS[f.phase],
          count: f.count,
        }))}
        total={fasen.reduce((n, f) => n + f.count, 0)}
      />
    </section>
  );
}

/** Overleggen held in the period and their agenda items. */
export function OverleggenSection({ overleggen }: { overleggen: Report["overleggen"] }) {
  return (
    <section className="rapport-section" aria-labelledby="rapport-overleggen">
      <h2 id="rapport-overleggen">{t.overleggenTitle}</h2>
      <p className="muted rapport-note">{t.overleggenNote}</p>
      <div className="rapport-grid">
        <CountTable
          caption={t.overleggenCaption}
          labelHeader={t.columnOverleg}
          rows={overleggen.perKind.map((k) => ({
            key: k.kind,
            label: messages.meetings.kinds[k.kind],
            count: k.count,
          }))}
          total={overleggen.gehouden}
        />
        <CountTable
          caption={t.agendaCaption}
          labelHeader={t.columnAgenda}
          rows={[
            { key: "casus", label: t.casusbesprekingen, count: overleggen.casusbesprekingen },
            { key: "algemeen", label: t.algemenePunten, count: overleggen.algemenePunten },
            { key: "verslag", label: t.verslagen, count: overleggen.verslagen },
          ]}
        />
      </div>
    </section>
  );
}

const ACTION_COLUMNS = [
  ["open", t.columnOpen],
  ["inUitvoering", t.columnInUitvoering],
  ["teLaat", t.columnTeLaat],
  ["afgerondInPeriode", t.columnAfgerond],
] as const;

/** Actions per partner organisation. */
export function ActiesSection({ acties }: { acties: Report["acties"] }) {
  return (
    <section className="rapport-section" aria-labelledby="rapport-acties">
      <h2 id="rapport-acties">{t.actiesTitle}</h2>
      <p className="muted rapport-note">{t.actiesNote}</p>
      {acties.perOrganisatie.length === 0 ? (
        <p>{t.noActions}</p>
      ) : (
        <div className="table-scroll rapport-table">
          <table className="data-table">
            <caption className="rapport-caption">{t.actiesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columnOrganisation}</th>
                {ACTION_COLUMNS.map(([key, label]) => (
                  <th key={key} scope="col" className="rapport-number">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {acties.perOrganisatie.map((row) => (
                <tr key={row.organisationId ?? "geen"}>
                  <th scope="row">{row.organisationName ?? t.noOrganisation}</th>
                  {ACTION_COLUMNS.map(([key]) => (
                    <td
                      key={key}
                      className={`rapport-number${key === "teLaat" && row.teLaat > 0 ? " rapport-late" : ""}`}
                    >
                      {row[key]}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="rapport-total">
                <th scope="row">{t.total}</th>
                {ACTION_COLUMNS.map(([key]) => (
                  <td key={key} className="rapport-number">
                    {acties.totaal[key]}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
