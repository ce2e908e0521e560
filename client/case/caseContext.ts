/** Derived facts about a case the page parts share: people, names, action choices, today's date. */
import type { PublicUser } from "../../shared/domain/user.js";
import type { CaseDetail } from "../../shared/api/cases.js";
import type { ActionItemContext, TeamPerson } from "../editor/actionItem/actionItemContext.js";
import { messages } from "../i18n/messages.js";

/** A function that names a user id for "who" lines: "u", the participant's name, or "een deelnemer". */
export function nameOf(view: CaseDetail, user: PublicUser): (userId: string | null) => string {
  const names = new Map(view.participants.map((p) => [p.userId, p.displayName]));
  return (userId) => {
    if (userId === null) return messages.caseWorkspace.someone;
    if (userId === user.id) return messages.caseWorkspace.you;
    return names.get(userId) ?? messages.caseWorkspace.someone;
  };
}

/** What the plan's action fields may choose from. */
export function actionContext(view: CaseDetail, user: PublicUser): ActionItemContext {
  const organisations = new Map<string, string>();
  for (const p of view.participants) {
    if (p.organisationId !== null) organisations.set(p.organisationId, p.organisationName);
  }
  if (!organisations.has(user.organisationId)) {
    organisations.set(user.organisationId, user.organisationName);
  }
  return {
    organisations: [...organisations].map(([value, label]) => ({ value, label })),
    organisationNames: view.organisationNames,
    people: teamPeople(view),
    userId: user.id,
  };
}

/**
 * Whom an action may be given to by name: only the team. A guest of an overleg (incidenteel) may
 * not see the case's actions, so the server neither takes them as responsible nor tells them about
 * one. A participant whose account the server could not name cannot be picked by name.
 */
export function teamPeople(view: CaseDetail): TeamPerson[] {
  return view.participants
    .filter((p) => p.caseRole !== "incidenteel" && p.displayName !== "")
    .map(({ userId, displayName, organisationId, organisationName, active }) => ({
      userId,
      displayName,
      organisationId,
      organisationName,
      active,
    }));
}

/** Today as yyyy-mm-dd in the user's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
