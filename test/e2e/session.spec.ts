/** Signing in and out, wrong passwords and lost sessions, in the real browser against the real server. */
import { expect, loginAs, test } from "./fixtures.js";

test.describe("the login page and the app frame", () => {
  test("logging in as pr.jansen shows the app frame with the case list, and logging out returns to the login page", async ({
    page,
  }) => {
    await loginAs(page, "pr.jansen");

    await expect(page).toHaveURL(/\/casussen$/);
    const header = page.getByRole("banner");
    await expect(header.getByText("Casustafel")).toBeVisible();
    await expect(header.getByText("Petra Jansen")).toBeVisible();
    await expect(header.getByText("Procesregisseur")).toBeVisible();

    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    for (const item of ["Casussen", "Overleggen", "Mijn acties", "Rapportages"]) {
      await expect(menu.getByRole("link", { name: item })).toBeVisible();
    }
    await expect(menu.getByRole("link", { name: "Beheer" })).toHaveCount(0);

    await expect(page.getByRole("heading", { level: 1, name: "Casussen" })).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader", { name: "Fase" })).toBeVisible();
    const rowA = table.getByRole("row").filter({ hasText: "Demo casus A" });
    await expect(rowA).toBeVisible();
    await expect(rowA.getByText("Casusoverleg")).toBeVisible();
    await expect(rowA.getByText(/^\d{2}-\d{2}-\d{4}$/)).toBeVisible();

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
    await expect(page.getByText("Uw sessie is verlopen. Log opnieuw in.")).toHaveCount(0);

    // The session is really gone: the app does not let the user back in on reload.
    await page.goto("/casussen");
    await expect(page).toHaveURL(/\/inloggen$/);
  });

  test("a wrong password shows the error and stays on the login page", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByLabel("Gebruikersnaam").fill("pr.jansen");
    await page.getByLabel("Wachtwoord").fill("niet-het-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();

    await expect(page.getByRole("alert")).toHaveText("Gebruikersnaam of wachtwoord onjuist.");
    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
  });

  test("the login form can be filled in and sent with the keyboard alone", async ({ page }) => {
    await page.goto("/inloggen");
    await expect(page.getByLabel("Gebruikersnaam")).toBeFocused();
    await page.keyboard.type("pr.jansen");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Wachtwoord")).toBeFocused();
    await page.keyboard.type("demo");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Casussen" })).toBeVisible();
  });

  test("an expired session lands on the login page when the user navigates", async ({ page }) => {
    await loginAs(page, "pr.jansen");
    await page.getByRole("link", { name: "Overleggen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overleggen" })).toBeVisible();
    // The list has loaded: no request of the page is still on its way when the cookie goes (one
    // answered 401 would send the page to the login screen before the user navigates).
    await expect(page.getByRole("link", { name: "Casusoverleg Westerduin" })).toBeVisible();

    await page.context().clearCookies();
    await page.getByRole("link", { name: "Casussen" }).click();

    await expect(page).toHaveURL(/\/inloggen$/);
    await expect(page.getByText("Uw sessie is verlopen. Log opnieuw in.")).toBeVisible();
  });
});

test.describe("the routes of the app frame", () => {
  test("Rapportages is in the menu of a procesregisseur only, and closed to other roles", async ({
    page,
  }) => {
    await loginAs(page, "cr.bakker");
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link", { name: "Rapportages" })).toHaveCount(0);
    await page.goto("/rapportages");
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await page.getByRole("button", { name: "Uitloggen" }).click();

    await loginAs(page, "pr.jansen");
    await menu.getByRole("link", { name: "Rapportages" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rapportages" })).toBeVisible();
  });

  test("Beheer is in the menu of a beheerder only, and closed to other roles", async ({ page }) => {
    await loginAs(page, "pr.jansen");
    await page.goto("/beheer");
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await page.getByRole("button", { name: "Uitloggen" }).click();

    // The beheerder does no casework: after login they start in Beheer, not an empty case list.
    await loginAs(page, "beheer");
    await expect(page.getByRole("banner").getByText("Beheerder")).toBeVisible();
    await expect(page).toHaveURL(/\/beheer(\/|$)/);
    await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/beheer(\/|$)/);
  });

  test("a case title in the list opens that case's page", async ({ page }) => {
    await loginAs(page, "pr.jansen");
    await page.getByRole("link", { name: "Demo casus A" }).click();
    await expect(page).toHaveURL(/\/casussen\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Casus" })).toBeVisible();
    await page.getByRole("link", { name: "Terug naar Casussen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Casussen" })).toBeVisible();
  });

  test("a deelnemer sees only the cases they take part in", async ({ page }) => {
    await loginAs(page, "dn.smit");
    await expect(page.getByRole("heading", { level: 1, name: "Casussen" })).toBeVisible();
    await expect(page.getByText("Demo casus A")).toHaveCount(0);
  });
});
