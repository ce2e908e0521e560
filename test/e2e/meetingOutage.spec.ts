/**
 * A server outage in the meeting room, in the real browser: the overleg and a case slot opened
 * while the server is down say so, offer "Opnieuw proberen" and fill themselves in once the server
 * is back; a failed refresh of an overleg already on screen leaves the live room where it is (the
 * chair is mid-meeting), with a small notice, and catches up by itself. The tests run in order on
 * one server: the first needs the demo overleg still planned.
 */
import type { Page } from "@playwright/test";
import { expect, signedInPage, test } from "./casePageFixtures.js";

// This file stops its server and starts the demo overleg: it gets one of its own.
test.use({ serverName: "meeting-outage" });

const OVERLEG = "Casusoverleg Westerduin";
const UNREACHABLE = "De server is niet bereikbaar";
const RETRYING = /probeert het vanzelf opnieuw/;
const STALE = /U ziet wat het laatst is geladen; Casustafel werkt het vanzelf bij/;

/** Opens the demo overleg from the Overleggen list; answers its id. */
async function openOverleg(page: Page): Promise<string> {
  await page.getByRole("link", { name: "Overleggen" }).click();
  await page.getByRole("link", { name: OVERLEG }).click();
  await expect(page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();
  return decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
}

/** The overleg's status tag in the page header. */
function statusTag(page: Page) {
  return page.locator(".mt-header .tag");
}

test.describe("a server outage in the meeting room", () => {
  test("a participant's open room stays on screen when refreshing the overleg fails, and catches up by itself", async ({
    browser,
    baseURL,
  }) => {
    const chair = await signedInPage(browser, baseURL ?? "", "pr.jansen");
    const devries = await signedInPage(browser, baseURL ?? "", "dn.devries");
    await openOverleg(chair.page);
    const meetingId = await openOverleg(devries.page);
    await expect(statusTag(devries.page)).toHaveText("Gepland");

    // The participant's browser cannot reach the overleg's API; the live document still arrives.
    const meetingApi = `**/api/meetings/${encodeURIComponent(meetingId)}`;
    await devries.page.route(meetingApi, (route) => route.abort("connectionrefused"));
    // Starting is announced in the live document, which makes the open page load the overleg again.
    await chair.page.getByRole("button", { name: "Overleg starten" }).click();
    const notice = devries.page.getByRole("status").filter({ hasText: UNREACHABLE });
    await expect(notice).toContainText(STALE);
    await expect(devries.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();
    await expect(devries.page.getByRole("navigation", { name: "Agenda" })).toBeVisible();
    await expect(statusTag(devries.page)).toHaveText("Gepland");
    await expect(devries.page.getByRole("alert")).toHaveCount(0);

    await devries.page.unroute(meetingApi);
    await expect(statusTag(devries.page)).toHaveText("Bezig", { timeout: 30_000 });
    await expect(notice).toHaveCount(0);
    await chair.context.close();
    await devries.context.close();
  });

  test("a case slot opened while the server is down says so, and loads by itself once the server is back", async ({
    browser,
    baseURL,
    server,
  }) => {
    test.setTimeout(120_000);
    const chair = await signedInPage(browser, baseURL ?? "", "pr.jansen");
    await openOverleg(chair.page);
    const agenda = chair.page.getByRole("navigation", { name: "Agenda" });
    await agenda.getByText("Demo casus A").click();
    await expect(chair.page.getByRole("tab", { name: "Triage" })).toBeVisible();

    await server.stop();
    await agenda.getByText("Demo casus B").click();
    const failure = chair.page.getByRole("alert").filter({ hasText: UNREACHABLE });
    await expect(failure).toContainText(RETRYING);
    await expect(chair.page.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();
    // The room itself stays: the chair can still see the agenda and the overleg.
    await expect(agenda).toBeVisible();
    await expect(chair.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();

    await server.start();
    await expect(chair.page.locator(".mt-slot-main h2").first()).toHaveText("Demo casus B", {
      timeout: 60_000,
    });
    await expect(chair.page.getByRole("tab", { name: "Triage" })).toBeVisible();
    await expect(chair.page.locator(".mt-draft")).toContainText("Concept: nog niet vastgesteld.");
    await expect(failure).toHaveCount(0);
    await chair.context.close();
  });

  test("the chair who opens the room while the server is down sees why, and the room appears by itself once the server is back", async ({
    browser,
    baseURL,
    server,
  }) => {
    test.setTimeout(120_000);
    const chair = await signedInPage(browser, baseURL ?? "", "pr.jansen");
    // Opened once first, so the room's code is in the browser and only its data is missing.
    await openOverleg(chair.page);
    await chair.page.getByRole("link", { name: "Terug naar Overleggen" }).click();
    await expect(chair.page.getByRole("link", { name: OVERLEG })).toBeVisible();

    await server.stop();
    await chair.page.getByRole("link", { name: OVERLEG }).click();
    const failure = chair.page.getByRole("alert").filter({ hasText: UNREACHABLE });
    await expect(failure).toContainText(RETRYING);
    await expect(chair.page.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();
    await expect(chair.page.getByRole("link", { name: "Terug naar Overleggen" })).toBeVisible();

    await server.start();
    await expect(chair.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible({
      timeout: 60_000,
    });
    await expect(chair.page.getByRole("navigation", { name: "Agenda" })).toBeVisible();
    await expect(statusTag(chair.page)).toHaveText("Bezig");
    await expect(failure).toHaveCount(0);
    await chair.context.close();
  });
});
