import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { inzageExportPath } from "../../../shared/api/inzage.js";
import { dutchDate, dutchDateOf } from "../../../shared/domain/regionTime.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { textOfPdf, xmlOfDocx } from "../../support/exportText.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle } from "../../support/sessionClient.js";
import { demoOverleg } from "../meetings/meetingSupport.js";
import { buildAanmelding, caseDetail as detailOf, registerCase } from "./caseTestSupport.js";

const DAY_MS = 24 * 60 * 60 * 1000;

let server: TestServer;
let chair: string;

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
});
afterEach(async () => {
  await server.stop();
});

/** The case page's data of a demo case as `cookie` sees it (a `case.view` in the trail). */
async function caseDetail(title: string, cookie = chair): Promise<CaseDetail> {
  const id = await caseIdByTitle(server, chair, title);
  const res = await server.api(`/api/cases/${id}`, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as CaseDetail;
}

/** The inzageoverzicht of the case's first person. */
async function download(
  detail: CaseDetail,
  format: "pdf" | "docx",
  cookie = chair,
): Promise<Response> {
  const person = detail.betrokkenen[0]?.id ?? "";
  return server.api(inzageExportPath(detail.id, person, format), { cookie });
}

describe("the inzageoverzicht of a person concerned", () => {
  it("gives the procesregisseur a PDF of everything the case holds on the person, and who accessed it", async () => {
    const smit = await server.login("dn.smit");
    await caseDetail("Demo casus C", smit);
    const detail = await caseDetail("Demo casus C");
    expect(detail.mayExportInzage).toBe(true);

    const res = await download(detail, "pdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="inzageoverzicht-${dutchDate(new Date())}.pdf"`,
    );
    const text = textOfPdf(Buffer.from(await res.arrayBuffer()));
    // The person's own data and what the partners recorded in the four documents.
    for (const expected of [
      "Inzageoverzicht persoonsgegevens",
      "Rick Helmkruid",
      "03-02-1999",
      "123456782",
      "Lokaal geprobeerd en vastgelopen",
      "Hoog",
      "Schulden bij meerdere schuldeisers.",
      // An earlier ZRM measurement is the person's data too.
      `Financiën 1 Acute problematiek (eerdere score) ${dutchDateOf(new Date(Date.now() - 14 * DAY_MS))}`,
      "Zeven politiecontacten in een jaar",
      "Aanvraag budgetbeheer indienen bij de gemeente",
      "Afgerond",
      // The partners' progress notes on the actions, by organisation.
      "Voortgang van de acties",
      "wachttijd drie weken",
    ]) {
      expect(text).toContain(expected);
    }
    // The template's guidance is not the person's data; its headings order what was written.
    expect(text).not.toContain("Waarom is de casus aangemeld?");
    expect(text).not.toContain("Betrokkenen en netwerk");
    expect(text).toContain("Aanleiding Zeven politiecontacten");
    // Who accessed it: the municipality's deelnemer read the case; by organisation and role only.
    const smitOrganisation = server.store.organisations.get(
      server.store.users.findByUsername("dn.smit")?.organisationId ?? "",
    )?.name;
    // Each date whole on its line (a column too narrow breaks "25-11-202" from its "6").
    const today = dutchDateOf(new Date());
    expect(text).toMatch(
      new RegExp(`${smitOrganisation} Deelnemer Casus bekeken 1 ${today} ${today}`),
    );
    expect(text).toContain("Aantal");
    expect(text).not.toContain("Noor Smit");
    expect(text).not.toContain("dn.smit");
  });

  it("gives it as a Word document too, so what concerns others can be blacked out first", async () => {
    const detail = await caseDetail("Demo casus C");
    const res = await download(detail, "docx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(".docx");
    const xml = xmlOfDocx(Buffer.from(await res.arrayBuffer()));
    expect(xml).toContain("Rick Helmkruid");
    expect(xml).toContain("Dagelijks cannabisgebruik.");
  });

  it("holds the overleggen with a fixed verslag by their latest version: samenvatting and partners present", async () => {
    const overleg = await demoOverleg(server, chair);
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    const path = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    for (const [version, samenvatting] of [
      [1, "Eerste versie van de samenvatting."],
      [2, "Betrokkene werkt mee aan het plan."],
    ] as const) {
      const frozen = await server.api(path, { cookie: chair, body: { samenvatting, version } });
      expect(frozen.status).toBe(201);
    }
    const text = textOfPdf(
      Buffer.from(await (await download(await caseDetail("Demo casus A"), "pdf")).arrayBuffer()),
    );
    expect(text).toContain("Betrokkene werkt mee aan het plan.");
    expect(text).not.toContain("Eerste versie van de samenvatting.");
    expect(text).toContain("Aanwezige partners Zorg- en Veiligheidshuis Westerduin");
  });

  it("holds one person's data only, and the other persons of the case do not learn of the request", async () => {
    const aanmelding = buildAanmelding();
    const first = aanmelding.betrokkenen[0];
    if (first === undefined) throw new Error("no person in the aanmelding");
    const sibling = { naam: "Joep Vlotgras", geboortedatum: "2011-09-01", bsn: "100000101" };
    // BSNs of their own: the demo region's persons have the test registration's and 111222333.
    const tessa0 = { ...first, bsn: "100000009" };
    const id = await registerCase(server, chair, {
      ...aanmelding,
      betrokkenen: [tessa0, sibling],
    });
    const detail = await detailOf(server, chair, id);
    const [tessa, joep] = detail.betrokkenen;
    const fileOf = async (personId: string) => {
      const res = await server.api(inzageExportPath(id, personId, "pdf"), { cookie: chair });
      expect(res.status).toBe(200);
      return textOfPdf(Buffer.from(await res.arrayBuffer()));
    };

    const tessasFile = await fileOf(tessa?.id ?? "");
    expect(tessasFile).toContain("Tessa Vlotgras");
    expect(tessasFile).toContain("Deze casus gaat ook over 1 andere persoon.");
    for (const other of ["Joep", "100000101", "01-09-2011"])
      expect(tessasFile).not.toContain(other);

    const joepsFile = await fileOf(joep?.id ?? "");
    expect(joepsFile).toContain("Joep Vlotgras");
    expect(joepsFile).not.toContain("Inzageoverzicht opgesteld");
    const exports = await readAuditTrail(server, "action=case.export");
    expect(exports.map((e) => e.subjectIds)).toEqual([[tessa?.id], [joep?.id]]);
  });

  it("covers every case of the region that holds the person by BSN and date of birth, and no case that shares only one of them", async () => {
    const detail = await caseDetail("Demo casus C");
    const rick = detail.betrokkenen[0];
    const sameBsn = await registerCase(
      server,
      chair,
      buildAanmelding({
        title: "Tweede aanmelding",
        betrokkenen: [{ naam: "R. Helmkruid", geboortedatum: "1999-02-03", bsn: "123456782" }],
      }),
    );
    await registerCase(
      server,
      chair,
      buildAanmelding({
        title: "Naamgenoot",
        betrokkenen: [{ naam: "Rick Helmkruid", geboortedatum: "1999-02-03", bsn: "100000009" }],
      }),
    );
    // Someone else under the same BSN, mistyped at registration: the date of birth tells them apart.
    await registerCase(
      server,
      chair,
      buildAanmelding({
        title: "Andere persoon",
        betrokkenen: [{ naam: "Piet Geheim", geboortedatum: "1980-01-01", bsn: "123456782" }],
      }),
    );
    const text = textOfPdf(Buffer.from(await (await download(detail, "pdf")).arrayBuffer()));
    expect(text).toContain("Uw gegevens staan in 2 casussen");
    expect(text).not.toContain("Andere persoon");
    expect(text).not.toContain("Piet Geheim");
    expect(text).toContain("Casus: Demo casus C");
    expect(text).toContain("Casus: Tweede aanmelding");
    expect(text).not.toContain("Naamgenoot");
    const sameBsnPerson = (await detailOf(server, chair, sameBsn)).betrokkenen[0]?.id;
    const [entry] = await readAuditTrail(server, "action=case.export");
    expect(entry).toMatchObject({
      caseId: detail.id,
      caseIds: [sameBsn],
      subjectIds: [rick?.id, sameBsnPerson],
      detail: { cases: 2 },
    });
  });

  it("is recorded in the audit trail by ids only", async () => {
    const detail = await caseDetail("Demo casus C");
    const person = detail.betrokkenen[0]?.id ?? "";
    expect((await download(detail, "pdf")).status).toBe(200);
    const entries = await readAuditTrail(server, "action=case.export");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "case.export",
      outcome: "allowed",
      caseId: detail.id,
      subjectIds: [person],
      detail: { format: "pdf" },
    });
    // The access overview summed up what the trail held on the person before the export.
    expect(entries[0]?.detail?.accessEntries).toBeGreaterThan(0);
    expect(JSON.stringify(entries)).not.toContain("Helmkruid");
  });

  it("is for the procesregisseur only: a partner at the case gets 403, recorded as refused", async () => {
    const smit = await server.login("dn.smit");
    const detail = await caseDetail("Demo casus C", smit);
    expect(detail.mayExportInzage).toBe(false);
    expect((await download(detail, "pdf", smit)).status).toBe(403);
    const entries = await readAuditTrail(server, "action=case.export");
    expect(entries.map((e) => [e.outcome, e.caseId])).toEqual([["denied", detail.id]]);
  });

  it("answers 404 to whoever may not see the case, and for a person who is not of the case", async () => {
    const detail = await caseDetail("Demo casus C");
    const devries = await server.login("dn.devries");
    expect((await download(detail, "pdf", devries)).status).toBe(404);
    const other = (await caseDetail("Demo casus A")).betrokkenen[0]?.id ?? "";
    const path = inzageExportPath(detail.id, other, "pdf");
    expect((await server.api(path, { cookie: chair })).status).toBe(404);
    const unknown = inzageExportPath("case_onbekend", detail.betrokkenen[0]?.id ?? "", "pdf");
    expect((await server.api(unknown, { cookie: chair })).status).toBe(404);
  });

  it("refuses an unknown format with 400 and a message", async () => {
    const detail = await caseDetail("Demo casus C");
    const res = await server.api(
      `/api/cases/${detail.id}/inzage/${detail.betrokkenen[0]?.id ?? ""}/html`,
      { cookie: chair },
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Kies pdf of docx.");
  });
});
