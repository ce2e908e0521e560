/** The authenticated user behind a request or a websocket, as resolved from the session cookie. */
import type { Role } from "../../shared/domain/roles.js";

/** Who is acting: taken from the server-side session, never from anything the client sends. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  role: Role;
  /** The ZVH region the user works in; a procesregisseur sees new cases of this region. */
  regio: string;
  /**
   * True while the password is one a beheerder set: the user may do nothing but choose their own
   * (requestAuth.ts).
   */
  mustChangePassword: boolean;
  /** The session this principal was resolved from; used to close its sockets on logout. */
  sessionId: string;
}
