/**
 * A screen left open does not keep its session alive: a request the page makes by itself (here the
 * once-a-minute count of unread signals) goes out as background when nobody gave input for a
 * minute, and the server does not count it as activity (test/integration/foundation/
 * sessionActivity.test.ts). The page's clock is driven by the test, so no minute is waited out.
 */
import type { Page, Request } from "@playwright/test";
import { BACKGROUND_REQUEST_HEADER } from "../../shared/api/auth.js";
import { expect, loginAs, test } from "./fixtures.js";

const SECOND = 1_000;

/** The next count of unread signals the page asks for while `run` moves its clock on. */
async function nextSignalsPoll(page: Page, run: () => Promise<void>): Promise<Request> {
  const poll = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/signals");
  await run();
  return poll;
}

test("the page's own poll counts as activity only while someone is at the keyboard", async ({
  page,
}) => {
  await page.clock.install();
  await loginAs(page, "cr.bakker");
  await expect(page.getByRole("heading", { level: 1, name: "Casussen" })).toBeVisible();

  // A minute without input: the poll goes out as background.
  const unattended = await nextSignalsPoll(page, () => page.clock.runFor(61 * SECOND));
  expect(unattended.headers()[BACKGROUND_REQUEST_HEADER]).toBe("1");

  // Half a minute later someone presses a key; the next poll, half a minute after that, is theirs.
  await page.clock.runFor(30 * SECOND);
  await page.keyboard.press("Shift");
  const attended = await nextSignalsPoll(page, () => page.clock.runFor(31 * SECOND));
  expect(attended.headers()[BACKGROUND_REQUEST_HEADER]).toBeUndefined();

  // Opening another page is the user's doing as well.
  const [listLoad] = await Promise.all([
    page.waitForRequest((request) => new URL(request.url()).pathname === "/api/meetings"),
    page.getByRole("link", { name: "Overleggen" }).click(),
  ]);
  expect(listLoad.headers()[BACKGROUND_REQUEST_HEADER]).toBeUndefined();
});
