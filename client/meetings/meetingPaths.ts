/** Client paths of the Overleggen pages (ids only, never personal data). */

/** The Overleggen list. */
export const meetingsPath = "/overleggen";

/** The planning form. */
export const meetingPlanPath = "/overleggen/nieuw";

/** The route pattern of one overleg. */
export const meetingPattern = "/overleggen/:meetingId";

/** The route pattern of the form that changes a planned overleg. */
export const meetingEditPattern = "/overleggen/:meetingId/wijzigen";

/** The form that changes a planned overleg. */
export function meetingEditPath(id: string): string {
  return `${meetingPath(id)}/wijzigen`;
}

/** The page of one overleg. */
export function meetingPath(id: string): string {
  return `${meetingsPath}/${encodeURIComponent(id)}`;
}
