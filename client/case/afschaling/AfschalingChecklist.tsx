/** The afschaling criteria as checkboxes: in the overleg's slot and on the case page. */
import { AFSCHALING_CRITERIA, type AfschalingCriterion } from "../../../shared/api/meetings.js";
import { messages } from "../../i18n/messages.js";

const t = messages.meetings;

/** Props: the criteria ticked, and what to do when one is ticked or unticked. */
export interface AfschalingChecklistProps {
  criteria: readonly AfschalingCriterion[];
  onChange: (criteria: AfschalingCriterion[]) => void;
}

/** One checkbox per criterion, in the checklist's order. */
export function AfschalingChecklist({ criteria, onChange }: AfschalingChecklistProps) {
  const toggle = (c: AfschalingCriterion, on: boolean) =>
    onChange(on ? [...criteria, c] : criteria.filter((x) => x !== c));
  return (
    <>
      {AFSCHALING_CRITERIA.map((c) => (
        <label key={c} className="mt-check">
          <input
            type="checkbox"
            checked={criteria.includes(c)}
            onChange={(e) => toggle(c, e.target.checked)}
          />
          {t.criteria[c]}
        </label>
      ))}
    </>
  );
}
