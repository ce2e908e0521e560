/**
 * The inzageoverzicht in the real browser: the procesregisseur downloads what the case holds on a
 * person concerned from the case header, as a file named by date only; a partner at the same case
 * is not offered it.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { textOfPdf } from "../support/exportText.js";
import { caseIdOf, expect, signedInPage, test } from "./casePageFixtures.js";

test.describe("the inzageoverzicht", () => {
  test("the procesregisseur downloads a person's inzageoverzicht from the case page; a partner is not offered it", async ({
    browser,
    baseURL,
  }) => {
    const jansen = await signedInPage(browser, baseURL ?? "", "pr.jansen");
    const caseId = await caseIdOf(jansen.page, "Demo casus C");
    await jansen.page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    const pdfLink = jansen.page.getByRole("link", {
      name: "Inzageoverzicht van Rick Helmkruid als PDF",
    });
    await expect(pdfLink).toBeVisible();
    await expect(jansen.page.getByText(/art\. 15 lid 4 AVG/)).toBeVisible();

    const [download] = await Promise.all([jansen.page.waitForEvent("download"), pdfLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^inzageoverzicht-\d{4}-\d{2}-\d{2}\.pdf$/);
    const path = join(await mkdtemp(join(tmpdir(), "inzage-e2e-")), "inzage.pdf");
    await download.saveAs(path);
    const text = textOfPdf(await readFile(path));
    expect(text).toContain("Rick Helmkruid");
    expect(text).toContain("Wie uw gegevens heeft ingezien of gebruikt");

    const smit = await signedInPage(browser, baseURL ?? "", "dn.smit");
    await smit.page.goto(`/casussen/${encodeURIComponent(caseId)}`);
    await expect(smit.page.getByRole("heading", { level: 1, name: "Demo casus C" })).toBeVisible();
    await expect(smit.page.getByText("Rick Helmkruid")).toBeVisible();
    await expect(smit.page.getByRole("link", { name: /Inzageoverzicht/ })).toHaveCount(0);
    await jansen.context.close();
    await smit.context.close();
  });
});
