/**
 * Dutch for zod's own messages, where a schema gives none of its own: a wrong type, a text or list
 * too long or too short, a number out of range, a value not among the choices. zod's Dutch locale
 * is the fallback; what it says in programmers' words ("verwacht dat string <=200 tekens heeft")
 * is said here as a person would read it. Configured once, by the server at start and by the app.
 */
import { z } from "zod";

/** How a JSON type is named in a message. */
const TYPE_NAMES: Partial<Record<string, string>> = {
  string: "tekst",
  number: "een getal",
  int: "een geheel getal",
  bigint: "een getal",
  nan: "geen getal",
  boolean: "ja of nee (true of false)",
  array: "een lijst",
  object: "een object",
  null: "niets (null)",
  date: "een datum",
};

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/** The JSON type of a received value, as `TYPE_NAMES` names it. */
function typeOf(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (typeof input === "number" && Number.isNaN(input)) return "nan";
  return typeof input;
}

/** What a length is counted in, per kind of value. */
const UNITS: Partial<Record<string, string>> = { string: "tekens", array: "items", set: "items" };

type Issue = z.core.$ZodRawIssue;

/** Our sentence for an issue, or undefined to leave it to zod's Dutch locale. */
function message(issue: Issue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `verwacht ${typeName(issue.expected)}, maar het ontbreekt`
        : `verwacht ${typeName(issue.expected)}, maar kreeg ${typeName(typeOf(issue.input))}`;
    case "too_big": {
      const unit = UNITS[issue.origin];
      const most = issue.inclusive ? issue.maximum : Number(issue.maximum) - 1;
      return unit ? `maximaal ${most} ${unit}` : `mag niet groter zijn dan ${most}`;
    }
    case "too_small": {
      const unit = UNITS[issue.origin];
      const least = issue.inclusive ? issue.minimum : Number(issue.minimum) + 1;
      if (unit === "tekens" && Number(least) === 1) return "mag niet leeg zijn";
      return unit ? `minimaal ${least} ${unit}` : `mag niet kleiner zijn dan ${least}`;
    }
    case "invalid_value":
      return `kies uit ${issue.values.map((v: unknown) => String(v)).join(", ")}`;
    case "unrecognized_keys":
      return `onbekend veld ${issue.keys.join(", ")}`;
    default:
      return undefined;
  }
}

let configured = false;

/** Makes zod speak Dutch wherever a schema has no message of its own; once is enough. */
export function configureDutchValidation(): void {
  if (configured) return;
  configured = true;
  z.config({ ...z.locales.nl(), customError: message });
}
