/**
 * Who is in a document, from its awareness. The server overwrites each state's `user` with the
 * name and organisation of the session (server/collab/awarenessRewrite.ts) and keeps only a
 * `#rrggbb` colour from the client, so names shown here cannot be faked by another client.
 */
import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { personKey } from "./colourChoice.js";

/** One person present in a document. */
export interface PresentUser {
  key: string;
  name: string;
  organisation: string;
  color: string | null;
  isSelf: boolean;
}

const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** The people in `states`, one entry per name and organisation (several tabs count once). */
export function presentUsers(states: Map<number, unknown>, selfClientId: number): PresentUser[] {
  const byKey = new Map<string, PresentUser>();
  for (const [clientId, state] of states) {
    const user =
      typeof state === "object" && state !== null ? (state as { user?: unknown }).user : undefined;
    if (typeof user !== "object" || user === null) continue;
    const { name, organisation, color } = user as Record<string, unknown>;
    if (typeof name !== "string" || typeof organisation !== "string") continue;
    const key = personKey(name, organisation);
    const isSelf = clientId === selfClientId;
    const existing = byKey.get(key);
    if (existing !== undefined && !isSelf) continue;
    byKey.set(key, {
      key,
      name,
      organisation,
      color: typeof color === "string" && COLOR_PATTERN.test(color) ? color : null,
      isSelf: isSelf || (existing?.isSelf ?? false),
    });
  }
  return [...byKey.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, "nl"),
  );
}

/** The people currently in the document of `awareness`, updated live. */
export function usePresence(awareness: Awareness | null): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);
  useEffect(() => {
    if (awareness === null) {
      setUsers([]);
      return undefined;
    }
    const refresh = () => setUsers(presentUsers(awareness.getStates(), awareness.clientID));
    refresh();
    awareness.on("change", refresh);
    return () => awareness.off("change", refresh);
  }, [awareness]);
  return users;
}
