/**
 * A session that really times out on the server (idle timeout shortened to about a second), as
 * opposed to cookies cleared in the browser: the server then answers "session_expired".
 */
import { expect, loginAs, test } from "./fixtures.js";

const IDLE_MINUTES = 0.02;
/** Comfortably longer than the idle timeout above (1.2 s). */
const IDLE_WAIT_MS = 2_500;

test.use({ serverEnv: { SESSION_IDLE_MINUTES: String(IDLE_MINUTES) } });

test("a session that timed out sends the user to login with the expiry message, and back to the same page after logging in", async ({
  page,
}) => {
  await loginAs(page, "cr.bakker");
  await page.getByRole("link", { name: "Overleggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overleggen" })).toBeVisible();

  // Waiting is the point of this test: the server must see the session go idle. The page finds
  // out by itself, when the warning's countdown runs out, without a reload or a click.
  await page.waitForTimeout(IDLE_WAIT_MS);

  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole("status")).toHaveText("Uw sessie is verlopen. Log opnieuw in.");

  await page.getByLabel("Gebruikersnaam").fill("cr.bakker");
  await page.getByLabel("Wachtwoord").fill("demo");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/overleggen$/);
  await expect(page.getByRole("heading", { level: 1, name: "Overleggen" })).toBeVisible();
});

test("a session that timed out on a case page returns, after logging in, to the document that was open", async ({
  page,
}) => {
  await loginAs(page, "cr.bakker");
  await page.getByRole("link", { name: "Demo casus A" }).click();
  await page.getByRole("tab", { name: "Casusanalyse" }).click();
  await expect(page).toHaveURL(/\?document=analyse$/);

  // Waiting is the point, as above: the server must see the session go idle.
  await page.waitForTimeout(IDLE_WAIT_MS);
  await expect(page).toHaveURL(/\/inloggen$/);

  await page.getByLabel("Gebruikersnaam").fill("cr.bakker");
  await page.getByLabel("Wachtwoord").fill("demo");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/casussen\/[^/?]+\?document=analyse$/);
  await expect(page.getByRole("tab", { name: "Casusanalyse" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
});
