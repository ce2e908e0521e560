/** What leaves the server about a user. */
import type { PublicUser } from "../../shared/domain/user.js";
import type { Principal } from "../auth/principal.js";

/** Presents the acting user (never the password hash or session id). */
export function presentPrincipal(p: Principal): PublicUser {
  return {
    id: p.userId,
    username: p.username,
    displayName: p.displayName,
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    role: p.role,
    mustChangePassword: p.mustChangePassword,
  };
}
