/**
 * Steps of the chair in the live overleg that several specs share. The room's agenda renders only
 * once the overleg's own document has synced, a moment after the header: a step that depends on
 * what the agenda shows first waits for it, never reads it the instant the header appears.
 */
import { expect, type Page } from "@playwright/test";

/** The heading of the agenda item shown in the main column. */
export function shownItem(page: Page) {
  return page.locator(".mt-main h2").first();
}

/**
 * The chair moves the running overleg to the item titled `title`, unless it is under discussion
 * already (an earlier test on the same server may have left it there), or becomes so while the
 * button is being clicked: starting an overleg moves it to its first case a moment after the start
 * shows, through its live document.
 */
export async function discussItem(page: Page, title: string): Promise<void> {
  const discussNow = page.getByRole("button", { name: `Nu bespreken: ${title}` });
  const current = page
    .getByRole("navigation", { name: "Agenda" })
    .locator('li[aria-current="step"]')
    .filter({ hasText: title });
  await expect(discussNow.or(current)).toBeVisible();
  if (await discussNow.isVisible()) {
    await discussNow.click({ timeout: 5_000 }).catch(async () => {
      // Gone because the item became current by itself: nothing was left to click. Still there
      // (a slow page): click it, with the test's own patience.
      if (await discussNow.isVisible()) await discussNow.click();
    });
  }
  await expect(shownItem(page)).toHaveText(title);
}
