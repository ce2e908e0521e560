import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { messages } from "../i18n/messages.js";
import { CaseActionsPage } from "./CaseActionsPage.js";

/** The page's first render (before any data arrives), as HTML. */
function renderPage(): string {
  return renderToStaticMarkup(
    <MemoryRouter initialEntries={["/casussen/case_1/acties"]}>
      <Routes>
        <Route path="/casussen/:caseId/acties" element={<CaseActionsPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** The text of every heading element in `html`, in order, with its level. */
function headingsOf(html: string): string[] {
  return [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/g)].map(([, level, text]) => {
    return `h${level} ${text ?? ""}`;
  });
}

describe("the Casus-acties page", () => {
  it("shows its title once, as the page's h1", () => {
    expect(headingsOf(renderPage())).toEqual([`h1 ${messages.actions.caseTitle}`]);
  });

  it("names the actions region after that title", () => {
    const html = renderPage();
    const titleId = /<h1 id="([^"]+)"/.exec(html)?.[1];
    expect(titleId).toBeDefined();
    expect(html).toContain(`<section class="acties-case" aria-labelledby="${titleId ?? ""}">`);
  });
});
