/**
 * Corrigeren na afloop in the real browser against the real server: after the overleg ended, its
 * chair corrects a besluit's typo on the overleg's page; the page shows the corrected text with
 * "gecorrigeerd op dd-mm-jjjj door …" and the original on request, the verslag concept follows,
 * and a participant who has the page open sees the correction at once, without a way to make one.
 * The chair then records an attendance nobody had recorded, and withdraws the besluit with a reason.
 * The verslag version fixed before the corrections is flagged as lacking them until a new one is.
 */
import type { Browser, Page } from "@playwright/test";
import type { PlanningOptions } from "../../shared/api/meetings.js";
import { expect, loginAs, test } from "./fixtures.js";
import { shownItem } from "./meetingRoom.js";

// An overleg of this file's own: the workers' server is shared with the other files, whose tests
// expect the demo overleg not to have ended.
const OVERLEG = "Nabespreking Duinrand";
const TYPO = "Huisbezoek door wijkagnet en GGZ";
const FIXED = "Huisbezoek door wijkagent en GGZ";
const NOTE = /gecorrigeerd op \d\d-\d\d-\d{4} door Petra Jansen/;

/** A signed-in page in a browser context of its own. */
async function signedIn(browser: Browser, baseURL: string, username: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await loginAs(page, username);
  return { context, page };
}

/**
 * Plans, through the API as the chair signed in on `page`, an overleg with Demo casus A and
 * Daan de Vries invited to it; returns its id.
 */
async function planOverleg(page: Page, baseURL: string): Promise<string> {
  const options = await page.request.get("/api/meetings/planning-options");
  const { cases } = (await options.json()) as PlanningOptions;
  const caseA = cases.find((c) => c.title === "Demo casus A");
  const devries = caseA?.participants.find((p) => p.displayName === "Daan de Vries")?.userId;
  const planned = await page.request.post("/api/meetings", {
    headers: { origin: baseURL },
    data: {
      title: OVERLEG,
      kind: "casusoverleg",
      date: "2031-06-10",
      time: "13:00",
      location: "ZVH Westerduin",
      agenda: [{ caseId: caseA?.id, plannedMinutes: 30, invitees: devries ? [devries] : [] }],
    },
  });
  expect(planned.status()).toBe(201);
  const [id] = ((await planned.json()) as { ids: string[] }).ids;
  return id ?? "";
}

/** Opens the overleg's page. */
async function openOverleg(page: Page, id: string): Promise<void> {
  await page.goto(`/overleggen/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();
}

/** The besluit in the slot's list that holds `text`. */
function besluit(page: Page, text: string) {
  return page.locator(".mt-besluiten > li").filter({ hasText: text });
}

test("the chair corrects a besluit after the overleg ended and everyone sees the correction", async ({
  browser,
  baseURL,
}) => {
  const chair = await signedIn(browser, baseURL ?? "", "pr.jansen");
  const id = await planOverleg(chair.page, baseURL ?? "");
  await openOverleg(chair.page, id);
  // Planned years ahead: starting it now asks first, naming the planned start; "Annuleren" keeps it.
  const questions: string[] = [];
  chair.page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await chair.page.getByRole("button", { name: "Overleg starten" }).click();
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toContain("Dit overleg staat gepland op di 10 jun 2031");
  await expect(chair.page.getByRole("button", { name: "Overleg starten" })).toBeVisible();
  chair.page.once("dialog", (dialog) => void dialog.accept());
  await chair.page.getByRole("button", { name: "Overleg starten" }).click();
  // Its only item opens with the start.
  await expect(shownItem(chair.page)).toHaveText("Demo casus A");
  // A paste longer than a besluit may be is cut off, and the page says so.
  await chair.page.getByLabel("Nieuw besluit").fill("x".repeat(2100));
  await expect(chair.page.getByText("wat langer was, is afgekapt")).toBeVisible();
  await chair.page.getByLabel("Nieuw besluit").fill(TYPO);
  await expect(chair.page.getByText("wat langer was, is afgekapt")).toHaveCount(0);
  await chair.page.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(besluit(chair.page, TYPO)).toBeVisible();
  const devries = await signedIn(browser, baseURL ?? "", "dn.devries");
  await openOverleg(devries.page, id);
  await expect(besluit(devries.page, TYPO)).toBeVisible();

  chair.page.once("dialog", (dialog) => void dialog.accept());
  await chair.page.getByRole("button", { name: "Overleg beëindigen" }).click();
  await expect(chair.page.locator(".mt-header .tag")).toHaveText("Afgerond");
  await chair.page.getByRole("navigation", { name: "Agenda" }).getByText("Demo casus A").click();
  await expect(chair.page.getByText(/corrigeren tot en met \d\d-\d\d-\d{4}/)).toBeVisible();
  // The chair fixes the verslag with the typo in it.
  await chair.page.getByLabel("Samenvatting van de voorzitter").fill("Goed overleg.");
  await chair.page.getByRole("button", { name: "Verslag vaststellen" }).click();
  await expect(chair.page.locator(".mt-versions")).toContainText("Versie 1");
  const behind = chair.page.getByText("gewijzigd sinds versie 1 is vastgesteld");
  await expect(behind).toBeHidden();

  await besluit(chair.page, TYPO)
    .getByRole("button", { name: /^Corrigeren: besluit „/ })
    .click();
  await chair.page.getByLabel("Gecorrigeerde tekst van het besluit").fill(FIXED);
  await chair.page.getByLabel("Reden (optioneel)").fill("typefout");
  await chair.page.getByRole("button", { name: "Correctie opslaan" }).click();

  const corrected = besluit(chair.page, FIXED);
  await expect(corrected).toContainText(NOTE);
  await expect(corrected.getByText(TYPO)).toBeHidden();
  await corrected.getByText("Oorspronkelijke tekst").click();
  await expect(corrected.getByText(TYPO)).toBeVisible();
  await expect(corrected.getByText("Reden: typefout")).toBeVisible();
  // The verslag concept holds the corrected text with the correction's note.
  const concept = chair.page.locator(".mt-draft").getByRole("listitem").filter({ hasText: FIXED });
  await expect(concept).toContainText(NOTE);

  // Until a new version is fixed, the chair is told the fixed one lacks the correction.
  await expect(behind).toBeVisible();

  // The participant's open page shows it without a reload, read-only.
  await expect(besluit(devries.page, FIXED)).toContainText(NOTE);
  await expect(devries.page.getByRole("button", { name: "Corrigeren" })).toHaveCount(0);

  // An attendance nobody recorded is corrected the same way, in a row below the person. A second
  // correction opened meanwhile leaves the first as it was: each form is stored or closed itself.
  const formOf = (name: string) =>
    chair.page
      .locator(".mt-attendance form")
      .filter({ has: chair.page.getByLabel(`Aanwezigheid van ${name}`) });
  await chair.page
    .getByRole("button", { name: "Corrigeren: aanwezigheid van Petra Jansen" })
    .click();
  await chair.page.getByLabel("Aanwezigheid van Petra Jansen").selectOption("Afwezig");
  await chair.page
    .getByRole("button", { name: "Corrigeren: aanwezigheid van Daan de Vries" })
    .click();
  await expect(chair.page.getByLabel("Aanwezigheid van Petra Jansen")).toHaveValue("afwezig");
  await chair.page.getByLabel("Aanwezigheid van Daan de Vries").selectOption("Afgemeld");
  await formOf("Daan de Vries").getByRole("button", { name: "Correctie opslaan" }).click();
  await expect(chair.page.getByLabel("Aanwezigheid van Petra Jansen")).toHaveValue("afwezig");
  await formOf("Petra Jansen").getByRole("button", { name: "Annuleren" }).click();
  // The form's row closes once the server made the correction; while it is open, the table's
  // text (which then holds the form's refusal, if any) is what this reports.
  await expect(chair.page.locator(".mt-attendance")).not.toContainText(
    "Aanwezigheid van Daan de Vries",
  );
  // The person's own row (the form, while open, is a row below it).
  const daan = (page: Page) =>
    page.locator(".mt-attendance tr:has(th)").filter({ hasText: "Daan de Vries" });
  await expect(daan(chair.page)).toContainText("Afgemeld");
  await expect(daan(chair.page)).toContainText(NOTE);
  await expect(daan(devries.page)).toContainText(NOTE);
  const conceptRow = chair.page.locator(".mt-draft tr").filter({ hasText: "Daan de Vries" });
  await expect(conceptRow).toContainText(NOTE);

  // A besluit that should not stand is withdrawn, with a reason it cannot go without.
  await besluit(chair.page, FIXED).getByRole("button", { name: "Intrekken" }).click();
  const withdraw = chair.page.getByRole("button", { name: "Besluit intrekken" });
  await expect(withdraw).toBeDisabled();
  await chair.page.getByLabel("Reden van het intrekken").fill("bij de verkeerde casus");
  await withdraw.click();
  const WITHDRAWN = /ingetrokken na afloop, op \d\d-\d\d-\d{4} door Petra Jansen/;
  for (const page of [chair.page, devries.page]) {
    const gone = page.locator(".mt-besluiten-withdrawn > li").filter({ hasText: FIXED });
    await expect(gone).toContainText(WITHDRAWN);
    await expect(gone).toContainText("Reden: bij de verkeerde casus");
    await expect(gone.locator("del")).toHaveText(FIXED);
  }
  await expect(chair.page.locator(".mt-draft").getByRole("listitem").first()).toContainText(
    `INGETROKKEN: ${FIXED}`,
  );

  // A new version holds the corrections, and the notice goes. After a reload the samenvatting box
  // starts with the fixed version's, so the new version keeps it.
  await chair.page.reload();
  await chair.page.getByRole("navigation", { name: "Agenda" }).getByText("Demo casus A").click();
  await expect(chair.page.getByLabel("Samenvatting van de voorzitter")).toHaveValue(
    "Goed overleg.",
  );
  chair.page.once("dialog", (dialog) => void dialog.accept());
  await chair.page.getByRole("button", { name: "Verslag vaststellen" }).click();
  await expect(chair.page.locator(".mt-versions")).toContainText("Versie 2");
  await expect(behind).toBeHidden();

  await chair.context.close();
  await devries.context.close();
});
