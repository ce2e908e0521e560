/**
 * Action tracking in the real browser against the real server: an action written in the plan by
 * one partner is completed by the casusregisseur from Mijn acties, and the partner who still has
 * the plan open sees it marked done, without reloading. A partner just added to the case team is
 * offered as Verantwoordelijke, and picking her puts the action in her own Mijn acties.
 */
import {
  addToCaseTeam,
  caseIdOf,
  expect,
  openCaseDocument,
  signedInPage,
  test,
} from "./casePageFixtures.js";

const ACTION_TEXT = "Huisbezoek afleggen bij de familie";
const TEAM_ACTION_TEXT = "Aanvraag bijzondere bijstand begeleiden";

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

  test("pr.jansen adds Noor Smit to the case team, picks her as Verantwoordelijke, and the action is in her Mijn acties", async ({
    browser,
    baseURL,
  }) => {
    const jansen = await signedInPage(browser, baseURL ?? "", "pr.jansen");
    const caseId = await caseIdOf(jansen.page, "Demo casus A");
    await openCaseDocument(jansen.page, caseId, "plan");

    // Noor Smit (gemeente) joins the team on the same page, while the plan is open.
    await addToCaseTeam(jansen.page, "Noor Smit — Gemeente Westerduin", "Deelnemer");

    const editor = jansen.page.getByRole("textbox", { name: /Plan van aanpak \(bewerkbaar\)/ });
    await editor.focus();
    await jansen.page.keyboard.press("Control+End");
    await jansen.page.keyboard.press("Enter");
    await jansen.page.getByRole("button", { name: "Actie toevoegen" }).click();
    await jansen.page.keyboard.type(TEAM_ACTION_TEXT);
    const action = jansen.page.locator(".cw-action").filter({ hasText: TEAM_ACTION_TEXT });
    const responsible = action.getByLabel("Verantwoordelijke");
    const suggestions = action.locator("datalist option");

    const organisation = action.getByLabel("Uitvoerende organisatie");

    // The whole team is suggested. A member typed by name is that member, and brings their
    // organisation along.
    await expect(suggestions).toHaveCount(4);
    await responsible.fill("daan de vries");
    await responsible.blur();
    await expect(responsible).toHaveValue("Daan de Vries (GGZ Duinstreek)");
    await expect(organisation.locator("option:checked")).toHaveText("GGZ Duinstreek");
    // The table changes its mind: the gemeente does it. Daan is no longer responsible, and only
    // the gemeente's members are suggested.
    await organisation.selectOption({ label: "Gemeente Westerduin" });
    await expect(responsible).toHaveValue("");
    await expect(suggestions).toHaveCount(1);
    const offered = (await suggestions.first().getAttribute("value")) ?? "";
    expect(offered).toBe("Noor Smit (Gemeente Westerduin)");
    await responsible.fill(offered);
    await responsible.blur();
    // Stored as her user (the field names her, not "user:…"); the action is complete.
    await expect(responsible).toHaveValue("Noor Smit (Gemeente Westerduin)");
    await action.getByLabel("Deadline").fill("2030-09-01");
    await action.getByLabel("Soort").selectOption("zorg");
    await expect(action.locator(".cw-action-incomplete")).toBeHidden();

    // Noor Smit finds it in Mijn acties once the server has extracted it from the plan...
    const smit = await signedInPage(browser, baseURL ?? "", "dn.smit");
    const row = smit.page.locator("tr.acties-row").filter({ hasText: TEAM_ACTION_TEXT });
    await smit.page.goto("/mijn-acties");
    await expect(async () => {
      await smit.page.reload();
      await expect(row).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(row).toContainText("Noor Smit");
    await expect(row).not.toContainText("user:");
    // ...as her own action, not only her organisation's.
    await smit.page
      .getByLabel("Toon")
      .selectOption({ label: "Alleen waarvoor ik verantwoordelijk ben" });
    await expect(row).toBeVisible();

    await jansen.context.close();
    await smit.context.close();
  });
});
