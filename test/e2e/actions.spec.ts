/**
 * Action tracking in the real browser against the real server: an action written in the plan by
 * one partner is completed by the casusregisseur from Mijn acties, and the partner who still has
 * the plan open sees it marked done, without reloading.
 */
import { caseIdOf, expect, openCaseDocument, signedInPage, test } from "./casePageFixtures.js";

const ACTION_TEXT = "Huisbezoek afleggen bij de familie";

// This file edits Demo casus A's plan: it gets a server of its own.
test.use({ serverName: "actions" });

test.describe("Mijn acties", () => {
  test("cr.bakker completes an action in Mijn acties while dn.devries has the plan open and sees it marked done", async ({
    browser,
    baseURL,
  }) => {
    const devries = await signedInPage(browser, baseURL ?? "", "dn.devries");
    const bakker = await signedInPage(browser, baseURL ?? "", "cr.bakker");
    const caseId = await caseIdOf(devries.page, "Demo casus A");

    // dn.devries writes the action into the plan, for cr.bakker of the police.
    await openCaseDocument(devries.page, caseId, "plan");
    const editor = devries.page.getByRole("textbox", { name: /Plan van aanpak \(bewerkbaar\)/ });
    await editor.focus();
    await devries.page.keyboard.press("Control+End");
    await devries.page.keyboard.press("Enter");
    await devries.page.getByRole("button", { name: "Actie toevoegen" }).click();
    await devries.page.keyboard.type(ACTION_TEXT);
    const action = devries.page.locator(".cw-action").filter({ hasText: ACTION_TEXT });
    await action.getByLabel("Uitvoerende organisatie").selectOption({
      label: "Politie Basisteam Westerduin",
    });
    // Picked by name from the participants; stored as the user, so it reaches cr.bakker's list.
    const responsible = action.getByLabel("Verantwoordelijke");
    await responsible.fill("Carlos Bakker (Politie Basisteam Westerduin)");
    await responsible.press("Enter");
    await responsible.blur();
    await expect(responsible).toHaveValue("Carlos Bakker (Politie Basisteam Westerduin)");
    await action.getByLabel("Deadline").fill("2030-06-01");
    await action.getByLabel("Soort").selectOption("straf");
    await expect(action.locator(".cw-action-status-tag")).toHaveText("Open");

    // cr.bakker finds it in Mijn acties once the server has extracted it from the plan.
    const row = bakker.page.locator("tr.acties-row").filter({ hasText: ACTION_TEXT });
    await bakker.page.goto("/mijn-acties");
    await expect(async () => {
      await bakker.page.reload();
      await expect(row).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(row).toContainText("Carlos Bakker");
    // Picked by name, stored as the user: it is his own action, not only his organisation's.
    await bakker.page
      .getByLabel("Toon")
      .selectOption({ label: "Alleen waarvoor ik verantwoordelijk ben" });
    await expect(row).toBeVisible();
    await row.getByLabel(`Status van: ${ACTION_TEXT}`).selectOption("afgerond");
    await expect(bakker.page.getByText("Bezig met opslaan…")).toBeHidden();
    await expect(row.getByLabel(`Status van: ${ACTION_TEXT}`)).toHaveValue("afgerond");

    // dn.devries still has the plan open: the node shows the new status at once.
    await expect(action.locator(".cw-action-status-tag")).toHaveText("Afgerond");
    await expect(action.getByLabel("Status")).toHaveValue("afgerond");

    await devries.context.close();
    await bakker.context.close();
  });
});
