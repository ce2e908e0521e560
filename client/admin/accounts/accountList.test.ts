import { describe, expect, it } from "vitest";
import type { AccountList } from "../../../shared/api/accounts.js";
import { buildAccount } from "./accountTestFactory.js";
import { filterAccounts, withAccount } from "./accountList.js";

const smit = buildAccount();
const jansen = buildAccount({
  id: "user_2",
  username: "pr.jansen",
  displayName: "Petra Jansen",
  organisationName: "Zorg- en Veiligheidshuis",
  role: "procesregisseur",
});

describe("filtering the account list", () => {
  it("shows every account for an empty or blank query", () => {
    expect(filterAccounts([smit, jansen], "  ")).toEqual([smit, jansen]);
  });

  it("finds an account by part of its name, username, organisation or Dutch role label", () => {
    expect(filterAccounts([smit, jansen], "JANS")).toEqual([jansen]);
    expect(filterAccounts([smit, jansen], "dn.")).toEqual([smit]);
    expect(filterAccounts([smit, jansen], "gemeente")).toEqual([smit]);
    expect(filterAccounts([smit, jansen], "Procesregisseur")).toEqual([jansen]);
  });

  it("needs every word to match, in any field", () => {
    expect(filterAccounts([smit, jansen], "noor gemeente")).toEqual([smit]);
    expect(filterAccounts([smit, jansen], "noor politie")).toEqual([]);
  });
});

describe("keeping the list after a change", () => {
  const list: AccountList = { accounts: [smit, jansen], organisations: [], regions: [] };

  it("puts a new account in name order", () => {
    const bakker = buildAccount({ id: "user_3", displayName: "Carlos Bakker" });
    expect(withAccount(list, bakker).accounts.map((a) => a.id)).toEqual([
      "user_3",
      "user_1",
      "user_2",
    ]);
  });

  it("replaces a changed account instead of adding it twice", () => {
    const blocked = { ...smit, disabled: true };
    const next = withAccount(list, blocked);
    expect(next.accounts).toHaveLength(2);
    expect(next.accounts.find((a) => a.id === smit.id)?.disabled).toBe(true);
  });
});
