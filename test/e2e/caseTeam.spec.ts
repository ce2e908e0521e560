/**
 * The case team (casusteam) in the real browser: the procesregisseur adds a partner from the case
 * page, the partner then finds the case in their list and opens it, and removing them takes the
 * case off their open page at once. A partner's open page follows their rights at once: read-only, and
 * editable again.
 */
import type { Browser, Page } from "@playwright/test";
import {
  addToCaseTeam,
  caseIdOf,
  expect,
  openCaseDocument,
  signedInPage,
  test,
} from "./casePageFixtures.js";

// This file changes Demo casus C's and D's teams: a server and data of its own.
test.use({ serverName: "case-team" });

/** The case team section of a case page. */
function teamOf(page: Page) {
  return page.getByRole("region", { name: "Casusteam" });
}

/** Waits for the signed-in user's case list and says whether it links to `title`. */
async function listShows(page: Page, title: string): Promise<boolean> {
  await page.goto("/casussen");
  // Every demo partner takes part in Demo casus A or C, so the list has loaded once a row shows.
  await expect(page.getByRole("link", { name: /^Demo casus [AC]$/ }).first()).toBeVisible();
  return (await page.getByRole("link", { name: title, exact: true }).count()) > 0;
}

/**
 * Petra Jansen (procesregisseur) signed in, and Noor Smit with the document `kind` of the case
 * titled `title` open and connected.
 */
async function smitInDocument(
  browser: Browser,
  baseURL: string | undefined,
  title: string,
  kind: string,
) {
  const jansen = await signedInPage(browser, baseURL ?? "", "pr.jansen");
  const smit = await signedInPage(browser, baseURL ?? "", "dn.smit");
  const caseId = await caseIdOf(jansen.page, title);
  await openCaseDocument(smit.page, caseId, kind);
  return { jansen, smit, caseId };
}

test.describe("the case team", () => {
  test("a procesregisseur adds a partner, who then sees the case in their list; removing them takes the case off their open page", async ({
    browser,
    baseURL,
  }) => {
    const jansen = await signedInPage(browser, baseURL ?? "", "pr.jansen");
    const devries = await signedInPage(browser, baseURL ?? "", "dn.devries");
    expect(await listShows(devries.page, "Demo casus D")).toBe(false);

    const caseId = await caseIdOf(jansen.page, "Demo casus D");
    await jansen.page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    const team = teamOf(jansen.page);
    await expect(team.getByRole("row", { name: /Noor Smit/ })).toContainText("Gemeente Westerduin");

    const form = team.getByRole("form", { name: "Partner toevoegen" });
    await form.getByLabel("Persoon").selectOption({ label: "Daan de Vries — GGZ Duinstreek" });
    await form.getByLabel("Rol in de casus").selectOption({ label: "Casusregisseur" });
    await expect(form.getByLabel("Alleen lezen")).toBeDisabled();
    await form.getByRole("button", { name: "Toevoegen aan casusteam" }).click();
    await expect(
      team
        .getByRole("status")
        .filter({ hasText: "Daan de Vries is aan het casusteam toegevoegd." }),
    ).toBeVisible();
    await expect(team.getByLabel("Rol van Daan de Vries in de casus")).toHaveValue(
      "casusregisseur",
    );
    // Added people are no longer offered.
    await expect(
      form.getByLabel("Persoon").locator("option", { hasText: "Daan de Vries" }),
    ).toHaveCount(0);

    expect(await listShows(devries.page, "Demo casus D")).toBe(true);
    await devries.page.getByRole("link", { name: "Demo casus D", exact: true }).click();
    await expect(
      devries.page.getByRole("heading", { level: 1, name: "Demo casus D" }),
    ).toBeVisible();
    await expect(devries.page.getByRole("status").filter({ hasText: "Verbonden" })).toBeVisible();
    const ownRow = teamOf(devries.page).getByRole("row", { name: /Daan de Vries/ });
    await expect(ownRow).toContainText("(u)");
    await expect(ownRow).toContainText("Casusregisseur");
    // Only the procesregisseur manages the team.
    await expect(teamOf(devries.page).getByRole("button")).toHaveCount(0);

    jansen.page.once("dialog", (dialog) => void dialog.accept());
    await team.getByRole("button", { name: "Verwijderen (Daan de Vries)" }).click();
    await expect(
      team
        .getByRole("status")
        .filter({ hasText: "Daan de Vries is uit het casusteam verwijderd." }),
    ).toBeVisible();
    // The open page loses the case: its documents and betrokkenen go from the screen.
    await expect(
      devries.page.getByRole("heading", { name: "Geen toegang of niet gevonden" }),
    ).toBeVisible();
    await expect(devries.page.getByRole("heading", { name: "Demo casus D" })).toHaveCount(0);
    await expect(devries.page.locator(".cw-page")).toHaveCount(0);
    expect(await listShows(devries.page, "Demo casus D")).toBe(false);

    await jansen.context.close();
    await devries.context.close();
  });

  test("a partner set to read-only while typing keeps the page, and the editor turns read-only", async ({
    browser,
    baseURL,
  }) => {
    const { jansen, smit, caseId } = await smitInDocument(
      browser,
      baseURL,
      "Demo casus D",
      "analyse",
    );
    const editable = smit.page.getByRole("textbox", { name: /Casusanalyse \(bewerkbaar\)/ });
    await editable.focus();
    await smit.page.keyboard.press("End");

    await jansen.page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    const team = teamOf(jansen.page);
    const row = team.getByRole("row", { name: /Noor Smit/ });
    await row.getByLabel(/Alleen lezen/).check();
    await row.getByRole("button", { name: /Opslaan/ }).click();
    await expect(
      team
        .getByRole("status")
        .filter({ hasText: "De rol of rechten van Noor Smit zijn gewijzigd." }),
    ).toBeVisible();

    // Noor types on: the server refuses it, and the page says so instead of falling over.
    await smit.page.keyboard.type("x");
    await expect(
      smit.page.getByText(/heeft een wijziging geweigerd|U kunt deze casus alleen lezen/),
    ).toBeVisible();
    await expect(
      smit.page.getByRole("textbox", { name: /Casusanalyse \(alleen lezen\)/ }),
    ).toHaveAttribute("aria-readonly", "true");
    await expect(smit.page.getByRole("heading", { level: 1, name: "Demo casus D" })).toBeVisible();
    await expect(smit.page.getByText("Deze pagina kon niet worden getoond")).toHaveCount(0);

    await jansen.context.close();
    await smit.context.close();
  });

  test("a partner's open page turns read-only as soon as the rights change, and editable again, without typing or a reload", async ({
    browser,
    baseURL,
  }) => {
    const { jansen, smit, caseId } = await smitInDocument(
      browser,
      baseURL,
      "Demo casus C",
      "analyse",
    );
    const editor = (mode: string) =>
      smit.page.getByRole("textbox", { name: `Casusanalyse (${mode})` });
    await expect(editor("bewerkbaar")).toBeVisible();

    await jansen.page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    const row = teamOf(jansen.page).getByRole("row", { name: /Noor Smit/ });
    const setReadOnly = async (on: boolean) => {
      await row.getByLabel(/Alleen lezen/).setChecked(on);
      await row.getByRole("button", { name: /Opslaan/ }).click();
    };

    await setReadOnly(true);
    await expect(editor("alleen lezen")).toHaveAttribute("aria-readonly", "true");
    await expect(smit.page.getByText("U kunt deze casus alleen lezen.")).toBeVisible();

    await setReadOnly(false);
    await expect(editor("bewerkbaar")).toBeVisible();
    await expect(smit.page.getByText("U kunt deze casus alleen lezen.")).toHaveCount(0);
    await editor("bewerkbaar").click();
    await smit.page.keyboard.type("weer bewerkbaar");
    await expect(editor("bewerkbaar")).toContainText("weer bewerkbaar");

    await jansen.context.close();
    await smit.context.close();
  });

  test("removing a partner names their open actions first, and Annuleren keeps them in the team", async ({
    browser,
    baseURL,
  }) => {
    const jansen = await signedInPage(browser, baseURL ?? "", "pr.jansen");
    const caseId = await caseIdOf(jansen.page, "Demo casus C");
    await jansen.page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    const team = teamOf(jansen.page);
    const questions: string[] = [];
    jansen.page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    // Noor Smit has one action in uitvoering in the demo plan (and one afgerond, not counted).
    await team.getByRole("button", { name: "Verwijderen (Noor Smit)" }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain("Noor Smit is verantwoordelijk voor 1 openstaande actie");
    await expect(team.getByRole("row", { name: /Noor Smit/ })).toBeVisible();
    await jansen.context.close();
  });

  test("a partner typing in the plan keeps the caret and the text while someone joins the team, and can then name them as Verantwoordelijke", async ({
    browser,
    baseURL,
  }) => {
    const { jansen, smit, caseId } = await smitInDocument(browser, baseURL, "Demo casus C", "plan");
    const plan = smit.page.getByRole("textbox", { name: /Plan van aanpak \(bewerkbaar\)/ });
    await plan.focus();
    await smit.page.keyboard.press("Control+End");
    await smit.page.keyboard.press("Enter");
    await smit.page.getByRole("button", { name: "Actie toevoegen" }).click();
    await smit.page.keyboard.type("Huisbezoek plannen ");

    await jansen.page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    await addToCaseTeam(jansen.page, "Daan de Vries — GGZ Duinstreek", "Deelnemer");

    // Noor's page took in the new team (the suggestions offer Daan) without losing her place.
    const action = smit.page.locator(".cw-action").filter({ hasText: "Huisbezoek plannen" });
    await expect(action.locator('datalist option[value^="Daan de Vries"]')).toHaveCount(1);
    await expect(plan).toBeFocused();
    await smit.page.keyboard.type("met de GGZ");
    await expect(action).toContainText("Huisbezoek plannen met de GGZ");

    await jansen.context.close();
    await smit.context.close();
  });
});
