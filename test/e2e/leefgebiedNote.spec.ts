/**
 * A leefgebied's Toelichting is shared text: two partners typing into the same note at the same
 * time both keep what they typed, live in both browsers and after a reload, also while one of
 * them composes with an input method; and undo takes back only one's own typing.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./casePageFixtures.js";

// This file writes into the demo case: a server and data of its own.
test.use({ serverName: "leefgebied-note" });

/** The Toelichting of one leefgebied on a page. */
function noteOf(page: Page, leefgebied: string) {
  return page.getByRole("group", { name: leefgebied }).getByLabel("Toelichting");
}

test.describe("the Toelichting of a leefgebied", () => {
  test("keeps the text of two partners who type into it at the same time, in both browsers", async ({
    atCase,
  }) => {
    const {
      people: [jansen, bakker],
    } = await atCase(["pr.jansen", "cr.bakker"], "Demo casus A", "leefgebieden");
    const hers = noteOf(jansen.page, "Huisvesting");
    const his = noteOf(bakker.page, "Huisvesting");
    await expect(hers).toBeEditable();
    await expect(his).toBeEditable();

    const herText = "Huurachterstand van drie maanden.";
    const hisText = "Politie: melding van overlast bij de woning.";
    await hers.click();
    await his.click();
    // Both type at once, keystroke by keystroke, each into the other's arriving text.
    await Promise.all([
      hers.pressSequentially(herText, { delay: 25 }),
      his.pressSequentially(hisText, { delay: 25 }),
    ]);

    for (const note of [hers, his]) {
      await expect(note).toHaveValue(new RegExp(escapeRegExp(herText)));
      await expect(note).toHaveValue(new RegExp(escapeRegExp(hisText)));
    }
    const merged = await hers.inputValue();
    expect(merged).toHaveLength(herText.length + hisText.length);
    await expect(his).toHaveValue(merged);
    // Nobody left the field: the text arrived while both kept focus.
    await expect(hers).toBeFocused();
    await expect(his).toBeFocused();

    await bakker.page.reload();
    await expect(noteOf(bakker.page, "Huisvesting")).toHaveValue(merged);
  });

  test("writes what an input method composes once, while a partner types into the same note", async ({
    atCase,
  }) => {
    const {
      people: [jansen, bakker],
    } = await atCase(["pr.jansen", "cr.bakker"], "Demo casus A", "leefgebieden");
    const hers = noteOf(jansen.page, "Sociaal netwerk");
    const his = noteOf(bakker.page, "Sociaal netwerk");
    await expect(hers).toBeEditable();
    await hers.fill("Contact met: ");
    await expect(his).toHaveValue("Contact met: ");

    // She composes "田中" with an input method; he types at the start of the note meanwhile.
    await hers.press("End");
    const ime = await jansen.context.newCDPSession(jansen.page);
    await ime.send("Input.imeSetComposition", { text: "た", selectionStart: 1, selectionEnd: 1 });
    await ime.send("Input.imeSetComposition", { text: "たな", selectionStart: 2, selectionEnd: 2 });
    await his.press("Home");
    await his.pressSequentially("Buurman. ", { delay: 10 });
    // Her unfinished composition is not written; while it lasts her field is left to the input
    // method (his text waits until she commits).
    await expect(his).toHaveValue("Buurman. Contact met: ");
    await expect(hers).toHaveValue("Contact met: たな");
    await ime.send("Input.insertText", { text: "田中" });

    const both = "Buurman. Contact met: 田中";
    await expect(hers).toHaveValue(both);
    await expect(his).toHaveValue(both);
    await jansen.page.reload();
    await expect(noteOf(jansen.page, "Sociaal netwerk")).toHaveValue(both);
  });

  test("undo takes back only the user's own typing, never a partner's", async ({ atCase }) => {
    const {
      people: [jansen, bakker],
    } = await atCase(["pr.jansen", "cr.bakker"], "Demo casus A", "leefgebieden");
    const hers = noteOf(jansen.page, "Justitie");
    const his = noteOf(bakker.page, "Justitie");
    await expect(hers).toBeEditable();
    await hers.click();
    await hers.pressSequentially("Meldplicht.");
    await expect(his).toHaveValue("Meldplicht.");
    await his.click();
    await bakker.page.keyboard.press("Home");
    await his.pressSequentially("Lopende zaak. ");
    await expect(hers).toHaveValue("Lopende zaak. Meldplicht.");

    await jansen.page.keyboard.press("Control+z");
    await expect(hers).toHaveValue("Lopende zaak. ");
    await expect(his).toHaveValue("Lopende zaak. ");
  });
});

/** `text` as a regular expression that matches it literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
