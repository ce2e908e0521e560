/**
 * An overleg's title is shown to everyone invited to any of its items, so it may name a case (as a
 * follow-up's "Vervolgoverleg: <casus>" does) only while everyone invited is invited to that case.
 */
import { invalidFieldMessage } from "../../shared/api/fieldLabels.js";
import { badRequest } from "../errors.js";

/**
 * Whether an overleg's title names a case by its title, as a whole word or words and ignoring case
 * ("Vervolgoverleg: Casus Duinrand" names "Casus Duinrand"; "Januari" does not name "Jan").
 */
export function titleNames(meetingTitle: string, caseTitle: string): boolean {
  return namePattern(caseTitle)?.test(meetingTitle) ?? false;
}

/** The case title in an overleg's title as `titleNames` finds it (`g`: every place); null if empty. */
export function namePattern(caseTitle: string, flags = ""): RegExp | null {
  const name = caseTitle.trim();
  if (name === "") return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, `iu${flags}`);
}

/** A slot as the title check reads it. */
interface TitledSlot {
  caseId?: string;
  title: string;
  invitees: readonly string[];
}

/**
 * Refuses a title that names a case on the agenda (as "Vervolgoverleg: <casus>" does) while someone
 * is invited to the overleg but not to that case's slot: the overleg's title is shown to everyone
 * invited, so they would read the name of a case they are not cleared for. A case of the `former`
 * agenda taken off it counts as one nobody is invited to: its name must go with it.
 */
export function checkTitle(
  title: string,
  agenda: readonly TitledSlot[],
  former: readonly TitledSlot[] = [],
): void {
  const kept = new Set(agenda.map((slot) => slot.caseId));
  const gone = former.filter((s) => s.caseId !== undefined && !kept.has(s.caseId));
  for (const named of [...agenda, ...gone.map((s) => ({ ...s, invitees: [] }))]) {
    if (named.caseId === undefined || !titleNames(title, named.title)) continue;
    if (agenda.some((slot) => slot.invitees.some((u) => !named.invitees.includes(u)))) {
      throw badRequest(
        invalidFieldMessage(
          "title",
          "de titel noemt een casus op de agenda, en niet iedereen die is uitgenodigd is dat voor die casus. Geef het overleg een algemene titel.",
        ),
      );
    }
  }
}
