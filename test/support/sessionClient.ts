/**
 * y-websocket clients against the real product server: a `WebsocketProvider` over `ws` that sends a
 * real session cookie and the server's own Origin, with BroadcastChannel disabled.
 */
import { connectWithHeaders, type HeaderClient } from "./headerProvider.js";
import type { TestServer } from "./server.js";

export { eventually } from "./eventually.js";

/** A connected client and the close codes it received. */
export type SessionClient = HeaderClient;

/** How a test client connects: `plain` is a stock y-websocket client (see headerProvider.ts). */
export interface ConnectOptions {
  plain?: boolean;
}

/** Connects to `docName` (e.g. `case/<id>/plan`) with the given `Cookie` header value. */
export function connectAs(
  server: TestServer,
  cookie: string,
  docName: string,
  options: ConnectOptions = {},
): SessionClient {
  const collabUrl = `${server.url.replace("http", "ws")}/collab`;
  const headers = { Cookie: cookie, Origin: server.url };
  return connectWithHeaders(collabUrl, docName, headers, undefined, options);
}

/** The id of the demo case with this title, as seen by the logged-in user. */
export async function caseIdByTitle(
  server: TestServer,
  cookie: string,
  title: string,
): Promise<string> {
  const res = await server.api("/api/cases", { cookie });
  const { cases } = (await res.json()) as { cases: { id: string; title: string }[] };
  const found = cases.find((c) => c.title === title);
  if (!found) throw new Error(`case not visible: ${title}`);
  return found.id;
}

/** Opens sockets for a test file and destroys them all after each test. */
export class Sockets {
  private clients: SessionClient[] = [];
  constructor(private readonly server: () => TestServer) {}

  /** Connects to `docName` with the session cookie. */
  open(cookie: string, docName: string, options: ConnectOptions = {}): SessionClient {
    const client = connectAs(this.server(), cookie, docName, options);
    this.clients.push(client);
    return client;
  }

  /** Destroys every client opened so far. */
  destroyAll(): void {
    for (const client of this.clients) client.destroy();
    this.clients = [];
  }
}

/** A demo account by username; throws when the demo region has no such account. */
export function demoUser(
  server: TestServer,
  username: string,
): { id: string; organisationId: string } {
  const user = server.store.users.findByUsername(username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user;
}
