/** Moving through the agenda: which item "Volgend agendapunt" leads to. */

/**
 * The item after `currentId`; the first item when none is under discussion yet; null on the last
 * item (so the button can say so instead of doing nothing).
 */
export function nextAgendaItem<T extends { id: string }>(
  agenda: readonly T[],
  currentId: string | null,
): T | null {
  const index = currentId === null ? -1 : agenda.findIndex((s) => s.id === currentId);
  return agenda[index + 1] ?? null;
}
