/**
 * A ZRM score is a dated measurement: a leefgebied measured again shows its earlier scores with who
 * and when, and whether it improved; its writer changing a score the day it was set corrects it,
 * another partner's score is a measurement of its own, live at every partner's table.
 */
import type { Page } from "@playwright/test";
import { formatDate } from "../../client/format/date.js";
import { caseIdOf, expect, test } from "./casePageFixtures.js";

// This file changes a score of the demo case: a server and data of its own.
test.use({ serverName: "leefgebied-history" });

/** One leefgebied's row on a page. */
function rowOf(page: Page, leefgebied: string) {
  return page.getByRole("group", { name: leefgebied });
}

/** The demo seeds the earlier measurements 14 days before today (at its intake), as the page writes a date. */
function earlierDate(): string {
  return formatDate(new Date(Date.now() - 14 * 24 * 60 * 60 * 1000).toISOString());
}

test.describe("the earlier scores of a leefgebied", () => {
  test("show who measured what when, whether it improved; a same-day change by its writer corrects, another partner's adds", async ({
    atCase,
  }) => {
    const {
      people: [bakker, jansen],
    } = await atCase(["cr.bakker", "pr.jansen"], "Demo casus C", "leefgebieden");

    const financien = rowOf(bakker.page, "Financiën");
    await expect(financien).toContainText("▲ verbeterd (was 1)");
    await expect(financien).toContainText(
      `Eerdere scores: 1 op ${earlierDate()} door Petra Jansen`,
    );
    await expect(rowOf(bakker.page, "Justitie")).toContainText("▼ verslechterd (was 2)");
    await expect(rowOf(bakker.page, "Middelengebruik")).toContainText("= gelijk gebleven (was 2)");
    // Measured once: nothing earlier to compare with.
    await expect(rowOf(bakker.page, "Tijdsbesteding")).not.toContainText("Eerdere scores");
    await expect(rowOf(bakker.page, "Tijdsbesteding")).not.toContainText("(was ");

    // Petra Jansen scored Huisvesting today: her changing it again is a correction.
    await rowOf(jansen.page, "Huisvesting").getByRole("radio", { name: /^1\b/ }).check();
    const his = rowOf(bakker.page, "Huisvesting");
    await expect(his).toContainText("1 · Acute problematiek");
    await expect(his).toContainText("▼ verslechterd (was 2)");
    await expect(his.locator(".cw-lg-earlier")).toHaveText(
      `Eerdere scores: 2 op ${earlierDate()} door Petra Jansen`,
    );

    // Another partner's score the same day is a measurement of its own: hers is kept.
    await his.getByRole("radio", { name: /^4\b/ }).check();
    const hers = rowOf(jansen.page, "Huisvesting");
    await expect(hers).toContainText("▲ verbeterd (was 1)");
    await expect(hers.locator(".cw-lg-earlier")).toHaveText(
      `Eerdere scores: 1 op ${formatDate(new Date().toISOString())} door u · 2 op ${earlierDate()} door u`,
    );
  });

  test("cannot be scored before the document has arrived, so a score never replaces the server's entry", async ({
    signIn,
  }) => {
    const { page } = await signIn("cr.bakker");
    const caseId = await caseIdOf(page, "Demo casus C");
    // Every socket of the leefgebieden document (the page may open it more than once) waits until
    // released, then goes through to the server as it is.
    let release: () => void = () => undefined;
    const released = new Promise<void>((done) => (release = done));
    await page.routeWebSocket(/\/collab\/case\/[^/]+\/leefgebieden(\?|$)/, async (socket) => {
      await released;
      socket.connectToServer();
    });
    await page.goto(`/casussen/${encodeURIComponent(caseId)}?document=leefgebieden`);
    const werk = rowOf(page, "Werk & Opleiding");
    await expect(werk).toBeVisible();
    await expect(werk.getByRole("radio", { name: /^3\b/ })).toBeDisabled();
    release();
    await expect(werk.getByRole("radio", { name: /^3\b/ })).toBeEnabled();
    await werk.getByRole("radio", { name: /^3\b/ }).check();
    await expect(page.getByRole("status").filter({ hasText: "Verbonden" })).toBeVisible();
    await expect(werk).toContainText("3 · ");
    await expect(page.getByText("geen toegang tot dit document")).toHaveCount(0);
  });
});
