/**
 * Search and filters of the case list. The term is sent when the form is submitted (Enter or the
 * button); filters apply as soon as they change. Nothing of it goes into the address bar.
 */
import { useId, useState, type FormEvent } from "react";
import { LIST_OORDELEN, type CaseSearchRequest, type ListOordeel } from "../../shared/api/cases.js";
import { CASE_PHASE_LABELS, CASE_PHASES, type CasePhase } from "../../shared/domain/case.js";
import { messages } from "../i18n/messages.js";

const t = messages.casussen.list;

/** The filter choices the server offered with the last result. */
export interface FilterOptions {
  gemeenten: string[];
  regios: string[];
}

/** The search form; `onChange` receives the whole new search (back on page 1). */
export function CaseSearchForm(props: {
  search: CaseSearchRequest;
  options: FilterOptions;
  onChange: (search: CaseSearchRequest) => void;
}) {
  const { search, options, onChange } = props;
  const [term, setTerm] = useState(search.zoekterm);
  const termId = useId();
  const phaseId = useId();
  const oordeelId = useId();
  const gemeenteId = useId();
  const regioId = useId();

  const update = (changes: Partial<CaseSearchRequest>) =>
    onChange({ ...search, ...changes, page: 1 });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ zoekterm: term.trim() });
  }

  function clear() {
    setTerm("");
    update({ zoekterm: "", fase: [], oordeel: [], gemeente: undefined, regio: undefined });
  }

  return (
    <form className="cases-search" role="search" onSubmit={handleSubmit}>
      <fieldset>
        <legend className="visually-hidden">{t.searchLegend}</legend>
        <div className="field cases-search-term">
          <label htmlFor={termId}>{t.searchLabel}</label>
          <div className="cases-search-row">
            <input
              id={termId}
              type="search"
              autoComplete="off"
              value={term}
              onChange={(event) => setTerm(event.target.value)}
            />
            <button type="submit" className="button button-primary">
              {t.searchButton}
            </button>
            <button type="button" className="button" onClick={clear}>
              {t.clear}
            </button>
          </div>
        </div>
        <div className="cases-filters">
          <div className="field">
            <label htmlFor={phaseId}>{t.phaseFilter}</label>
            <select
              id={phaseId}
              value={search.fase[0] ?? ""}
              onChange={(event) =>
                update({ fase: event.target.value ? [event.target.value as CasePhase] : [] })
              }
            >
              <option value="">{t.all}</option>
              {CASE_PHASES.map((phase) => (
                <option key={phase} value={phase}>
                  {CASE_PHASE_LABELS[phase]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={oordeelId}>{t.oordeelFilter}</label>
            <select
              id={oordeelId}
              value={search.oordeel[0] ?? ""}
              onChange={(event) =>
                update({
                  oordeel: event.target.value ? [event.target.value as ListOordeel] : [],
                })
              }
            >
              <option value="">{t.all}</option>
              {LIST_OORDELEN.map((oordeel) => (
                <option key={oordeel} value={oordeel}>
                  {messages.casussen.oordeel[oordeel]}
                </option>
              ))}
            </select>
          </div>
          <ChoiceFilter
            id={gemeenteId}
            label={t.gemeenteFilter}
            value={search.gemeente}
            choices={options.gemeenten}
            onChange={(gemeente) => update({ gemeente })}
          />
          {options.regios.length > 1 && (
            <ChoiceFilter
              id={regioId}
              label={t.regioFilter}
              value={search.regio}
              choices={options.regios}
              onChange={(regio) => update({ regio })}
            />
          )}
        </div>
      </fieldset>
    </form>
  );
}

/** A select over free values (gemeenten, regio's) with "Alle" as no filter. */
function ChoiceFilter(props: {
  id: string;
  label: string;
  value: string | undefined;
  choices: string[];
  onChange: (value: string | undefined) => void;
}) {
  const choices =
    props.value !== undefined && !props.choices.includes(props.value)
      ? [props.value, ...props.choices]
      : props.choices;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ""}
        onChange={(event) => props.onChange(event.target.value || undefined)}
      >
        <option value="">{t.all}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </div>
  );
}
