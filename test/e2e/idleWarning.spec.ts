/**
 * The warning before the idle timeout ends the session (WCAG 2.2.1): it shows in time, staying
 * signed in extends the session, and left alone the page goes to login saying why. The idle
 * timeout is shortened to twelve seconds, less than the warning time, so it shows at once.
 */
import { expect, loginAs, test } from "./fixtures.js";

const IDLE_MINUTES = 0.2;
/** Most of the idle timeout above: each wait alone would not end the session, two would. */
const WAIT_MS = 8_000;

test.use({ serverEnv: { SESSION_IDLE_MINUTES: String(IDLE_MINUTES) } });

test("the page warns before the idle timeout, staying signed in extends the session, and left alone it ends", async ({
  page,
}) => {
  await loginAs(page, "cr.bakker");
  const warning = page.getByRole("region", { name: "U wordt bijna uitgelogd" });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("alert")).toContainText("Ingelogd blijven");
  await expect(warning).toContainText(/Nog 0:\d\d/);

  // Waiting is the point: together these waits outlast the timeout; staying in keeps the session.
  // First the button alone (a click event without the key or pointer that also counts), then a
  // key pressed anywhere on the page.
  await page.waitForTimeout(WAIT_MS);
  await warning.getByRole("button", { name: "Ingelogd blijven" }).dispatchEvent("click");
  await page.waitForTimeout(WAIT_MS);
  await page.keyboard.press("Shift");
  await page.getByRole("link", { name: "Overleggen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overleggen" })).toBeVisible();

  // Left alone, the countdown runs out and the page goes to login, saying why.
  await expect(page).toHaveURL(/\/inloggen$/, { timeout: 30_000 });
  await expect(page.getByRole("status")).toHaveText("Uw sessie is verlopen. Log opnieuw in.");
});
