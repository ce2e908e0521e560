/** A triage oordeel as text with a colour mark: the colour is never the only signal. */
import type { ListOordeel } from "../../shared/api/cases.js";
import { messages } from "../i18n/messages.js";

/** Shows "Rood", "Oranje", "Groen" or "Open", with a matching mark. */
export function OordeelLabel({ oordeel }: { oordeel: ListOordeel }) {
  return (
    <span className={`cases-oordeel cases-oordeel-${oordeel}`}>
      <span className="cases-oordeel-mark" aria-hidden="true" />
      {messages.casussen.oordeel[oordeel]}
    </span>
  );
}
