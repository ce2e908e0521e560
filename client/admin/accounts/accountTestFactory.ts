/** An account as the list shows it, for the Accounts section's tests. */
import type { AccountView } from "../../../shared/api/accounts.js";

/** Noor Smit, deelnemer of Gemeente Westerduin, with `patch` applied. */
export function buildAccount(patch: Partial<AccountView> = {}): AccountView {
  return {
    id: "user_1",
    username: "dn.smit",
    displayName: "Noor Smit",
    organisationId: "org_1",
    organisationName: "Gemeente Westerduin",
    role: "deelnemer",
    regio: "Regio Westerduin",
    disabled: false,
    createdAt: "2026-01-05T09:00:00.000Z",
    ...patch,
  };
}
