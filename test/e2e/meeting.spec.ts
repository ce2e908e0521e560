/**
 * The casusoverleg in the real browser against the real server: the chair advances the agenda and a
 * participant's screen follows (and can follow again after looking elsewhere), the slot timer shows,
 * the verslag concept follows what the chair records and the samenvatting as it is typed (stored as
 * it is typed, so a reload finds it), a second version needs confirming, a participant's open page
 * lists a fixed version at once, and the frozen verslag downloads as PDF and DOCX holding the
 * case's besluiten and actions, from the overleg and from the case page. Nothing typed is lost when the chair moves through the agenda: not a
 * participant's half-typed note or action field, not the chair's besluit or besluit correction.
 * The chair corrects and withdraws a besluit, and the concept follows. On a 1366×768 laptop the
 * header is compact, the case documents get most of the width and the agenda stays in reach; on a
 * wider screen the header and menu line up with the room. The chair adds a case to a planned overleg
 * through "Wijzigen".
 */
import { execFileSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Dialog, Page } from "@playwright/test";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { insertActionItem } from "../../shared/docs/planDoc.js";
import { PROSE_FIELD } from "../../shared/docs/proseDoc.js";
import { expect, loginAs, test } from "./fixtures.js";
import { discussItem, shownItem } from "./meetingRoom.js";
import { TYPING_PAUSE_MS } from "../../client/meetings/typingFocus.js";

const OVERLEG = "Casusoverleg Westerduin";
const BESLUIT = "Gezamenlijk huisbezoek door wijkagent en GGZ";
const ACTIE = "Aanmelding bij schuldhulpverlening doen";

/** A signed-in page in a browser context of its own (Playwright's default viewport unless given). */
async function signedIn(
  browser: Browser,
  baseURL: string,
  username: string,
  viewport?: { width: number; height: number },
) {
  const context = await browser.newContext({ baseURL, ...(viewport ? { viewport } : {}) });
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
  if (!(await start.isVisible())) return;
  await start.press("Enter");
  await expect(page.getByRole("button", { name: "Overleg beëindigen" })).toBeVisible();
  // The start button is gone: the keyboard goes on from the overleg's heading, not the page's top.
  await expect(page.getByRole("heading", { level: 1, name: OVERLEG })).toBeFocused();
}

/** The overleg's status tag in the page header. */
function statusTag(page: Page) {
  return page.locator(".mt-header .tag");
}

/**
 * The chair has started the overleg and discusses Demo casus A; Daan de Vries follows in the
 * room with the case's document `tab` open and connected.
 */
async function participantInDocument(browser: Browser, baseURL: string, tab: string) {
  const chair = await signedIn(browser, baseURL, "pr.jansen");
  const devries = await signedIn(browser, baseURL, "dn.devries");
  await openOverleg(chair.page);
  await startOverleg(chair.page);
  await discussItem(chair.page, "Demo casus A");
  await openOverleg(devries.page);
  await expect(shownItem(devries.page)).toHaveText("Demo casus A");
  const documents = devries.page.locator(".mt-documents");
  await documents.getByRole("tab", { name: tab }).click();
  await expect(documents.getByRole("status").filter({ hasText: "Verbonden" })).toBeVisible();
  return { chair, devries, documents };
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
    // The tab's title, which the browser's history keeps, names the kind, never the title.
    await expect(devries.page).toHaveTitle("Casusoverleg · Casustafel");
    // The participant's open page learns that the chair started, without a reload.
    await startOverleg(chair.page);
    await expect(statusTag(devries.page)).toHaveText("Bezig");
    await expect(devries.page.getByRole("navigation", { name: "Agenda" })).not.toContainText(
      "Demo casus B",
    );

    // Starting opens the first item, with its timer, on every screen.
    await expect(shownItem(chair.page)).toHaveText("Opening en mededelingen");
    await expect(shownItem(devries.page)).toHaveText("Opening en mededelingen");
    await expect(
      devries.page.getByRole("timer", { name: "Tijd voor dit agendapunt" }),
    ).toContainText("van 5 min");

    await chair.page.getByRole("button", { name: "Volgend agendapunt" }).click();
    await expect(shownItem(devries.page)).toHaveText("Demo casus A");
    await expect(devries.page.getByRole("timer")).toContainText("van 30 min");
    await expect(
      devries.page.getByRole("heading", { name: "Openstaande acties uit het plan van aanpak" }),
    ).toBeVisible();

    // The participant looks elsewhere, the chair moves on, "Volg de voorzitter" catches up.
    await devries.page.getByRole("navigation", { name: "Agenda" }).getByText("Rondvraag").click();
    await expect(shownItem(devries.page)).toHaveText("Rondvraag");
    await chair.page.getByRole("button", { name: "Nu bespreken: Opening en mededelingen" }).click();
    // The button went with the item's new place; the keyboard stays on the item.
    await expect(
      chair.page
        .getByRole("navigation", { name: "Agenda" })
        .getByRole("button", { name: /Opening en mededelingen/ })
        .first(),
    ).toBeFocused();
    await expect(shownItem(devries.page)).toHaveText("Rondvraag");
    // The timer above Rondvraag says whose time it is: the item the chair is discussing.
    await expect(
      devries.page.getByRole("timer", {
        name: "Tijd voor het agendapunt dat nu besproken wordt: Opening en mededelingen",
      }),
    ).toContainText("Nu besproken: Opening en mededelingen.");
    await devries.page.getByRole("button", { name: "Volg de voorzitter" }).click();
    await expect(shownItem(devries.page)).toHaveText("Opening en mededelingen");
    await expect(
      devries.page.getByRole("timer", { name: "Tijd voor dit agendapunt" }),
    ).toBeVisible();
    await expect(devries.page.getByText("U volgt de voorzitter.")).toBeVisible();

    // The chair leads, so follows nobody, but has a way back after looking at another item.
    await expect(chair.page.getByText("U volgt de voorzitter.")).toHaveCount(0);
    await chair.page.getByRole("navigation", { name: "Agenda" }).getByText("Rondvraag").click();
    await expect(shownItem(chair.page)).toHaveText("Rondvraag");
    await expect(shownItem(devries.page)).toHaveText("Opening en mededelingen");
    await chair.page.getByRole("button", { name: "Terug naar het huidige agendapunt" }).click();
    await expect(shownItem(chair.page)).toHaveText("Opening en mededelingen");

    // On the last item there is no next one: the button says so instead of doing nothing.
    const next = chair.page.getByRole("button", { name: "Volgend agendapunt" });
    await expect(next).toBeEnabled();
    await chair.page.getByRole("button", { name: "Nu bespreken: Rondvraag" }).click();
    await expect(shownItem(devries.page)).toHaveText("Rondvraag");
    await expect(next).toBeDisabled();
    await expect(chair.page.getByText("Dit is het laatste agendapunt.")).toBeVisible();
    await chair.page.getByRole("button", { name: "Nu bespreken: Opening en mededelingen" }).click();
    await expect(next).toBeEnabled();
    await expect(chair.page.getByText("Dit is het laatste agendapunt.")).toHaveCount(0);

    await chair.context.close();
    await devries.context.close();
  });

  test("the concept follows what the chair records, a second version needs confirming, and the PDF and DOCX hold the besluiten and actions", async ({
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
    // The chair was marked present on starting, and can change their own mark like anyone's.
    await expect(chair.page.getByLabel("Aanwezigheid: Petra Jansen")).toHaveValue("aanwezig");

    // The concept follows the table while nothing is frozen yet: no click, no reload.
    const concept = chair.page.locator(".mt-draft");
    await expect(concept).toContainText("Concept: nog niet vastgesteld.");
    await chair.page.getByLabel("Nieuw besluit").fill(BESLUIT);
    await chair.page.getByRole("button", { name: "Besluit vastleggen" }).click();
    await expect(chair.page.locator(".mt-besluiten")).toContainText(BESLUIT);
    await chair.page.getByLabel("Aanwezigheid: Daan de Vries").selectOption("aanwezig");
    await expect(concept.getByRole("listitem").filter({ hasText: BESLUIT })).toBeVisible();
    // The concept's second table is the attendance (the first holds the overleg's facts).
    const attendanceRow = (name: string) =>
      concept.getByRole("table").nth(1).getByRole("row").filter({ hasText: name });
    await expect(attendanceRow("Daan de Vries")).toContainText("Aanwezig");
    await expect(attendanceRow("Petra Jansen")).toContainText("Aanwezig");
    await expect(attendanceRow("Carlos Bakker")).toContainText("Niet vastgelegd");
    // An action put in the plan van aanpak shows once the chair updates the concept.
    await addPlanAction(chair.context, baseURL ?? "", caseId);
    await chair.page.getByRole("button", { name: "Concept bijwerken" }).click();
    await expect(concept).toContainText(ACTIE);
    await expect(chair.page.getByText(/^Versie \d/)).toHaveCount(0);

    // What the chair types as samenvatting is in the concept at once, as fixing will put it.
    await chair.page
      .getByLabel("Samenvatting van de voorzitter")
      .fill("Constructief overleg.\n\nVolgende keer met school.");
    await expect(concept.getByRole("heading", { name: "Samenvatting" })).toBeVisible();
    await expect(concept.getByText("Constructief overleg.", { exact: true })).toBeVisible();
    await expect(concept.getByText("Volgende keer met school.", { exact: true })).toBeVisible();
    // The chair moves on and comes back: what they typed is still there.
    await chair.page.getByRole("button", { name: "Volgend agendapunt" }).click();
    await expect(shownItem(chair.page)).not.toHaveText("Demo casus A");
    await chair.page.getByRole("button", { name: "Nu bespreken: Demo casus A" }).click();
    await expect(chair.page.getByLabel("Samenvatting van de voorzitter")).toHaveValue(
      "Constructief overleg.\n\nVolgende keer met school.",
    );
    // It is stored as it is typed, before the verslag is fixed: a reload (a crashed laptop, a
    // closed tab) finds it, and asks nothing on the way.
    await expect(chair.page.getByText(/^Samenvatting tussentijds opgeslagen/)).toBeVisible();
    const leaveQuestions: string[] = [];
    const askedToLeave = (dialog: Dialog) => {
      leaveQuestions.push(dialog.message());
      void dialog.accept();
    };
    chair.page.on("dialog", askedToLeave);
    await chair.page.reload();
    await expect(shownItem(chair.page)).toHaveText("Demo casus A");
    await expect(chair.page.getByLabel("Samenvatting van de voorzitter")).toHaveValue(
      "Constructief overleg.\n\nVolgende keer met school.",
    );
    expect(leaveQuestions).toEqual([]);
    chair.page.off("dialog", askedToLeave);
    // A participant has the slot open while the chair fixes the verslag.
    const devries = await signedIn(browser, baseURL ?? "", "dn.devries");
    await openOverleg(devries.page);
    await expect(shownItem(devries.page)).toHaveText("Demo casus A");
    await expect(devries.page.getByText("Nog geen vastgestelde versie.")).toBeVisible();
    // The chair's questions, answered in turn (an unanswered one is declined).
    const questions: string[] = [];
    const answers: boolean[] = [];
    chair.page.on("dialog", (dialog) => {
      questions.push(dialog.message());
      void (answers.shift() === true ? dialog.accept() : dialog.dismiss());
    });
    const freeze = chair.page.getByRole("button", { name: "Verslag vaststellen" });
    // The action names an organisation that does not exist: fixing asks first, and goes on.
    answers.push(true);
    await freeze.click();
    await expect(chair.page.getByText(/^Versie 1, /)).toBeVisible();
    expect(questions).toEqual([
      expect.stringContaining(
        "Eén actie mist nog een organisatie, een verantwoordelijke of een deadline",
      ),
    ]);
    // The participant's open page lists the version at once, without a reload.
    await expect(devries.page.getByText(/^Versie 1, /)).toBeVisible();
    await expect(devries.page.getByText("Nog geen vastgestelde versie.")).toHaveCount(0);

    // A second click asks first, naming the existing version and the new one; "Annuleren" makes none.
    answers.push(true, false);
    await freeze.click();
    await expect.poll(() => questions.length).toBe(3);
    expect(questions[2]).toContain("Versie 1 van dit verslag is al vastgesteld");
    expect(questions[2]).toContain("nieuwe versie 2");
    await expect(freeze).toBeEnabled();
    await expect(chair.page.getByText(/^Versie 2, /)).toHaveCount(0);
    answers.push(true, true);
    await freeze.click();
    await expect(chair.page.getByText(/^Versie 2, /)).toBeVisible();

    const dir = await mkdtemp(join(tmpdir(), "verslag-e2e-"));
    const [pdf] = await Promise.all([
      chair.page.waitForEvent("download"),
      chair.page.getByRole("link", { name: "Verslag versie 1 als PDF" }).click(),
    ]);
    // Named for the overleg (kind, date, start time) and the case's place on the agenda: no names.
    expect(pdf.suggestedFilename()).toMatch(
      /^verslag-casusoverleg-\d{4}-\d{2}-\d{2}-\d{4}-agendapunt-2-v1\.pdf$/,
    );
    await pdf.saveAs(join(dir, "verslag.pdf"));
    // Table cells wrap long text over lines; compare with whitespace collapsed.
    const pdfText = execFileSync("pdftotext", [join(dir, "verslag.pdf"), "-"], {
      encoding: "utf8",
    }).replace(/\s+/g, " ");
    expect(pdfText).toContain(BESLUIT);
    expect(pdfText).toContain(ACTIE);
    expect(pdfText).toContain("Daan de Vries");
    expect(pdfText).toContain("Volgende keer met school.");

    const [docx] = await Promise.all([
      chair.page.waitForEvent("download"),
      chair.page.getByRole("link", { name: "Verslag versie 1 als Word-document" }).click(),
    ]);
    await docx.saveAs(join(dir, "verslag.docx"));
    const xml = execFileSync("unzip", ["-p", join(dir, "verslag.docx"), "word/document.xml"], {
      encoding: "utf8",
    });
    expect(xml).toContain(BESLUIT);
    expect(xml).toContain(ACTIE);

    // Daan de Vries attended and may download; so may Carlos Bakker, not marked present, as the
    // case's casusregisseur who follows the agreements up.
    await devries.page
      .getByRole("navigation", { name: "Agenda" })
      .getByText("Demo casus A")
      .click();
    await expect(
      devries.page.getByRole("link", { name: /^Verslag versie \d+ als PDF$/ }).first(),
    ).toBeVisible();
    const bakker = await signedIn(browser, baseURL ?? "", "cr.bakker");
    await openOverleg(bakker.page);
    await bakker.page.getByRole("navigation", { name: "Agenda" }).getByText("Demo casus A").click();
    await expect(
      bakker.page.getByRole("link", { name: /^Verslag versie \d+ als PDF$/ }).first(),
    ).toBeVisible();
    // He finds it on the case page too, where he follows the case up: the overleg with its
    // versions, downloaded from there as the same file.
    await bakker.page.goto(`/casussen/${caseId}`);
    const overleggen = bakker.page.getByRole("region", { name: "Overleggen" });
    await expect(
      overleggen.getByRole("link", { name: "Casusoverleg Westerduin", exact: true }),
    ).toBeVisible();
    const [fromCase] = await Promise.all([
      bakker.page.waitForEvent("download"),
      overleggen
        .getByRole("link", { name: /^Verslag versie 1 van Casusoverleg Westerduin .* als PDF$/ })
        .first()
        .click(),
    ]);
    expect(fromCase.suggestedFilename()).toBe(pdf.suggestedFilename());

    for (const ctx of [chair.context, devries.context, bakker.context]) await ctx.close();
  });

  test("a participant typing a leefgebied note when the chair moves on stays with it, and the note is stored when they follow", async ({
    browser,
    baseURL,
  }) => {
    const note = "Huurachterstand van drie maanden; woningcorporatie dreigt met ontruiming.";
    const { chair, devries } = await participantInDocument(browser, baseURL ?? "", "Leefgebieden");
    const next = chair.page.getByRole("button", { name: "Volgend agendapunt" });
    await expect(next).toBeEnabled();

    const huisvesting = (page: Page) =>
      page.locator(".mt-documents").getByRole("group", { name: "Huisvesting" });
    const typed = huisvesting(devries.page).getByLabel("Toelichting");
    await typed.fill(note);
    await next.click();
    // He is typing: the case stays on his screen, his field keeps the focus, and he is told.
    await expect(devries.page.getByText(/terwijl u typte/)).toBeVisible();
    await expect(typed).toBeFocused();
    await devries.page.keyboard.type(" Gesprek gepland.");
    // He follows at once; Demo casus B is not his, so his screen leaves the case.
    await devries.page.getByRole("button", { name: "Volg de voorzitter" }).click();
    await expect(
      devries.page.getByText(
        "De voorzitter bespreekt een agendapunt waarvoor u niet bent uitgenodigd.",
      ),
    ).toBeVisible();
    await expect(huisvesting(devries.page)).toHaveCount(0);

    // The chair looks back at the case: the note was stored.
    await chair.page.getByRole("navigation", { name: "Agenda" }).getByText("Demo casus A").click();
    await chair.page.locator(".mt-documents").getByRole("tab", { name: "Leefgebieden" }).click();
    await expect(huisvesting(chair.page).getByLabel("Toelichting")).toHaveValue(
      `${note} Gesprek gepland.`,
    );
    await chair.context.close();
    await devries.context.close();
  });

  test("a participant who left the cursor in a field but stopped typing a while ago follows the chair as everyone else", async ({
    browser,
    baseURL,
  }) => {
    const { chair, devries } = await participantInDocument(browser, baseURL ?? "", "Leefgebieden");
    const next = chair.page.getByRole("button", { name: "Volgend agendapunt" });
    await expect(next).toBeEnabled();
    const typed = devries.page
      .locator(".mt-documents")
      .getByRole("group", { name: "Huisvesting" })
      .getByLabel("Toelichting");
    await typed.fill("Contact met de woningcorporatie gehad.");
    // Waiting is the point: longer than the pause after which typing counts as over (10 s).
    await devries.page.waitForTimeout(TYPING_PAUSE_MS + 1_000);
    await expect(typed).toBeFocused();

    await next.click();
    await expect(
      devries.page.getByText(
        "De voorzitter bespreekt een agendapunt waarvoor u niet bent uitgenodigd.",
      ),
    ).toBeVisible();
    await expect(devries.page.getByText(/terwijl u typte/)).toHaveCount(0);
    await chair.context.close();
    await devries.context.close();
  });

  test("an action's Verantwoordelijke a participant is still typing when the chair moves on is stored once they follow", async ({
    browser,
    baseURL,
  }) => {
    const actionText = "Contact leggen met de huisarts";
    const { chair, devries, documents } = await participantInDocument(
      browser,
      baseURL ?? "",
      "Plan van aanpak",
    );
    await documents.getByRole("textbox", { name: /Plan van aanpak \(bewerkbaar\)/ }).focus();
    await devries.page.keyboard.press("Control+End");
    await devries.page.keyboard.press("Enter");
    await documents.getByRole("button", { name: "Actie toevoegen" }).click();
    await devries.page.keyboard.type(actionText);
    const next = chair.page.getByRole("button", { name: "Volgend agendapunt" });
    await expect(next).toBeEnabled();

    // The chair moves on before the field's pause has passed: the case stays while she types, and
    // following at once takes the editor away with the slot, the field's text written first.
    const action = (page: Page) =>
      page.locator(".mt-documents .cw-action").filter({ hasText: actionText });
    await action(devries.page).getByLabel("Verantwoordelijke").fill("Wijkteam Westerduin");
    await next.click();
    await expect(devries.page.getByText(/terwijl u typte/)).toBeVisible();
    await devries.page.getByRole("button", { name: "Volg de voorzitter" }).click();
    await expect(action(devries.page)).toHaveCount(0);

    await chair.page.getByRole("navigation", { name: "Agenda" }).getByText("Demo casus A").click();
    await chair.page.locator(".mt-documents").getByRole("tab", { name: "Plan van aanpak" }).click();
    await expect(action(chair.page).getByLabel("Verantwoordelijke")).toHaveValue(
      "Wijkteam Westerduin",
    );
    await chair.context.close();
    await devries.context.close();
  });

  test("a besluit and a hand-back the chair is typing survive moving through the agenda, and leaving the room asks first", async ({
    browser,
    baseURL,
  }) => {
    const typed = "Wijkagent en GGZ plannen samen een huisbezoek";
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen");
    await openOverleg(chair.page);
    await startOverleg(chair.page);
    await discussItem(chair.page, "Demo casus A");
    await chair.page.getByLabel("Nieuw besluit").fill(typed);
    await chair.page
      .getByLabel("Overgedragen aan (bijv. sociaal wijkteam)")
      .fill("Sociaal wijkteam");

    await chair.page.getByRole("button", { name: "Volgend agendapunt" }).click();
    await expect(shownItem(chair.page)).toHaveText("Demo casus B");
    await expect(chair.page.getByLabel("Nieuw besluit")).toHaveValue("");
    await discussItem(chair.page, "Demo casus A");
    await expect(chair.page.getByLabel("Nieuw besluit")).toHaveValue(typed);
    await expect(chair.page.getByLabel("Overgedragen aan (bijv. sociaal wijkteam)")).toHaveValue(
      "Sociaal wijkteam",
    );

    // The besluit is not recorded yet: leaving asks first, and "Annuleren" stays.
    const questions: string[] = [];
    chair.page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await chair.page.getByRole("link", { name: "Mijn acties" }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain("Uw nieuwe besluit is nog niet vastgelegd");
    await expect(chair.page.getByLabel("Nieuw besluit")).toHaveValue(typed);
    await chair.context.close();
  });

  test("the chair corrects a recorded besluit, the correction surviving a move through the agenda, and withdraws another, and the verslag concept follows", async ({
    browser,
    baseURL,
  }) => {
    const typo = "Wijkagent bezoekt de familie binnen twee weeken";
    const corrected = "Wijkagent bezoekt de familie binnen twee weken";
    const mistaken = "Aanmelding bij Bureau Halt";
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen");
    await openOverleg(chair.page);
    await startOverleg(chair.page);
    await discussItem(chair.page, "Demo casus A");
    // By keyboard: Enter on the button, then Ctrl+Enter in the field, which keeps the focus.
    const listed = (text: string) =>
      chair.page
        .locator(".mt-besluiten:not(.mt-besluiten-withdrawn) > li")
        .filter({ hasText: text });
    const field = chair.page.getByLabel("Nieuw besluit");
    await field.fill(typo);
    await chair.page.getByRole("button", { name: "Besluit vastleggen" }).press("Enter");
    await expect(field).toBeFocused();
    await expect(field).toHaveValue("");
    await expect(listed(typo)).toHaveCount(1);
    // Told, by its number (which depends on what earlier tests on this file's server recorded).
    await expect(
      chair.page.getByRole("status").filter({ hasText: /^Besluit \d+ vastgelegd\.$/ }),
    ).toHaveCount(1);
    await field.fill(mistaken);
    await field.press("Control+Enter");
    await expect(listed(mistaken)).toHaveCount(1);
    await expect(field).toBeFocused();
    const concept = chair.page.locator(".mt-draft");
    await expect(concept.getByRole("listitem").filter({ hasText: typo })).toBeVisible();

    const besluit = (text: string) =>
      chair.page.locator(".mt-besluiten > li").filter({ hasText: text });
    await besluit(typo).getByRole("button", { name: "Wijzigen" }).click();
    await chair.page.getByLabel("Besluit wijzigen").fill(corrected);
    // The correction is not saved yet: moving to the next item and back keeps it as typed.
    await chair.page.getByRole("button", { name: "Volgend agendapunt" }).click();
    await expect(shownItem(chair.page)).toHaveText("Demo casus B");
    await discussItem(chair.page, "Demo casus A");
    await expect(chair.page.getByLabel("Besluit wijzigen")).toHaveValue(corrected);
    await chair.page.getByRole("button", { name: "Wijziging opslaan" }).click();
    await expect(besluit(corrected)).toContainText(/gewijzigd door Petra Jansen om \d\d:\d\d/);
    await expect(concept.getByRole("listitem").filter({ hasText: corrected })).toBeVisible();
    await expect(concept.getByRole("listitem").filter({ hasText: typo })).toHaveCount(0);

    // Withdrawing asks first; the besluit then leaves the concept and is listed as withdrawn.
    const questions: string[] = [];
    chair.page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await besluit(mistaken).getByRole("button", { name: "Intrekken" }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain("Dit besluit intrekken?");
    await expect(chair.page.locator(".mt-besluiten-withdrawn")).toContainText(mistaken);
    await expect(concept.getByRole("listitem").filter({ hasText: mistaken })).toHaveCount(0);
    await expect(concept.getByRole("listitem").filter({ hasText: corrected })).toBeVisible();
    await chair.context.close();
  });

  test("on a 1366×768 laptop the case documents get most of the width and the agenda stays in reach", async ({
    browser,
    baseURL,
  }) => {
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen", {
      width: 1366,
      height: 768,
    });
    await openOverleg(chair.page);
    await startOverleg(chair.page);
    // The earlier test left Demo casus A under discussion; opening it works either way.
    await chair.page.getByRole("navigation", { name: "Agenda" }).getByText("Demo casus A").click();
    await expect(shownItem(chair.page)).toHaveText("Demo casus A");
    const documents = chair.page.locator(".mt-documents");
    await expect(documents).toBeVisible();
    // The header (title, status, facts, chair's button) is two short lines: the agenda and the
    // case start in the upper third of the screen. Before, the room began at 358 of 768 px.
    const roomTop = (await chair.page.locator(".mt-room").boundingBox())?.y ?? Infinity;
    expect(roomTop).toBeLessThanOrEqual(240);
    await expect(chair.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();
    await expect(statusTag(chair.page)).toHaveText("Bezig");
    await expect(chair.page.getByText("Voorzitter: Petra Jansen")).toBeInViewport();
    await expect(
      chair.page.getByRole("navigation", { name: "Agenda" }).getByText("Demo casus B"),
    ).toBeInViewport();
    await expect(documents.getByRole("tab", { name: "Triage" })).toBeInViewport();
    const width = async (selector: string) =>
      (await chair.page.locator(selector).first().boundingBox())?.width ?? 0;
    // Before: the three columns shared 1280 px and the case documents got under 500 px.
    expect(await width(".mt-documents")).toBeGreaterThanOrEqual(640);
    expect(await width(".mt-slot-main")).toBeGreaterThanOrEqual(320);
    expect(
      await chair.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(1366);
    // Scrolled down to the verslag, the chair can still move on.
    await chair.page
      .getByRole("heading", { name: "Verslag", exact: true })
      .scrollIntoViewIfNeeded();
    await expect(chair.page.getByRole("button", { name: "Volgend agendapunt" })).toBeInViewport();
    await chair.context.close();
  });

  test("on a screen wider than 1280 px the header, the menu and the meeting room line up on the left", async ({
    browser,
    baseURL,
  }) => {
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen", {
      width: 1600,
      height: 900,
    });
    await openOverleg(chair.page);
    await expect(chair.page.locator(".mt-room")).toBeVisible();
    const left = async (locator: ReturnType<Page["locator"]>) =>
      (await locator.boundingBox())?.x ?? Number.NaN;
    const roomLeft = await left(chair.page.getByRole("heading", { level: 1, name: OVERLEG }));
    // Before, the header and menu stayed 1280 px wide and centred: 160 px right of the room.
    expect(await left(chair.page.getByRole("link", { name: "Casustafel", exact: true }))).toBe(
      roomLeft,
    );
    expect(
      await left(
        chair.page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("listitem").first(),
      ),
    ).toBe(roomLeft);
    expect(await left(chair.page.locator(".mt-room"))).toBe(roomLeft);
    await chair.context.close();
  });

  test("an incidental participant sees only the slot title until signing the geheimhoudingsverklaring, and the chair sees the signature come in", async ({
    browser,
    baseURL,
  }) => {
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen");
    await openOverleg(chair.page);
    await chair.page.getByRole("navigation", { name: "Agenda" }).getByText("Demo casus B").click();
    const schoolRow = chair.page
      .getByRole("region", { name: "Aanwezigheid" })
      .getByRole("row")
      .filter({ hasText: "Ingrid Schoolmeester" });
    await expect(schoolRow).toContainText("incidenteel: verklaring nog niet getekend");

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
      school.page.getByRole("heading", { name: "Openstaande acties uit het plan van aanpak" }),
    ).toHaveCount(0);

    await school.page.getByLabel("Ik heb de verklaring gelezen en ga ermee akkoord.").check();
    await school.page.getByRole("button", { name: "Ondertekenen" }).press("Enter");
    await expect(
      school.page.getByRole("heading", { name: "Geheimhoudingsverklaring" }),
    ).toHaveCount(0);
    // The button went with the verklaring: the keyboard goes on from the overleg's heading (the
    // slot, loaded again as its document now opens, brings its case's heading along).
    await expect(school.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeFocused();
    await agenda.getByText("Demo casus B").click();
    await expect(
      school.page.getByRole("heading", { name: "Openstaande acties uit het plan van aanpak" }),
    ).toBeVisible();
    // The guest is not told who else signed; the chair's open page shows it without a reload.
    await expect(school.page.getByText(/verklaring (nog niet )?getekend/)).toHaveCount(0);
    await expect(schoolRow).toContainText(/incidenteel: verklaring getekend om \d\d:\d\d/);
    await school.context.close();
    await chair.context.close();
  });

  test("the chair adds a case to a planned overleg through Wijzigen and sees it on the agenda", async ({
    browser,
    baseURL,
  }) => {
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen");
    // An overleg of its own, planned far ahead: the demo overleg may have started on this server.
    const planned = await chair.page.request.post("/api/meetings", {
      headers: { origin: baseURL ?? "" },
      data: {
        title: "Wijkoverleg Duinrand",
        kind: "casusoverleg",
        date: "2031-06-10",
        time: "13:00",
        location: "ZVH Westerduin",
        agenda: [{ title: "Opening", plannedMinutes: 5 }],
      },
    });
    expect(planned.status()).toBe(201);
    const [id] = ((await planned.json()) as { ids: string[] }).ids;
    await chair.page.goto(`/overleggen/${id ?? ""}`);
    const agenda = chair.page.getByRole("navigation", { name: "Agenda" });
    await expect(agenda).toContainText("Opening");
    await expect(agenda).not.toContainText("Demo casus C");

    await chair.page.getByRole("link", { name: "Wijzigen", exact: true }).click();
    await expect(
      chair.page.getByRole("heading", { level: 1, name: "Overleg wijzigen" }),
    ).toBeVisible();
    await expect(chair.page.locator("#plan-title")).toHaveValue("Wijkoverleg Duinrand");
    await chair.page.getByRole("button", { name: "Casus toevoegen" }).click();
    await chair.page.locator("#agenda-1-case").selectOption({ label: "Demo casus C" });
    await chair.page.locator("#agenda-1-minutes").fill("25");
    await chair.page.getByRole("button", { name: "Wijzigingen opslaan" }).click();

    await expect(
      chair.page.getByRole("heading", { level: 1, name: "Wijkoverleg Duinrand" }),
    ).toBeVisible();
    await expect(agenda).toContainText("Demo casus C");
    await expect(agenda.locator("li").nth(1)).toContainText("13:05");
    await chair.context.close();
  });

  test("the planning form offers the procesregisseur outside a case team as a standing partner, and says when nobody is invited", async ({
    browser,
    baseURL,
  }) => {
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen");
    await chair.page.getByRole("link", { name: "Overleggen", exact: true }).click();
    await chair.page.getByRole("link", { name: "Overleg plannen" }).click();
    await expect(
      chair.page.getByRole("heading", { level: 1, name: "Overleg plannen" }),
    ).toBeVisible();
    await chair.page.getByRole("button", { name: "Casus toevoegen" }).click();
    const slot = chair.page.getByRole("group", { name: /^Agenda \d+$/ }).last();
    await slot.getByLabel("Kies een casus").selectOption({ label: "Demo casus D" });

    const smit = slot.getByRole("checkbox", { name: /^Noor Smit/ });
    const jansen = slot.getByRole("checkbox", { name: /^Petra Jansen/ });
    await expect(smit).toBeChecked();
    await expect(jansen).not.toBeChecked();
    // Not under "Incidentele deelnemers", and no verklaring to sign.
    await expect(jansen).toBeVisible();
    await expect(jansen).not.toHaveAccessibleName(/incidenteel/);

    const nobody = slot.getByText("Niemand is uitgenodigd voor deze casus.", { exact: false });
    await expect(nobody).toHaveCount(0);
    await smit.uncheck();
    await expect(nobody).toBeVisible();
    await jansen.check();
    await expect(nobody).toHaveCount(0);

    // A field left empty is named in Dutch by the form itself, whatever the browser's language.
    await chair.page.getByLabel("Titel", { exact: true }).fill("");
    await chair.page.getByRole("button", { name: "Overleg plannen" }).click();
    await expect(chair.page.getByRole("alert")).toHaveText(
      'Ongeldige invoer in veld "Titel": Vul een titel in.',
    );
    await expect(slot.getByLabel("Kies een casus")).toHaveValue(/.+/);
    // Leaving the filled-in form asks first.
    const asked: string[] = [];
    chair.page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await chair.page.getByRole("link", { name: "Overleggen", exact: true }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain("Het overleg is nog niet opgeslagen.");
    await expect(
      chair.page.getByRole("heading", { level: 1, name: "Overleg plannen" }),
    ).toBeVisible();
    await chair.context.close();
  });

  // Last: an ended overleg cannot be started again on this worker's server.
  test("when the chair ends the overleg, an open participant's page shows it ended, without saying what the chair was discussing", async ({
    browser,
    baseURL,
  }) => {
    const chair = await signedIn(browser, baseURL ?? "", "pr.jansen");
    const devries = await signedIn(browser, baseURL ?? "", "dn.devries");
    await openOverleg(chair.page);
    await startOverleg(chair.page);
    // The chair ends on an item Daan de Vries is not invited to.
    await discussItem(chair.page, "Demo casus B");
    await openOverleg(devries.page);
    const elsewhere = devries.page.getByText("waarvoor u niet bent uitgenodigd");
    await expect(elsewhere).toBeVisible();
    // The item's timer runs on the chair's screen (his shows none for an item not his).
    await expect(chair.page.getByRole("timer")).toBeVisible();

    chair.page.once("dialog", (dialog) => void dialog.accept());
    await chair.page.getByRole("button", { name: "Overleg beëindigen" }).click();
    await expect(statusTag(devries.page)).toHaveText("Afgerond");
    await expect(devries.page.getByText("Dit overleg is afgerond.")).toBeVisible();
    // Ended, the overleg no longer says the chair is discussing something.
    await expect(elsewhere).toHaveCount(0);
    await expect(devries.page.getByRole("timer")).toHaveCount(0);
    await expect(devries.page.getByText("Wordt nu besproken")).toHaveCount(0);
    await expect(devries.page.getByText("U volgt de voorzitter.")).toHaveCount(0);
    await chair.context.close();
    await devries.context.close();
  });
});
