/**
 * The bewaartermijn in the real browser: the beheerder sets the period on the Beheer page; the
 * procesregisseur closes a case by a triage advies, sees on its page when it will be destroyed and
 * extends that with a reason; a partner at the case sees the same without the form; the
 * procesregisseur withdraws the extension again.
 */
import type { Page } from "@playwright/test";
import { addMonths } from "../../shared/domain/dates.js";
import { dutchCalendarDate as shown, dutchDate } from "../../shared/domain/regionTime.js";
import { caseIdOf, expect, test } from "./casePageFixtures.js";

// This file closes a demo case and changes the region's period: a server and data of its own.
test.use({ serverName: "retention" });

/** The case this file closes. */
const CASE_TITLE = "Demo casus B";
const REASON = "Lopende procedure bij de rechtbank; het dossier is daarvoor nog nodig.";

/** `date` plus `months` calendar months, as yyyy-mm-dd. */
function monthsLater(date: string, months: number): string {
  const later = addMonths(date, months);
  if (later === null) throw new Error(`no date: ${date}`);
  return later;
}

/** The bewaartermijn section of a case page. */
function retentionOf(page: Page) {
  return page.getByRole("region", { name: "Bewaartermijn" });
}

test.describe("the bewaartermijn of a closed case", () => {
  // The partner's view follows on the case the first test closed and extended.
  test.describe.configure({ mode: "serial" });

  // The server closes a case on the Dutch date.
  const today = dutchDate(new Date());
  const keptUntil = monthsLater(today, 24);
  const extendedUntil = monthsLater(today, 36);

  test("the procesregisseur closes a case by an advies, sees when it will be destroyed and extends that", async ({
    signIn,
  }) => {
    const { page } = await signIn("pr.jansen");
    const caseId = await caseIdOf(page, CASE_TITLE);
    await page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    // An open case has no bewaartermijn yet.
    const besluit = page.getByRole("form", { name: "Triagebesluit" });
    await expect(besluit).toBeVisible();
    await expect(retentionOf(page)).toHaveCount(0);

    await besluit.getByRole("radio", { name: "Advies", exact: true }).check();
    await besluit.getByLabel("Toelichting").fill("Advies aan het wijkteam: inzet schuldhulp.");
    await besluit.getByRole("button", { name: "Triagebesluit vastleggen" }).click();

    const retention = retentionOf(page);
    await expect(retention).toContainText(
      `Gesloten op ${shown(today)}. Wordt bewaard tot en met ${shown(keptUntil)} en daarna vernietigd.`,
    );
    await expect(page.locator(".phase-tag")).toHaveText("Gesloten");

    // Refused in the form before anything is sent: the current last day, and a reason too short.
    const form = retention.getByRole("form", { name: "Bewaartermijn verlengen" });
    await form.getByLabel("Bewaren tot en met").fill(keptUntil);
    await form.getByLabel("Reden van de verlenging").fill("Nodig.");
    await form.getByRole("button", { name: "Bewaartermijn verlengen" }).click();
    await expect(form.getByRole("alert").first()).toBeVisible();
    await expect(form).toContainText(
      `Kies een datum na de huidige bewaartermijn (${shown(keptUntil)}).`,
    );
    await expect(form).toContainText("Licht de verlenging toe in ten minste 10 tekens.");

    await form.getByLabel("Bewaren tot en met").fill(extendedUntil);
    await form.getByLabel("Reden van de verlenging").fill(REASON);
    await form.getByRole("button", { name: "Bewaartermijn verlengen" }).click();
    await expect(retention.getByRole("status")).toHaveText(
      `De bewaartermijn is verlengd tot en met ${shown(extendedUntil)}.`,
    );
    await expect(retention).toContainText(
      `Wordt bewaard tot en met ${shown(extendedUntil)} en daarna vernietigd.`,
    );
    const extension = retention.getByRole("listitem");
    await expect(extension).toHaveCount(1);
    await expect(extension).toContainText(`Verlengd tot en met ${shown(extendedUntil)}`);
    await expect(extension).toContainText(
      `door Petra Jansen (Zorg- en Veiligheidshuis Westerduin) op ${shown(today)}`,
    );
    await expect(extension).toContainText(REASON);
    // The form starts empty again for a next extension.
    await expect(form.getByLabel("Reden van de verlenging")).toHaveValue("");

    // Stored: the same after a reload.
    await page.reload();
    await expect(retentionOf(page).getByRole("listitem")).toContainText(REASON);
    await expect(retentionOf(page)).toContainText(
      `Wordt bewaard tot en met ${shown(extendedUntil)} en daarna vernietigd.`,
    );
  });

  test("a partner at the closed case sees its bewaartermijn and extensions, but cannot extend it", async ({
    signIn,
  }) => {
    const { page } = await signIn("dn.smit");
    const caseId = await caseIdOf(page, CASE_TITLE);
    await page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    const retention = retentionOf(page);
    await expect(retention).toContainText(
      `Gesloten op ${shown(today)}. Wordt bewaard tot en met ${shown(extendedUntil)} en daarna vernietigd.`,
    );
    await expect(retention.getByRole("listitem")).toContainText(REASON);
    await expect(retention.getByRole("form")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Bewaartermijn verlengen" })).toHaveCount(0);
    await expect(retention.getByRole("button", { name: "Verlenging intrekken" })).toHaveCount(0);

    // Nor through the API: only a procesregisseur extends.
    const response = await page.request.post(
      `/api/cases/${encodeURIComponent(caseId)}/bewaartermijn`,
      { data: { tot: monthsLater(today, 48), reden: REASON } },
    );
    expect(response.status()).toBe(403);
  });

  test("the procesregisseur withdraws the extension after being told what it does; it stays listed as withdrawn", async ({
    signIn,
  }) => {
    const { page } = await signIn("pr.jansen");
    const caseId = await caseIdOf(page, CASE_TITLE);
    await page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    const retention = retentionOf(page);
    const extension = retention.getByRole("listitem");
    await expect(extension).toContainText(
      `Zonder deze verlenging wordt de casus bewaard tot en met ${shown(keptUntil)}.`,
    );
    const withdraw = extension.getByRole("button", { name: "Verlenging intrekken" });

    // Asked first; saying no changes nothing.
    const questions: string[] = [];
    page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await withdraw.click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toBe(
      `De verlenging tot en met ${shown(extendedUntil)} intrekken? De casus wordt dan bewaard tot en met ${shown(keptUntil)}.`,
    );
    await expect(retention).toContainText(`Wordt bewaard tot en met ${shown(extendedUntil)}`);

    page.once("dialog", (dialog) => void dialog.accept());
    await withdraw.click();
    await expect(retention.getByRole("status")).toHaveText(
      `De verlenging is ingetrokken. De casus wordt bewaard tot en met ${shown(keptUntil)}.`,
    );
    await expect(retention).toContainText(
      `Wordt bewaard tot en met ${shown(keptUntil)} en daarna vernietigd.`,
    );
    await expect(extension).toContainText(
      `Ingetrokken door Petra Jansen (Zorg- en Veiligheidshuis Westerduin) op ${shown(today)}`,
    );
    await expect(extension).toContainText(REASON);
    await expect(retention.getByRole("button", { name: "Verlenging intrekken" })).toHaveCount(0);

    // Stored: the same after a reload.
    await page.reload();
    await expect(retentionOf(page).getByRole("listitem")).toContainText("Ingetrokken door");
    await expect(retentionOf(page)).toContainText(`Wordt bewaard tot en met ${shown(keptUntil)}`);
  });

  test("a withdrawal or extension from a page showing an older state is refused, and the page shows the state as it is", async ({
    signIn,
  }) => {
    const { page } = await signIn("pr.jansen");
    const caseId = await caseIdOf(page, CASE_TITLE);
    const api = `/api/cases/${encodeURIComponent(caseId)}/bewaartermijn`;
    expect(
      (await page.request.post(api, { data: { tot: extendedUntil, reden: REASON } })).status(),
    ).toBe(200);
    await page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    const retention = retentionOf(page);
    const withdraw = retention.getByRole("button", { name: "Verlenging intrekken" });
    await expect(withdraw).toBeVisible();

    // Withdrawn meanwhile elsewhere (another procesregisseur, another tab).
    const elsewhere = await page.request.post(`${api}/intrekking`, { data: { verlenging: 1 } });
    expect(elsewhere.status()).toBe(200);
    page.once("dialog", (dialog) => void dialog.accept());
    await withdraw.click();
    await expect(retention.getByRole("alert")).toHaveText("Deze verlenging is al ingetrokken.");
    await expect(retention.getByText("Ingetrokken door")).toHaveCount(2);
    await expect(withdraw).toHaveCount(0);
    await expect(retention).toContainText(`Wordt bewaard tot en met ${shown(keptUntil)}`);

    // Extended meanwhile elsewhere: an extension from this page to an earlier day is refused, the
    // form keeps what was typed, and the panel shows the later day.
    const later = await page.request.post(api, { data: { tot: extendedUntil, reden: REASON } });
    expect(later.status()).toBe(200);
    const form = retention.getByRole("form", { name: "Bewaartermijn verlengen" });
    await form.getByLabel("Bewaren tot en met").fill(monthsLater(today, 30));
    await form.getByLabel("Reden van de verlenging").fill(REASON);
    await form.getByRole("button", { name: "Bewaartermijn verlengen" }).click();
    await expect(form.getByRole("alert")).toHaveText(
      `Kies een datum na de huidige bewaartermijn (${shown(extendedUntil)}).`,
    );
    await expect(retention).toContainText(`Wordt bewaard tot en met ${shown(extendedUntil)}`);
    await expect(form.getByLabel("Reden van de verlenging")).toHaveValue(REASON);
  });
});

test.describe("the bewaartermijn on the Beheer page", () => {
  // Declared after the case tests, which expect the default period: this one changes it.
  test("the beheerder sees the default of 24 months, sets 36, finds 36 after a reload, and is asked before shortening it", async ({
    signIn,
  }) => {
    const { page } = await signIn("beheer");
    await page.getByRole("navigation").getByRole("link", { name: "Beheer" }).click();
    await page
      .getByRole("navigation", { name: "Onderdelen van Beheer" })
      .getByRole("link", { name: "Bewaartermijn" })
      .click();
    await expect(page).toHaveURL(/\/beheer\/bewaartermijn$/);
    await expect(page.getByRole("heading", { level: 2, name: "Bewaartermijn" })).toBeVisible();
    await expect(page.getByText(/verwerkingsregister/)).toBeVisible();
    await expect(page.getByText("nu 24 maanden na de datum van sluiten")).toBeVisible();
    const months = page.getByLabel("Bewaartermijn in maanden");
    await expect(months).toHaveValue("24");

    // A period outside the allowed range is refused in the form, before anything is sent.
    await months.fill("0");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Kies ten minste 1 maand.")).toBeVisible();
    await expect(months).toHaveAttribute("aria-invalid", "true");

    await months.fill("36");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(
      page.getByRole("region", { name: "Bewaartermijn" }).getByRole("status"),
    ).toHaveText("De bewaartermijn is ingesteld op 36 maanden.");
    await expect(page.getByText("nu 36 maanden na de datum van sluiten")).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Bewaartermijn in maanden")).toHaveValue("36");
    await expect(page.getByText("nu 36 maanden na de datum van sluiten")).toBeVisible();

    // A shorter period destroys cases sooner: it is asked first, and nothing changes on "no".
    let question = "";
    page.once("dialog", (dialog) => {
      question = dialog.message();
      void dialog.dismiss();
    });
    await page.getByLabel("Bewaartermijn in maanden").fill("12");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => question).toContain("van 36 maanden naar 12 maanden");
    // The question says what it destroys: the case closed here today is not due under 12 months.
    expect(question).toContain(
      "Er is nu geen gesloten casus waarvan de nieuwe termijn al is verstreken.",
    );
    await page.reload();
    await expect(page.getByLabel("Bewaartermijn in maanden")).toHaveValue("36");
  });

  test("a procesregisseur does not get the setting", async ({ signIn }) => {
    const { page } = await signIn("pr.jansen");
    const response = await page.request.get("/api/beheer/bewaartermijn");
    expect(response.status()).toBe(403);
    await page.goto("/beheer/bewaartermijn");
    await expect(page.getByLabel("Bewaartermijn in maanden")).toHaveCount(0);
  });
});
