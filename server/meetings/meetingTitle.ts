/**
 * An overleg's title is shown to everyone invited to any of its items, so it may name a case (as a
 * follow-up's "Vervolgoverleg: <casus>" does) only while everyone invited is invited to that case.
 */
import { badRequest } from "../errors.js";

/**
 * Whether an overleg's title names a case by its title, as a whole word or words and ignoring case
 * ("Vervolgoverleg: Casus Duinrand" names "Casus Duinrand"; "Januari" does not name "Jan").
 */
export function titleNames(meetingTitle: string, caseTitle: string): boolean {
  const name = caseTitle.trim();
  if (name === "") return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(meetingTitle);
}

/**
 * Refuses a title that names a case on the agenda (as "Vervolgoverleg: <casus>" does) while someone
 * is invited to the overleg but not to that case's slot: the overleg's title is shown to everyone
 * invited, so they would read the name of a case they are not cleared for.
 */
export function checkTitle(
  title: string,
  agenda: readonly { caseId?: string; title: string; invitees: readonly string[] }[],
): void {
  for (const named of agenda) {
    if (named.caseId === undefined || !titleNames(title, named.title)) continue;
    if (agenda.some((slot) => slot.invitees.some((u) => !named.invitees.includes(u)))) {
      throw badRequest(
        'Ongeldige invoer in veld "title": de titel noemt een casus op de agenda, en niet iedereen die is uitgenodigd is dat voor die casus. Geef het overleg een algemene titel.',
      );
    }
  }
}
