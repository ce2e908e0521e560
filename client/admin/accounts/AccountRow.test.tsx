import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { buildAccount } from "./accountTestFactory.js";
import { AccountRow, type AccountRowProps } from "./AccountRow.js";

/** The row as markup, inside a table so that it is valid HTML. */
function render(patch: Partial<AccountRowProps>): string {
  const props: AccountRowProps = {
    account: buildAccount(),
    isSelf: false,
    panel: null,
    busy: false,
    columns: 6,
    onOpen: () => undefined,
    onToggleBlocked: () => undefined,
    ...patch,
  };
  return renderToStaticMarkup(
    <MemoryRouter>
      <table>
        <tbody>
          <AccountRow {...props} />
        </tbody>
      </table>
    </MemoryRouter>,
  );
}

describe("one account row", () => {
  it("shows an active account with its role label and a Blokkeren button naming the person", () => {
    const html = render({});
    expect(html).toContain("Deelnemer");
    expect(html).toContain("Actief");
    expect(html).toContain('Blokkeren<span class="visually-hidden"> (Noor Smit)</span>');
    expect(html).toContain("Nieuw wachtwoord instellen");
    // What the audit trail holds on the account, by a link that carries no id in its address.
    expect(html).toContain('href="/beheer/audit"');
    expect(html).toContain('Audittrail<span class="visually-hidden"> (Noor Smit)</span>');
  });

  it("offers Deblokkeren for a blocked account and marks the row", () => {
    const html = render({ account: buildAccount({ disabled: true }) });
    expect(html).toContain("Geblokkeerd");
    expect(html).toContain("Deblokkeren");
    expect(html).toContain("acc-row-blocked");
  });

  it("gives beheerders no button to block their own account", () => {
    const html = render({ account: buildAccount({ role: "beheerder" }), isSelf: true });
    expect(html).toContain("(u)");
    expect(html).not.toContain("Blokkeren");
    expect(html).toContain("Wijzigen");
  });

  it("shows an open panel in a row below that spans every column", () => {
    const html = render({ panel: { kind: "password", content: <p>paneel</p> } });
    expect(html).toContain('<td colSpan="6"><p>paneel</p></td>');
  });
});
