/**
 * A session that times out while the laptop is offline and the user keeps typing: after signing in
 * again in the same tab, what was typed reaches the server. The idle timeout is shortened to a few
 * seconds, so the session really ends on the server while the browser is offline.
 */
import { expect, loginAs, test } from "./fixtures.js";

const IDLE_MINUTES = 0.05;
/**
 * Longer than the idle timeout above (3 s), and than the 30 s after which y-websocket gives up on a
 * socket that hears nothing: the connection must really drop, as in a long outage, so that coming
 * back means a new connection, which the server refuses.
 */
const OFFLINE_MS = 33_000;

test.use({ serverEnv: { SESSION_IDLE_MINUTES: String(IDLE_MINUTES) } });

test("text typed offline while the session timed out is saved after signing in again", async ({
  page,
  context,
}) => {
  await loginAs(page, "cr.bakker");
  await page.getByRole("link", { name: "Demo casus A" }).click();
  await page.getByRole("tab", { name: "Casusanalyse" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Verbonden" })).toBeVisible();
  const editor = page.getByRole("textbox", { name: /Casusanalyse \(bewerkbaar\)/ });
  const typed = "Buurtagent meldt overlast sinds juni.";

  await context.setOffline(true);
  await editor.locator("p").first().click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(typed);
  // "Offline", or (while the socket still looks open) "verbinding controleren": not saved either way.
  await expect(page.getByRole("status").filter({ hasText: /niet opgeslagen/ })).toBeVisible();
  // Waiting is the point of this test: the session goes idle and the socket drops meanwhile.
  await page.waitForTimeout(OFFLINE_MS);
  await context.setOffline(false);

  // The refused reconnect reveals the ended session: the page goes to login.
  await expect(page).toHaveURL(/\/inloggen$/);
  await page.getByLabel("Gebruikersnaam").fill("cr.bakker");
  await page.getByLabel("Wachtwoord").fill("demo");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/casussen\//);
  await page.getByRole("tab", { name: "Casusanalyse" }).click();
  await expect(editor).toContainText(typed);
  await expect(page.getByRole("status").filter({ hasText: "Verbonden" })).toBeVisible();

  // Stored on the server: a fresh load shows it.
  await page.reload();
  await page.getByRole("tab", { name: "Casusanalyse" }).click();
  await expect(editor).toContainText(typed);
});
