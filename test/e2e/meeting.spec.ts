/**
 * The casusoverleg in the real browser against the real server: the chair advances the agenda and a
 * participant's screen follows (and can follow again after looking elsewhere), the slot timer shows,
 * and the frozen verslag downloads as PDF and DOCX holding the case's besluiten and actions.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { insertActionItem } from "../../shared/docs/planDoc.js";
import { PROSE_FIELD } from "../../shared/docs/proseDoc.js";
import { expect, loginAs, test } from "./fixtures.js";

const OVERLEG = "Casusoverleg Westerduin";
const BESLUIT = "Gezamenlijk huisbezoek door wijkagent en GGZ";
const ACTIE = "Aanmelding bij schuldhulpverlening doen";

/** A signed-in page in a browser context of its own. */
async function signedIn(browser: Browser, baseURL: string, username: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await loginAs(page, username);
  return { context, page };
}

/** Opens the demo overleg from the Overleggen list. */
async function openOverleg(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Overleggen" }).click();
  await page.getByRole("link", { name: OVERLEG }).click();
  await expect(page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();
}

/** Starts the overleg unless an earlier test in this worker (same server) already did. */
async function startOverleg(page: Page): Promise<void> {
  const start = page.getByRole("button", { name: "Overleg starten" });
  if (await start.isVisible()) await start.click();
  await expect(page.getByRole("button", { name: "Overleg beëindigen" })).toBeVisible();
}

/** The overleg's status tag in the page header. */
function statusTag(page: Page) {
  return page.locator(".mt-header .tag");
}

/** The heading of the agenda item shown in the main column. */
function shownItem(page: Page) {
  return page.locator(".mt-main h2").first();
}

/** Adds an action to a case's plan over a real websocket with the context's session. */
async function addPlanAction(context: BrowserContext, baseURL: string, caseId: string) {
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const headers = { Cookie: cookie, Origin: baseURL };
  class SessionSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${baseURL.replace("http", "ws")}/collab`,
    `case/${caseId}/plan`,
    doc,
    { WebSocketPolyfill: SessionSocket as unknown as typeof globalThis.WebSocket, disableBc: true },
  );
  await expect.poll(() => provider.synced).toBe(true);
  insertActionItem(doc, {
    id: "e2e-actie-1",
    text: ACTIE,
    organisationId: "org_demo",
    responsible: "Noor Smit",
    dueDate: "2030-01-31",
    status: "open",
    kind: "zorg",
  });
  // Wait until a second connection sees it: then the server has stored it.
  const check = new Y.Doc();
  const checker = new WebsocketProvider(
    `${baseURL.replace("http", "ws")}/collab`,
    `case/${caseId}/plan`,
    check,
    { WebSocketPolyfill: SessionSocket as unknown as typeof globalThis.WebSocket, disableBc: true },
  );
  await expect
    .poll(() => JSON.stringify(check.getXmlFragment(PROSE_FIELD).toJSON()))
    .toContain(ACTIE);
  provider.destroy();
  checker.destroy();
}

test.describe("the casusoverleg", () => {
  test("the chair advances the agenda, the participant's screen follows, and the timer shows", async ({
    browser,
    baseURL,
  }) => {
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen");
    const devries = await signedIn(browser, baseURL ?? "", "dn.devries");
    await openOverleg(chair.page);
    await openOverleg(devries.page);
    // The participant's open page learns that the chair started, without a reload.
    await startOverleg(chair.page);
    await expect(statusTag(devries.page)).toHaveText("Bezig");
    await expect(devries.page.getByRole("navigation", { name: "Agenda" })).not.toContainText(
      "Demo casus B",
    );

    await chair.page.getByRole("button", { name: "Nu bespreken: Opening en mededelingen" }).click();
    await expect(shownItem(devries.page)).toHaveText("Opening en mededelingen");
    await expect(
      devries.page.getByRole("timer", { name: "Tijd voor dit agendapunt" }),
    ).toContainText("van 5 min");

    await chair.page.getByRole("button", { name: "Volgend agendapunt" }).click();
    await expect(shownItem(devries.page)).toHaveText("Demo casus A");
    await expect(devries.page.getByRole("timer")).toContainText("van 30 min");
    await expect(
      devries.page.getByRole("heading", { name: "Openstaande acties (meegenomen)" }),
    ).toBeVisible();

    // The participant looks elsewhere, the chair moves on, "Volg de voorzitter" catches up.
    await devries.page.getByRole("navigation", { name: "Agenda" }).getByText("Rondvraag").click();
    await expect(shownItem(devries.page)).toHaveText("Rondvraag");
    await chair.page.getByRole("button", { name: "Nu bespreken: Opening en mededelingen" }).click();
    await expect(shownItem(devries.page)).toHaveText("Rondvraag");
    await devries.page.getByRole("button", { name: "Volg de voorzitter" }).click();
    await expect(shownItem(devries.page)).toHaveText("Opening en mededelingen");
    await expect(devries.page.getByText("U volgt de voorzitter.")).toBeVisible();

    // The chair leads, so follows nobody, but has a way back after looking at another item.
    await expect(chair.page.getByText("U volgt de voorzitter.")).toHaveCount(0);
    await chair.page.getByRole("navigation", { name: "Agenda" }).getByText("Rondvraag").click();
    await expect(shownItem(chair.page)).toHaveText("Rondvraag");
    await expect(shownItem(devries.page)).toHaveText("Opening en mededelingen");
    await chair.page.getByRole("button", { name: "Terug naar het huidige agendapunt" }).click();
    await expect(shownItem(chair.page)).toHaveText("Opening en mededelingen");

    await chair.context.close();
    await devries.context.close();
  });

  test("the verslag PDF and DOCX download and hold the case's besluiten and actions", async ({
    browser,
    baseURL,
  }) => {
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen");
    await openOverleg(chair.page);
    await startOverleg(chair.page);
    await chair.page.getByRole("button", { name: "Nu bespreken: Demo casus A" }).click();
    await expect(shownItem(chair.page)).toHaveText("Demo casus A");

    const caseId = await chair.page.evaluate(async () => {
      const res = await fetch("/api/cases");
      const body = (await res.json()) as { cases: { id: string; title: string }[] };
      return body.cases.find((c) => c.title === "Demo casus A")?.id ?? "";
    });
    await addPlanAction(chair.context, baseURL ?? "", caseId);

    await chair.page.getByLabel("Nieuw besluit").fill(BESLUIT);
    await chair.page.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(chair.page.locator(".mt-besluiten")).toContainText(BESLUIT);
    await chair.page.getByLabel("Aanwezigheid: Daan de Vries").selectOption("aanwezig");
    await chair.page.reload();
    await expect(shownItem(chair.page)).toHaveText("Demo casus A");
    await expect(chair.page.locator(".mt-draft")).toContainText(ACTIE);
    await chair.page.getByLabel("Samenvatting van de voorzitter").fill("Constructief overleg.");
    await chair.page.getByRole("button", { name: "Verslag vaststellen" }).click();

    const dir = await mkdtemp(join(tmpdir(), "verslag-e2e-"));
    const [pdf] = await Promise.all([
      chair.page.waitForEvent("download"),
      chair.page.getByRole("link", { name: "PDF" }).click(),
    ]);
    await pdf.saveAs(join(dir, "verslag.pdf"));
    // Table cells wrap long text over lines; compare with whitespace collapsed.
    const pdfText = execFileSync("pdftotext", [join(dir, "verslag.pdf"), "-"], {
      encoding: "utf8",
    }).replace(/\s+/g, " ");
    expect(pdfText).toContain(BESLUIT);
    expect(pdfText).toContain(ACTIE);
    expect(pdfText).toContain("Daan de Vries");

    const [docx] = await Promise.all([
      chair.page.waitForEvent("download"),
      chair.page.getByRole("link", { name: "DOCX" }).click(),
    ]);
    await docx.saveAs(join(dir, "verslag.docx"));
    const xml = execFileSync("unzip", ["-p", join(dir, "verslag.docx"), "word/document.xml"], {
      encoding: "utf8",
    });
    expect(xml).toContain(BESLUIT);
    expect(xml).toContain(ACTIE);

    // Daan de Vries attended and may download; Carlos Bakker was not marked present.
    const devries = await signedIn(browser, baseURL ?? "", "dn.devries");
    await openOverleg(devries.page);
    await devries.page
      .getByRole("navigation", { name: "Agenda" })
      .getByText("Demo casus A")
      .click();
    await expect(devries.page.getByRole("link", { name: "PDF" })).toBeVisible();
    const bakker = await signedIn(browser, baseURL ?? "", "cr.bakker");
    await openOverleg(bakker.page);
    await bakker.page.getByRole("navigation", { name: "Agenda" }).getByText("Demo casus A").click();
    await expect(
      bakker.page.getByText("Alleen wie bij deze casus aanwezig was kan het verslag downloaden."),
    ).toBeVisible();

    for (const ctx of [chair.context, devries.context, bakker.context]) await ctx.close();
  });

  test("an incidental participant sees only the slot title until signing the geheimhoudingsverklaring", async ({
    browser,
    baseURL,
  }) => {
    const school = await signedIn(browser, baseURL ?? "", "in.school");
    await openOverleg(school.page);
    const agenda = school.page.getByRole("navigation", { name: "Agenda" });
    await expect(agenda).toContainText("Demo casus B");
    await expect(agenda).not.toContainText("Demo casus A");
    await agenda.getByText("Demo casus B").click();
    await expect(school.page.locator(".mt-main")).toContainText(
      "onderteken eerst de geheimhoudingsverklaring",
    );
    await expect(
      school.page.getByRole("heading", { name: "Openstaande acties (meegenomen)" }),
    ).toHaveCount(0);

    await school.page.getByLabel("Ik heb de verklaring gelezen en ga ermee akkoord.").check();
    await school.page.getByRole("button", { name: "Ondertekenen" }).click();
    await expect(
      school.page.getByRole("heading", { name: "Geheimhoudingsverklaring" }),
    ).toHaveCount(0);
    await agenda.getByText("Demo casus B").click();
    await expect(
      school.page.getByRole("heading", { name: "Openstaande acties (meegenomen)" }),
    ).toBeVisible();
    await school.context.close();
  });

  // Last: an ended overleg cannot be started again on this worker's server.
  test("when the chair ends the overleg, an open participant's page shows it ended, without a timer", async ({
    browser,
    baseURL,
  }) => {
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen");
    const devries = await signedIn(browser, baseURL ?? "", "dn.devries");
    await openOverleg(chair.page);
    await startOverleg(chair.page);
    await chair.page.getByRole("button", { name: "Nu bespreken: Opening en mededelingen" }).click();
    await openOverleg(devries.page);
    await expect(devries.page.getByRole("timer")).toBeVisible();

    chair.page.once("dialog", (dialog) => void dialog.accept());
    await chair.page.getByRole("button", { name: "Overleg beëindigen" }).click();
    await expect(statusTag(devries.page)).toHaveText("Afgerond");
    await expect(devries.page.getByText("Dit overleg is afgerond.")).toBeVisible();
    await expect(devries.page.getByRole("timer")).toHaveCount(0);
    await expect(devries.page.getByText("Wordt nu besproken")).toHaveCount(0);
    await expect(devries.page.getByText("U volgt de voorzitter.")).toHaveCount(0);
    await chair.context.close();
    await devries.context.close();
  });
});
