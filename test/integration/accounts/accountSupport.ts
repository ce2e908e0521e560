/** Helpers for the account API tests: calls as the beheerder, a new account, the raw audit files. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import type { AccountView } from "../../../shared/api/accounts.js";
import type { Role } from "../../../shared/domain/roles.js";
import { readAuditPage } from "../../support/auditTrail.js";
import type { TestServer } from "../../support/server.js";

/** The first password of every account these tests create: long enough, and easy to look for. */
export const NEW_PASSWORD = "Paardenbloem-Zonnewijzer-42";

/** A valid body of `POST /api/accounts`; `patch` changes fields. */
export function buildAccountInput(
  server: TestServer,
  patch: Partial<{
    username: string;
    displayName: string;
    organisationId: string;
    role: Role;
    regio: string;
    password: string;
  }> = {},
): Record<string, unknown> {
  const organisationId = server.store.organisations.list()[0]?.id ?? "";
  return {
    username: "dn.nieuw",
    displayName: "Nadia Nieuwkomer",
    organisationId,
    role: "deelnemer",
    password: NEW_PASSWORD,
    ...patch,
  };
}

/** Creates an account as `cookie` (a beheerder) and returns it; fails unless the answer is 201. */
export async function createAccount(
  server: TestServer,
  cookie: string,
  patch: Parameters<typeof buildAccountInput>[1] = {},
): Promise<AccountView> {
  const res = await server.api("/api/accounts", {
    cookie,
    body: buildAccountInput(server, patch),
  });
  expect(res.status).toBe(201);
  const account = (await res.json()) as AccountView;
  await choseOwnPassword(server, account.id);
  return account;
}

/**
 * As if the user replaced the first password at their first login, keeping it the same so tests
 * log in with `NEW_PASSWORD` (ownPassword.test.ts covers the real change through the API).
 */
export async function choseOwnPassword(server: TestServer, accountId: string): Promise<void> {
  const stored = server.store.users.get(accountId);
  if (stored) await server.store.users.setPasswordHash(accountId, stored.passwordHash, false);
}

/** `PATCH /api/accounts/:id` as `cookie`. */
export function changeAccount(
  server: TestServer,
  cookie: string,
  id: string,
  body: unknown,
): Promise<Response> {
  return server.api(`/api/accounts/${encodeURIComponent(id)}`, {
    method: "PATCH",
    cookie,
    body,
  });
}

/** The error of a refused request: status, code and Dutch message. */
export async function refusalOf(
  res: Response,
): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, ...body.error };
}

/** The raw text of every audit file, once everything recorded so far is written. */
export async function auditFileText(server: TestServer, beheerder?: string): Promise<string> {
  // Reading a page of the trail waits until every entry recorded before it is on disk.
  await readAuditPage(server, "limit=1", beheerder);
  const dir = join(server.dataDir, "audit");
  const files = await readdir(dir);
  return (await Promise.all(files.map((f) => readFile(join(dir, f), "utf8")))).join("\n");
}
