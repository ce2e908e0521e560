/**
 * The case page in the real browser against the real server: two partners in the same plan,
 * the triage panel fed live by the leefgebieden, need-to-know by URL, and the honest sync
 * indicator: across a server restart, and when the network goes away without the socket closing.
 */
import type { Locator, Page } from "@playwright/test";
import { caseIdOf, expect, openCaseDocument, test } from "./casePageFixtures.js";

const PLAN_EDITOR = /Plan van aanpak \(bewerkbaar\)/;

/** The plan editor of a page. */
function planEditor(page: Page) {
  return page.getByRole("textbox", { name: PLAN_EDITOR });
}

/** Each present person's swatch colour on a page, in the order listed ("Petra Jansen (u)" as is). */
function presenceColours(page: Page): Promise<[string, string][]> {
  return page
    .locator(".cw-presence-user")
    .evaluateAll((items) =>
      items.map((item): [string, string] => [
        item.querySelector(".cw-presence-name")?.textContent?.trim() ?? "",
        getComputedStyle(item.querySelector(".cw-presence-swatch") ?? item).backgroundColor,
      ]),
    );
}

/** Moves the caret to the end of an editor's document (focus, not a click: that may hit a field). */
async function caretToEnd(page: Page, editor: ReturnType<typeof planEditor>) {
  await editor.focus();
  await page.keyboard.press("Control+End");
}

/** Adds an action saying `text` at the end of the plan by the shortcut; answers its id. */
async function addActionAtEnd(page: Page, text: string): Promise<string> {
  await caretToEnd(page, planEditor(page));
  await page.keyboard.press("Control+Shift+A");
  await page.keyboard.type(text);
  const id = await page
    .locator(".cw-action")
    .filter({ hasText: text })
    .getAttribute("data-action-id");
  return id ?? "";
}

/** Pastes `html` (with `plain` as its plain-text form) into `editor`, as the clipboard would. */
async function pasteHtml(editor: Locator, html: string, plain: string): Promise<void> {
  await editor.evaluate(
    (element, [pasted, text]) => {
      const data = new DataTransfer();
      data.setData("text/html", pasted);
      data.setData("text/plain", text);
      element.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [html, plain] as const,
  );
}

test.describe("the case page with its live documents", () => {
  test("two partners in the same plan see each other's text and action items, and each other's presence", async ({
    atCase,
  }) => {
    const {
      people: [jansen, bakker],
    } = await atCase(["pr.jansen", "cr.bakker"], "Demo casus A", "plan");

    // The header says whom the case is about (a standing partner also reads the BSN).
    await expect(bakker.page.locator(".cw-betrokkenen")).toHaveText(
      "Jeroen Zandvoort, geboren 12-04-1991 · BSN 111222333 · 9999 AA Westerduin",
    );
    // The tab's title, which the browser's history keeps, does not carry the case's own title.
    await expect(bakker.page).toHaveTitle("Casus · Casustafel");
    await expect(jansen.page.locator(".cw-presence")).toContainText("Carlos Bakker");
    await expect(jansen.page.locator(".cw-presence")).toContainText("Politie Basisteam Westerduin");
    // Two people never share a colour, and each sees the other's colour as the other shows it.
    await expect
      .poll(async () => {
        const [mine, his] = [
          await presenceColours(jansen.page),
          await presenceColours(bakker.page),
        ];
        const jansenAsSeen = (list: [string, string][]) =>
          list.find(([name]) => name.startsWith("Petra Jansen"))?.[1];
        return {
          distinct: new Set(mine.map(([, colour]) => colour)).size,
          same: jansenAsSeen(mine) === jansenAsSeen(his),
        };
      })
      .toEqual({ distinct: 2, same: true });

    const editor = planEditor(bakker.page);
    await caretToEnd(bakker.page, editor);
    await bakker.page.keyboard.type("Afspraak: wekelijks overleg met de wijkagent");
    await bakker.page.keyboard.press("Enter");
    await bakker.page.getByRole("button", { name: "Actie toevoegen" }).click();
    await bakker.page.keyboard.type("Huisbezoek afleggen");
    const action = bakker.page.locator(".cw-action").filter({ hasText: "Huisbezoek afleggen" });
    await expect(action).toHaveCount(1);
    await action.getByLabel("Soort").selectOption("zorg");

    const seen = jansen.page.locator(".cw-prose");
    await expect(seen).toContainText("Afspraak: wekelijks overleg met de wijkagent");
    const remoteAction = jansen.page
      .locator(".cw-action")
      .filter({ hasText: "Huisbezoek afleggen" });
    await expect(remoteAction).toBeVisible();
    await expect(remoteAction.getByLabel("Soort")).toHaveValue("zorg");
    await expect(
      jansen.page.getByText("1 zorgactie · 0 straf-, dwang- of drangacties"),
    ).toBeVisible();

    // The keyboard shortcut and the slash command insert action items too, each with its own id.
    await bakker.page.keyboard.press("Enter");
    await bakker.page.keyboard.press("Control+Shift+A");
    await bakker.page.keyboard.type("Schuldhulp aanvragen");
    await bakker.page.keyboard.press("Enter");
    await bakker.page.keyboard.type("/actie");
    await bakker.page.keyboard.press("Enter");
    await bakker.page.keyboard.type("Dagbesteding zoeken");
    await expect(jansen.page.locator(".cw-action")).toHaveCount(3);
    const ids = await jansen.page
      .locator(".cw-action")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-action-id")));
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => id !== null && id.startsWith("act_"))).toBe(true);

    // Presence is per document on screen: he moves to the casusanalyse, and she follows him.
    await bakker.page.getByRole("tab", { name: "Casusanalyse" }).click();
    await expect(jansen.page.locator(".cw-presence")).not.toContainText("Carlos Bakker");
    await jansen.page.getByRole("tab", { name: "Casusanalyse" }).click();
    await expect(jansen.page.locator(".cw-presence")).toContainText("Carlos Bakker");
  });

  test("an action added on a leefgebied line of the plan lands under it, about that leefgebied", async ({
    atCase,
  }) => {
    const {
      people: [bakker],
    } = await atCase(["cr.bakker"], "Demo casus A", "plan");
    const line = planEditor(bakker.page)
      .locator("li p")
      .filter({ hasText: /^Huisvesting:$/ });
    await line.click();
    await bakker.page.keyboard.press("End");
    await bakker.page.keyboard.press("Control+Shift+A");
    await bakker.page.keyboard.type("Urgentieverklaring aanvragen");

    const action = bakker.page
      .locator(".cw-action")
      .filter({ hasText: "Urgentieverklaring aanvragen" });
    await expect(action).toHaveCount(1);
    // Inside the list item of "Huisvesting:", not after the whole list.
    const item = planEditor(bakker.page).locator("li").filter({ has: action });
    await expect(item.locator("p").first()).toHaveText("Huisvesting:");
    await expect(action.getByLabel("Leefgebied")).toHaveValue("huisvesting");

    // A second one from the same line goes below the first: the item keeps the order of adding.
    await line.click();
    await bakker.page.keyboard.press("End");
    await bakker.page.keyboard.press("Control+Shift+A");
    await bakker.page.keyboard.type("Woonbegeleiding regelen");
    await expect(item.locator(".cw-action .cw-action-text")).toHaveText([
      "Urgentieverklaring aanvragen",
      "Woonbegeleiding regelen",
    ]);
  });

  test("an action added on a new bullet below a leefgebied line that notes what was agreed is about that leefgebied", async ({
    atCase,
  }) => {
    const {
      people: [bakker],
    } = await atCase(["cr.bakker"], "Demo casus A", "plan");
    await planEditor(bakker.page)
      .locator("li p")
      .filter({ hasText: /^Justitie:$/ })
      .click();
    await bakker.page.keyboard.press("End");
    await bakker.page.keyboard.type(" reclasseringstoezicht loopt in maart af");
    await bakker.page.keyboard.press("Enter");
    await bakker.page.keyboard.press("Control+Shift+A");
    await bakker.page.keyboard.type("Verlenging toezicht bespreken met OM");

    const action = bakker.page
      .locator(".cw-action")
      .filter({ hasText: "Verlenging toezicht bespreken met OM" });
    await expect(action).toHaveCount(1);
    await expect(action.getByLabel("Leefgebied")).toHaveValue("justitie");
  });

  test("two partners adding actions under the same leefgebied at once each keep their own, and Escape leaves the plan", async ({
    atCase,
  }) => {
    const {
      people: [bakker, devries],
    } = await atCase(["cr.bakker", "dn.devries"], "Demo casus A", "plan");
    const item = (page: Page) =>
      planEditor(page)
        .locator("li")
        .filter({ has: page.locator("p").filter({ hasText: /^Huisvesting:$/ }) });
    // The texts of the actions under the line, without a partner's caret label in them.
    const actionTexts = (page: Page) =>
      item(page)
        .locator(".cw-action .cw-action-text")
        .evaluateAll((texts) =>
          texts.map((text) => {
            const copy = text.cloneNode(true) as HTMLElement;
            copy.querySelectorAll(".collaboration-carets__caret").forEach((c) => c.remove());
            return copy.textContent;
          }),
        );
    const newBullet = async (page: Page) => {
      await planEditor(page)
        .locator("li p")
        .filter({ hasText: /^Huisvesting:$/ })
        .click();
      await page.keyboard.press("End");
      await page.keyboard.press("Enter");
    };
    const bullets = (page: Page) => planEditor(page).locator("li");
    const bulletsBefore = await bullets(bakker.page).count();
    // Other tests on this server may have put actions under the line already: only ours count.
    const earlier = await item(bakker.page).locator(".cw-action").count();
    const actions = (page: Page, ours: number) =>
      expect(item(page).locator(".cw-action")).toHaveCount(earlier + ours);
    const ourTexts = async (page: Page) => (await actionTexts(page)).slice(earlier);

    // He adds an action and is about to type it when she adds hers under the same line: her
    // Enter makes a bullet below his action, which stays where it is, his caret in it.
    await newBullet(bakker.page);
    await bakker.page.keyboard.press("Control+Shift+A");
    await actions(devries.page, 1);
    await newBullet(devries.page);
    await devries.page.keyboard.press("Control+Shift+A");
    await actions(bakker.page, 2);
    await bakker.page.keyboard.type("Wijkagent bezoekt");
    await devries.page.keyboard.type("GGZ-intake plannen");
    for (const page of [bakker.page, devries.page]) {
      await expect.poll(() => ourTexts(page)).toEqual(["Wijkagent bezoekt", "GGZ-intake plannen"]);
    }

    // Both press Enter under the line before either adds an action: each action still joins the
    // leefgebied with its own text, and no empty bullet is left.
    await newBullet(devries.page);
    await expect(bullets(bakker.page)).toHaveCount(bulletsBefore + 1);
    await newBullet(bakker.page);
    await expect(bullets(devries.page)).toHaveCount(bulletsBefore + 2);
    await devries.page.keyboard.press("Control+Shift+A");
    await actions(bakker.page, 3);
    await bakker.page.keyboard.press("Control+Shift+A");
    await devries.page.keyboard.type("Huisbezoek GGZ");
    await bakker.page.keyboard.type("Melding woningcorporatie");
    for (const page of [bakker.page, devries.page]) {
      await expect(bullets(page)).toHaveCount(bulletsBefore);
      await expect
        .poll(() => ourTexts(page))
        .toEqual([
          "Wijkagent bezoekt",
          "GGZ-intake plannen",
          "Huisbezoek GGZ",
          "Melding woningcorporatie",
        ]);
      const leefgebieden = await item(page)
        .getByLabel("Leefgebied")
        .evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));
      expect(leefgebieden.slice(earlier)).toEqual(Array<string>(4).fill("huisvesting"));
    }

    // Tab would indent a bullet; Escape leaves the text, and Tab then moves the focus on without
    // changing the plan's structure.
    const nesting = (page: Page) =>
      planEditor(page)
        .locator("li")
        .evaluateAll((items) => items.map((li) => li.parentElement?.closest("li") !== null));
    const nestingBefore = await nesting(bakker.page);
    const editorFocused = () =>
      bakker.page.evaluate(() => document.activeElement?.classList.contains("ProseMirror"));
    expect(await editorFocused()).toBe(true);
    await bakker.page.keyboard.press("Escape");
    await expect.poll(editorFocused).toBe(false);
    await bakker.page.keyboard.press("Tab");
    await expect.poll(editorFocused).toBe(false);
    expect(await nesting(bakker.page)).toEqual(nestingBefore);
    expect(await nesting(devries.page)).toEqual(nestingBefore);
  });

  test("Enter after a click and the End key splits the clicked line, even when the browser reports no selection change", async ({
    atCase,
  }) => {
    const {
      people: [bakker],
    } = await atCase(["cr.bakker"], "Demo casus A", "analyse");
    // Chromium now and then sends no 'selectionchange' for a click or a caret key; here it sends
    // none at all, so the editor can only know the caret from the browser's selection itself.
    await bakker.page.evaluate(() => {
      window.addEventListener("selectionchange", (event) => event.stopImmediatePropagation(), {
        capture: true,
      });
    });
    const editor = bakker.page.getByRole("textbox", { name: /Casusanalyse \(bewerkbaar\)/ });
    const line = editor.locator("p").filter({ hasText: /^Wat hoopt de aanmelder/ });
    await line.click();
    await bakker.page.keyboard.press("End");
    await bakker.page.keyboard.press("Enter");
    await bakker.page.keyboard.type("Regel na de hulpvraag");

    await expect(line.locator("xpath=following-sibling::*[1]")).toHaveText("Regel na de hulpvraag");
    await expect(line).toHaveText(/Wat moet dit casusoverleg opleveren\?$/);
  });

  test("a leefgebieden score set by one partner updates the triage panel of another at once", async ({
    atCase,
  }) => {
    const {
      people: [jansen, devries],
    } = await atCase(["pr.jansen", "dn.devries"], "Demo casus A", ["triage", "leefgebieden"]);

    const oordeel = jansen.page.getByTestId("triage-oordeel");
    await expect(oordeel).toContainText("Oordeel: Groen");

    const financien = devries.page.getByRole("group", { name: "Financiën" });
    await financien.getByLabel("1 Acute problematiek").check();
    await expect(financien).toContainText("Gescoord door u op");
    await expect(devries.page.getByTestId("leefgebieden-summary")).toContainText("1 acuut");

    await expect(oordeel).toContainText("Oordeel: Oranje");
    // The open questions the panel counts say how many are leefgebieden, scored on their own tab.
    await expect(oordeel).toContainText(
      /\(waarvan \d+ leefgebieden, op het tabblad Leefgebieden\)/,
    );

    // A partner answers "bekend bij ons" only for its own organisation.
    const own = devries.page.getByRole("tab", { name: "Triage" });
    await own.click();
    const ggz = devries.page.getByRole("group", { name: "GGZ Duinstreek (uw organisatie)" });
    await ggz.getByLabel("Ja").check();
    await expect(
      devries.page.getByRole("group", { name: "Politie Basisteam Westerduin" }).getByLabel("Ja"),
    ).toBeDisabled();
    await expect(
      jansen.page.getByRole("group", { name: "GGZ Duinstreek" }).getByLabel("Ja"),
    ).toBeChecked();
  });

  test("a note field that keeps focus shows a partner's later text, and leaving it does not write the old text back", async ({
    atCase,
  }) => {
    const {
      people: [jansen, bakker],
    } = await atCase(["pr.jansen", "cr.bakker"], "Demo casus A", "leefgebieden");
    const noteOf = (page: Page) =>
      page.getByRole("group", { name: "Tijdsbesteding" }).getByLabel("Toelichting");

    const hers = noteOf(jansen.page);
    await hers.fill("Geen dagritme.");
    const his = noteOf(bakker.page);
    await expect(his).toHaveValue("Geen dagritme.");

    // She stays in the field while he adds to it and leaves his.
    await his.click();
    await bakker.page.keyboard.press("End");
    await bakker.page.keyboard.type(" Politie: hangt rond station.");
    await his.blur();
    const both = "Geen dagritme. Politie: hangt rond station.";
    await expect(hers).toBeFocused();
    await expect(hers).toHaveValue(both);

    await hers.blur();
    await bakker.page.reload();
    await expect(noteOf(bakker.page)).toHaveValue(both);
    await expect(hers).toHaveValue(both);
  });

  test("a user who is not invited cannot open the case by its address", async ({ signIn }) => {
    const jansen = await signIn("pr.jansen");
    const caseId = await caseIdOf(jansen.page, "Demo casus A");
    await jansen.context.close();

    const smit = await signIn("dn.smit");
    await smit.page.goto(`/casussen/${encodeURIComponent(caseId)}?document=plan`);
    await expect(
      smit.page.getByRole("heading", { name: "Geen toegang of niet gevonden" }),
    ).toBeVisible();
    await expect(smit.page.getByText("Demo casus A")).toHaveCount(0);
    await expect(smit.page.locator(".cw-prose")).toHaveCount(0);
    await expect(smit.page).toHaveTitle("Geen toegang of niet gevonden · Casustafel");
  });

  test("an unfinished action past its deadline says 'Te laat' in the plan, a finished one does not", async ({
    atCase,
  }) => {
    const {
      people: [smit],
    } = await atCase(["dn.smit"], "Demo casus C", "plan");
    const late = smit.page.locator(".cw-action").filter({ hasText: "Intake dagbesteding" });
    const done = smit.page.locator(".cw-action").filter({ hasText: "Aanvraag budgetbeheer" });
    await expect(late.getByText("Te laat")).toBeVisible();
    await expect(done.locator(".cw-action-status-tag")).toHaveText("Afgerond");
    await expect(done.getByText("Te laat")).toHaveCount(0);
  });

  test("undo takes back only the user's own typing, never a partner's", async ({ atCase }) => {
    const {
      people: [jansen, bakker],
    } = await atCase(["pr.jansen", "cr.bakker"], "Demo casus A", "analyse");
    const name = /Casusanalyse \(bewerkbaar\)/;
    const mine = jansen.page.getByRole("textbox", { name });
    const theirs = bakker.page.getByRole("textbox", { name });

    await caretToEnd(jansen.page, mine);
    await jansen.page.keyboard.press("Enter");
    await jansen.page.keyboard.type("Eigen zin van Petra");
    await expect(theirs).toContainText("Eigen zin van Petra");
    await caretToEnd(bakker.page, theirs);
    await bakker.page.keyboard.press("Enter");
    await bakker.page.keyboard.type("Zin van Carlos");
    await expect(mine).toContainText("Zin van Carlos");

    await mine.focus();
    await jansen.page.keyboard.press("Control+z");
    await expect(mine).not.toContainText("Eigen zin van Petra");
    await expect(mine).toContainText("Zin van Carlos");
    await expect(theirs).not.toContainText("Eigen zin van Petra");
  });

  test("pasted content loses scripts, event handlers and external images, links get a safe rel, and a pasted action gets a new id", async ({
    atCase,
  }) => {
    const {
      people: [bakker],
    } = await atCase(["cr.bakker"], "Demo casus A", "plan");
    const editor = planEditor(bakker.page);
    const original = await addActionAtEnd(bakker.page, "Origineel");
    await bakker.page.keyboard.press("Enter");

    const html =
      `<p onclick="alert(1)">Geplakt <a href="https://voorbeeld.nl" target="_blank" onmouseover="x()">link</a>` +
      ` <a href="javascript:alert(2)">gevaarlijk</a><img src="https://tracker.example/p.gif" onerror="alert(3)"></p>` +
      `<script>alert(4)</script>` +
      `<div data-type="action-item" data-id="${original}" data-kind="straf">Kopie</div>`;
    await pasteHtml(editor, html, "Geplakt");

    await expect(editor).toContainText("Geplakt link gevaarlijk");
    const content = await editor.innerHTML();
    expect(content).not.toMatch(/<img|<script|onclick|onerror|onmouseover|javascript:/i);
    await expect(editor.getByRole("link", { name: "link" })).toHaveAttribute(
      "rel",
      "noopener noreferrer",
    );
    const copy = bakker.page.locator(".cw-action").filter({ hasText: "Kopie" });
    await expect(copy).toBeVisible();
    await expect(copy.getByLabel("Soort")).toHaveValue("straf");
    const copyId = await copy.getAttribute("data-action-id");
    expect(copyId).not.toBe(original);
    expect(copyId).toMatch(/^act_/);
  });

  test("an action cut from the plan and pasted elsewhere in it keeps its id, so its status and notes move with it", async ({
    atCase,
  }) => {
    const {
      people: [bakker],
    } = await atCase(["cr.bakker"], "Demo casus A", "plan");
    const editor = planEditor(bakker.page);
    const id = await addActionAtEnd(bakker.page, "Verhuizende actie");
    const moving = bakker.page.locator(".cw-action").filter({ hasText: "Verhuizende actie" });
    expect(id).toMatch(/^act_/);

    // The whole action selected and cut as the browser's Ctrl+X would, then pasted back.
    const html = await editor.evaluate((element, actionId) => {
      const tiptap = (element as HTMLElement & { editor?: TiptapLike }).editor;
      if (tiptap === undefined) throw new Error("no editor on the element");
      let at = -1;
      tiptap.state.doc.descendants((node, pos) => {
        if (node.attrs.id === actionId) at = pos;
        return at < 0;
      });
      tiptap.commands.setNodeSelection(at);
      const data = new DataTransfer();
      element.dispatchEvent(
        new ClipboardEvent("cut", { clipboardData: data, bubbles: true, cancelable: true }),
      );
      return data.getData("text/html");
      interface TiptapLike {
        state: {
          doc: {
            descendants(
              f: (node: { attrs: Record<string, unknown> }, pos: number) => boolean,
            ): void;
          };
        };
        commands: { setNodeSelection(pos: number): boolean };
      }
    }, id);
    await expect(moving).toHaveCount(0);
    await caretToEnd(bakker.page, editor);
    await pasteHtml(editor, html, "Verhuizende actie");
    await expect(moving).toHaveCount(1);
    await expect(moving).toHaveAttribute("data-action-id", id);
    // Pasted once more, it is a copy: a new action beside the moved one.
    await pasteHtml(editor, html, "Verhuizende actie");
    await expect(moving).toHaveCount(2);
    const twoIds = await moving.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute("data-action-id")),
    );
    expect(twoIds).toContain(id);
    expect(new Set(twoIds).size).toBe(2);
  });

  test("a list and a table pasted from Word keep their structure: real bullets, nesting and numbers, one line per row", async ({
    atCase,
  }) => {
    const {
      people: [bakker],
    } = await atCase(["cr.bakker"], "Demo casus A", "analyse");
    const editor = bakker.page.getByRole("textbox", { name: /Casusanalyse \(bewerkbaar\)/ });
    await caretToEnd(bakker.page, editor);
    await bakker.page.keyboard.press("Enter");
    // As Word puts it on the clipboard: list paragraphs with the bullet typed out in a marker span.
    const item = (level: number, marker: string, text: string) =>
      `<p class="MsoListParagraphCxSpMiddle" style="mso-list:l0 level${level} lfo1">` +
      `<!--[if !supportLists]--><span style="font-family:Symbol;mso-list:Ignore">${marker}` +
      `<span style="font:7.0pt">&nbsp;&nbsp;</span></span><!--[endif]-->${text}<o:p></o:p></p>`;
    const html =
      item(1, "·", "Schulden bij drie schuldeisers") +
      item(2, "o", "Huurachterstand van drie maanden") +
      item(1, "·", "Geen dagbesteding") +
      `<p class="MsoNormal">Tussenregel</p>` +
      item(1, "1.", "Eerst de schuldhulp") +
      item(1, "2.", "Dan de woonbegeleiding") +
      `<table class="MsoTableGrid"><tr><td><p>Datum</p></td><td><p>Incident</p></td></tr>` +
      `<tr><td><p>12-05-2026</p></td><td><p>Geluidsoverlast</p></td></tr></table>`;
    await pasteHtml(editor, html, "Schulden");

    const bullets = editor.locator("ul").filter({ hasText: "Schulden bij drie schuldeisers" });
    await expect(bullets.locator(":scope > li")).toHaveText([
      /^Schulden bij drie schuldeisers/,
      "Geen dagbesteding",
    ]);
    await expect(bullets.locator("li li")).toHaveText(["Huurachterstand van drie maanden"]);
    await expect(editor.locator("ol").last().locator("li")).toHaveText([
      "Eerst de schuldhulp",
      "Dan de woonbegeleiding",
    ]);
    await expect(editor.locator("p").filter({ hasText: "Datum" })).toHaveText("Datum; Incident");
    await expect(editor.locator("p").filter({ hasText: "12-05-2026" })).toHaveText(
      "12-05-2026; Geluidsoverlast",
    );
    expect(await editor.innerText()).not.toContain("·");
  });

  test("with read access the documents are shown but nothing can be changed", async ({
    signIn,
  }) => {
    // No demo account has read access without an overleg clearance, so the case detail is
    // answered with access "read" here; the server refusing writes is tested on its own side.
    const devries = await signIn("dn.devries");
    const caseId = await caseIdOf(devries.page, "Demo casus A");
    await devries.page.route(`**/api/cases/${encodeURIComponent(caseId)}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...body, access: "read" } });
    });
    await devries.page.goto(`/casussen/${encodeURIComponent(caseId)}?document=plan`);
    await expect(devries.page.getByRole("note")).toContainText("U kunt deze casus alleen lezen.");
    await expect(
      devries.page.getByRole("textbox", { name: /Plan van aanpak \(alleen lezen\)/ }),
    ).toHaveAttribute("contenteditable", "false");
    await expect(devries.page.getByRole("button", { name: "Actie toevoegen" })).toHaveCount(0);
    await devries.page.getByRole("tab", { name: "Leefgebieden" }).click();
    await expect(
      devries.page.getByRole("group", { name: "Financiën" }).getByLabel("1 Acute problematiek"),
    ).toBeDisabled();
    await devries.page.getByRole("tab", { name: "Triage" }).click();
    // A reader's own organisation is not marked as the row to answer.
    const own = devries.page.getByRole("group", { name: "GGZ Duinstreek", exact: true });
    await expect(own.getByLabel("Ja")).toBeDisabled();
    await expect(devries.page.getByText("(uw organisatie)")).toHaveCount(0);
  });

  test("the document tabs work with the keyboard alone", async ({ atCase }) => {
    const {
      people: [jansen],
    } = await atCase(["pr.jansen"], "Demo casus A", "triage");
    await jansen.page.getByRole("tab", { name: "Triage" }).focus();
    await jansen.page.keyboard.press("ArrowRight");
    await expect(jansen.page.getByRole("tab", { name: "Casusanalyse" })).toBeFocused();
    await expect(jansen.page.getByRole("tab", { name: "Casusanalyse" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await jansen.page.keyboard.press("End");
    await expect(jansen.page.getByRole("tab", { name: "Plan van aanpak" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await jansen.page.keyboard.press("Tab");
    await expect(jansen.page.getByRole("button", { name: "Vet" })).toBeFocused();
  });

  test("with the network cut, typed changes are said to be not yet saved instead of 'Verbonden', and arrive once it is back", async ({
    atCase,
    signIn,
  }) => {
    const note = "Werkt sinds kort halve dagen bij de kringloop.";
    const {
      caseId,
      people: [bakker],
    } = await atCase(["cr.bakker"], "Demo casus A", "leefgebieden");
    const status = bakker.page.locator(".cw-sync");
    const field = bakker.page
      .getByRole("group", { name: "Werk & Opleiding" })
      .getByLabel("Toelichting");

    // The socket stays open as far as the browser knows; only the missing confirmation tells.
    await bakker.context.setOffline(true);
    await field.fill(note);
    await field.blur();
    await expect(status).toHaveText(/Wijzigingen worden opgeslagen…/);
    await expect(status).toHaveText(/Nog niet opgeslagen — verbinding controleren…/);
    await expect(status).not.toHaveText(/Verbonden/);

    await bakker.context.setOffline(false);
    await expect(status).toHaveText(/Verbonden/, { timeout: 45_000 });
    const devries = await signIn("dn.devries");
    await openCaseDocument(devries.page, caseId, "leefgebieden");
    await expect(
      devries.page.getByRole("group", { name: "Werk & Opleiding" }).getByLabel("Toelichting"),
    ).toHaveValue(note);
  });

  test("while the server is down the page says so, and edits made offline arrive after it restarts", async ({
    atCase,
    signIn,
    server,
  }) => {
    const {
      caseId,
      people: [bakker],
    } = await atCase(["cr.bakker"], "Demo casus A", "plan");

    await server.stop();
    const status = bakker.page.locator(".cw-sync");
    await expect(status).toHaveText(/Opnieuw verbinden…/);
    const editor = planEditor(bakker.page);
    await caretToEnd(bakker.page, editor);
    await bakker.page.keyboard.press("Enter");
    await bakker.page.keyboard.type("Offline geschreven afspraak");
    await expect(status).toHaveText(/Offline — wijzigingen nog niet opgeslagen/);

    // A link to another page asks first; staying keeps the page and its unsaved edits.
    const asked: string[] = [];
    bakker.page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    const casePath = new URL(bakker.page.url()).pathname;
    await bakker.page.getByRole("link", { name: "Mijn acties" }).click();
    await expect.poll(() => asked).toEqual([expect.stringContaining("gaan ze verloren")]);
    expect(new URL(bakker.page.url()).pathname).toBe(casePath);
    await expect(bakker.page.locator(".cw-prose")).toContainText("Offline geschreven afspraak");
    // Another document tab of the same case is not leaving.
    await bakker.page.getByRole("tab", { name: "Casusanalyse" }).click();
    await bakker.page.getByRole("tab", { name: "Plan van aanpak" }).click();

    await server.start();
    await expect(status).toHaveText(/Verbonden/, { timeout: 20_000 });

    const devries = await signIn("dn.devries");
    await openCaseDocument(devries.page, caseId, "plan");
    await expect(devries.page.locator(".cw-prose")).toContainText("Offline geschreven afspraak");
  });
});
