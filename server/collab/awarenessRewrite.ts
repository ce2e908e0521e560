/**
 * Awareness updates from clients, rewritten before the server applies them. An update is
 *   varUint count, then per entry: varUint clientID, varUint clock, varString JSON state
 * (y-protocols/awareness). The server replaces each state's `user` with the name and
 * organisation from the session (only a `#rrggbb` colour is kept from the client), and drops
 * entries for client ids that another connection already owns.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { AwarenessUser } from "../../shared/wire/messages.js";
import type { Principal } from "../auth/principal.js";
import { MalformedMessageError } from "./syncMessages.js";

/** One entry of an awareness update; `state` null means "this client left". */
export interface AwarenessEntry {
  clientID: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Decodes an awareness update; throws `MalformedMessageError` if it is not one. */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientID = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      if (state !== null && (typeof state !== "object" || Array.isArray(state))) {
        throw new MalformedMessageError("awareness state is not an object");
      }
      entries.push({ clientID, clock, state: state as Record<string, unknown> | null });
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessageError("trailing bytes");
    return entries;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError("undecodable awareness update");
  }
}

/** Encodes entries back into an awareness update. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientID);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** The `user` field the server puts in every awareness state of this principal. */
export function sessionUser(principal: Principal, clientUser: unknown): AwarenessUser {
  const user: AwarenessUser = {
    name: principal.displayName,
    organisation: principal.organisationName,
  };
  if (typeof clientUser === "object" && clientUser !== null && "color" in clientUser) {
    const { color } = clientUser;
    if (typeof color === "string" && COLOR_PATTERN.test(color)) user.color = color;
  }
  return user;
}

/** A copy of `state` whose `user` field comes from the session. */
export function withSessionUser(
  state: Record<string, unknown>,
  principal: Principal,
): Record<string, unknown> {
  return { ...state, user: sessionUser(principal, state.user) };
}
