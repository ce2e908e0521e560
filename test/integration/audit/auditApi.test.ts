/**
 * The beheerder's audit API over HTTP: paging newest first with a cursor, the filters, refusals of
 * a bad query, the chain check, and that only the beheerder gets in (every attempt recorded).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { AUDIT_EXPORT_PATH } from "../../../shared/api/audit.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { dutchDate } from "../../../shared/domain/regionTime.js";
import { monthFilesOf, readAuditPage, readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, demoUser } from "../../support/sessionClient.js";
import { buildAanmelding, registerCase } from "../cases/caseTestSupport.js";

/** Case views the tests record, enough for several pages. */
const VIEWS = 23;

let server: TestServer;
let caseA: string;
let jansen: string;

beforeEach(async () => {
  server = await startTestServer();
  jansen = await server.login("pr.jansen");
  caseA = await caseIdByTitle(server, jansen, "Demo casus A");
  for (let i = 0; i < VIEWS; i++) {
    expect((await server.api(`/api/cases/${caseA}`, { cookie: jansen })).status).toBe(200);
  }
});
afterEach(async () => server.stop());

/** The dates `days` days from today in the Netherlands. */
const dayFromToday = (days: number) => dutchDate(new Date(Date.now() + days * 86_400_000));

/** The error body of a refused request. */
async function refusal(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, ...body.error };
}

describe("paging through the audit trail", () => {
  it("pages newest first with limit and before, and every entry appears exactly once", async () => {
    const beheer = await server.login("beheer");
    const seen: number[][] = [];
    let before: number | null = null;
    do {
      const cursor: string = before === null ? "" : `&before=${before}`;
      const page = await readAuditPage(server, `caseId=${caseA}&limit=7${cursor}`, beheer);
      expect(page.entries.length).toBeLessThanOrEqual(7);
      seen.push(page.entries.map((e) => e.seq));
      before = page.nextBefore;
      if (before !== null) expect(before).toBe(page.entries.at(-1)?.seq);
    } while (before !== null);

    const seqs = seen.flat();
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seen.slice(0, -1).every((page) => page.length === 7)).toBe(true);
    // Each page read is recorded under the case too, after the cursor: the pages hold exactly the
    // entries up to the first read.
    const newestPaged = seqs[0] ?? 0;
    const all = (await readAuditTrail(server, `caseId=${caseA}`)).map((e) => e.seq);
    expect(all.filter((seq) => seq <= newestPaged).reverse()).toEqual(seqs);
    expect(seqs.length).toBeGreaterThan(VIEWS);
  });

  it("answers the newest hundred when the query names no limit, and says where the rest starts", async () => {
    const beheer = await server.login("beheer");
    for (let i = 0; i < 80; i++) await server.api(`/api/cases/${caseA}`, { cookie: jansen });
    const page = await readAuditPage(server, "", beheer);
    expect(page.entries).toHaveLength(100);
    expect(page.entries[0]?.action).toBe("audit.read");
    expect(page.nextBefore).toBe(page.entries[99]?.seq);
  });

  it("filters by action, user, person and Dutch calendar period", async () => {
    const jansenId = demoUser(server, "pr.jansen").id;
    const person = server.store.cases.get(caseA)?.betrokkenen[0]?.id ?? "";
    const views = await readAuditTrail(server, `action=case.view&userId=${jansenId}`);
    expect(views).toHaveLength(VIEWS);
    expect(views.every((e) => e.actor.kind === "user" && e.actor.userId === jansenId)).toBe(true);

    const aboutPerson = await readAuditTrail(server, `subjectId=${person}&action=case.view`);
    expect(aboutPerson.map((e) => e.seq)).toEqual(views.map((e) => e.seq));

    const today = dayFromToday(0);
    expect(await readAuditTrail(server, `action=case.view&from=${today}&to=${today}`)).toHaveLength(
      VIEWS,
    );
    expect(await readAuditTrail(server, `action=case.view&to=${dayFromToday(-1)}`)).toEqual([]);
    expect(await readAuditTrail(server, `action=case.view&from=${dayFromToday(1)}`)).toEqual([]);
  });

  it("records each read with the case asked for and the other filters as facts", async () => {
    await readAuditPage(server, `caseId=${caseA}&action=case.view&limit=5&from=2025-01-01`);
    const reads = await readAuditTrail(server, "action=audit.read");
    expect(reads.find((e) => e.caseId === caseA)).toMatchObject({
      outcome: "allowed",
      actor: { username: "beheer" },
      detail: { limit: 5, action: "case.view", from: "2025-01-01" },
    });
  });

  it("records a read of one person's entries in that person's own overview", async () => {
    const detail = (await (
      await server.api(`/api/cases/${caseA}`, { cookie: await server.login("pr.jansen") })
    ).json()) as CaseDetail;
    const person = detail.betrokkenen[0]?.id ?? "";
    await readAuditPage(server, `subjectId=${person}&limit=5`);
    const reads = await readAuditTrail(server, `subjectId=${person}&action=audit.read`);
    // The read of this overview is recorded too; the one of five entries is the read above.
    expect(reads.find((e) => e.detail?.limit === 5)).toMatchObject({
      targetId: person,
      subjectIds: [person],
      outcome: "allowed",
    });
  });

  it("refuses a bad query with 400 and a Dutch message naming the field", async () => {
    const beheer = await server.login("beheer");
    const cases: [string, string][] = [
      ["limit=0", 'Ongeldige invoer in veld "Aantal regels": moet minstens 1 zijn.'],
      ["limit=501", 'Ongeldige invoer in veld "Aantal regels": mag hoogstens 500 zijn.'],
      [
        "before=abc",
        'Ongeldige invoer in veld "Vanaf regel": moet een geheel getal van minstens 1 zijn.',
      ],
      [
        "caseId=case_a%20b",
        'Ongeldige invoer in veld "Casus": verwacht een id die begint met case_.',
      ],
      [
        "caseId=case_a&caseId=case_b",
        'Ongeldige invoer in veld "Casus": verwacht een id die begint met case_.',
      ],
      [
        "subjectId=Jansen",
        'Ongeldige invoer in veld "Persoon-id": verwacht een id die begint met pers_, of zulke ids gescheiden door komma\'s.',
      ],
      ["action=case.delete", 'Ongeldige invoer in veld "Actie": onbekende actie.'],
      // A mistyped filter is refused, not answered with the whole trail.
      ["caseId[]=case_a", "Ongeldige invoer: onbekend filter: caseId[]."],
      [
        "from=2025-13-01",
        'Ongeldige invoer in veld "Van": datum moet een bestaande dag zijn, als jjjj-mm-dd.',
      ],
      [
        "from=2025-03-02&to=2025-03-01",
        'Ongeldige invoer in veld "Tot en met": de einddatum ligt voor de begindatum.',
      ],
    ];
    for (const [query, message] of cases) {
      const res = await server.api(`/api/audit?${query}`, { cookie: beheer });
      expect(await refusal(res)).toEqual({ status: 400, code: "bad_request", message });
    }
  });
});

describe("finding what was done to an account", () => {
  it("finds the changes made to an account by its user id, as well as what that user did", async () => {
    const beheer = await server.login("beheer");
    const smit = demoUser(server, "dn.smit").id;
    await server.api(`/api/accounts/${smit}`, {
      method: "PATCH",
      cookie: beheer,
      body: { role: "casusregisseur" },
    });
    await server.login("dn.smit");
    const aboutSmit = await readAuditTrail(server, `userId=${smit}`);
    expect(aboutSmit.map((e) => e.action)).toEqual(["account.update", "auth.login"]);
    expect(aboutSmit[0]).toMatchObject({ targetId: smit, actor: { username: "beheer" } });
  });
});

describe("checking the chain through the API", () => {
  it("signs the anchor with AUDIT_ANCHOR_KEY, and finds one written without it", async () => {
    const key = "een-sleutel-buiten-de-datamap-0123456789";
    const dir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer({ AUDIT_ANCHOR_KEY: key }, dir);
    await server.login("pr.jansen");
    await server.stop({ keepData: true });
    const anchorFile = join(dir, "audit", "audit-head.json");
    const anchor = JSON.parse(await readFile(anchorFile, "utf8")) as { seq: number; hash: string };
    expect(anchor).toMatchObject({ mac: expect.stringMatching(/^[0-9a-f]{64}$/) as string });

    server = await startTestServer({ AUDIT_ANCHOR_KEY: key }, dir);
    const beheer = await server.login("beheer");
    const signed = await server.api("/api/audit/verify", { cookie: beheer });
    expect(await signed.json()).toMatchObject({
      ok: true,
      anchorUnsigned: false,
      anchorKeyed: true,
    });
    await server.stop({ keepData: true });

    // The anchor as someone without the key would write it.
    await writeFile(anchorFile, JSON.stringify({ seq: anchor.seq, hash: anchor.hash }));
    server = await startTestServer({ AUDIT_ANCHOR_KEY: key }, dir);
    const found = await readAuditTrail(server, "action=audit.verify");
    expect(found.some((e) => e.detail?.anchorUnsigned === true)).toBe(true);
  });

  it("reports an intact chain, and after a changed line the first entry that breaks it", async () => {
    const beheer = await server.login("beheer");
    const intact = await server.api("/api/audit/verify", { cookie: beheer });
    expect(intact.status).toBe(200);
    const check = (await intact.json()) as { ok: boolean; checked: number; firstBadSeq: null };
    expect(check).toMatchObject({ ok: true, firstBadSeq: null });
    expect(check.checked).toBeGreaterThan(VIEWS);

    const dir = server.dataDir;
    await server.stop({ keepData: true });
    const auditDir = join(dir, "audit");
    const file = join(auditDir, (await monthFilesOf(auditDir))[0] ?? "");
    const lines = (await readFile(file, "utf8")).split("\n");
    lines[4] = (lines[4] ?? "").replace('"outcome":"allowed"', '"outcome":"denied"');
    await writeFile(file, lines.join("\n"));
    server = await startTestServer({}, dir);

    const res = await server.api("/api/audit/verify", { cookie: await server.login("beheer") });
    expect(await res.json()).toEqual({
      ok: false,
      checked: 4,
      firstBadSeq: 5,
      firstBadLine: { file: file.slice(auditDir.length + 1), line: 5 },
      missing: null,
      anchoredSeq: expect.any(Number) as number,
      newestMissing: false,
      anchorUnsigned: false,
      // Without a key the check cannot see a trail computed anew, and says so.
      anchorKeyed: false,
    });
    const verifications = await readAuditTrail(server, "action=audit.verify");
    expect(verifications.map((e) => e.detail)).toEqual([
      { ok: true, checked: check.checked },
      { ok: false, checked: 4, firstBadSeq: 5 },
    ]);
  });
});

describe("who may read the trail", () => {
  it("refuses every other role with 403 on both routes, before reading the query, and records each attempt as denied", async () => {
    for (const path of [`/api/audit?caseId=${caseA}`, "/api/audit?limit=0", "/api/audit/verify"]) {
      const res = await server.api(path, { cookie: jansen });
      expect((await refusal(res)).status).toBe(403);
    }
    const smit = await server.login("dn.smit");
    expect((await server.api("/api/audit", { cookie: smit })).status).toBe(403);

    const denied = (await readAuditTrail(server)).filter(
      (e: AuditEntry) => e.outcome === "denied" && e.action.startsWith("audit."),
    );
    expect(denied.map((e) => [e.action, e.actor.kind === "user" ? e.actor.username : ""])).toEqual([
      ["audit.read", "pr.jansen"],
      ["audit.read", "pr.jansen"],
      ["audit.verify", "pr.jansen"],
      ["audit.read", "dn.smit"],
    ]);
    // What a refused caller asked for never enters the trail.
    expect(denied.every((e) => e.caseId === undefined && e.subjectIds.length === 0)).toBe(true);
  });

  it("answers 401 without a session", async () => {
    expect((await server.api("/api/audit")).status).toBe(401);
    expect((await server.api("/api/audit/verify")).status).toBe(401);
  });
});

describe("the overview per person concerned", () => {
  /** Demo casus A's person, registered again in a case of their own. */
  const ZANDVOORT = { bsn: "111222333", geboortedatum: "1991-04-12" };

  it("finds the person in every case by BSN and date of birth, and shows what was done with their data in one list", async () => {
    const person = { naam: "Jeroen Zandvoort", ...ZANDVOORT };
    const second = await registerCase(server, jansen, buildAanmelding({ betrokkenen: [person] }));
    expect((await server.api(`/api/cases/${second}`, { cookie: jansen })).status).toBe(200);
    const beheer = await server.login("beheer");
    const res = await server.api("/api/audit/persons", { cookie: beheer, body: ZANDVOORT });
    expect(res.status).toBe(200);
    const found = (await res.json()) as { subjectIds: string[]; cases: number };
    expect(found.cases).toBe(2);
    const idInA = server.store.cases.get(caseA)?.betrokkenen[0]?.id;
    const idInSecond = server.store.cases.get(second)?.betrokkenen[0]?.id;
    expect(found.subjectIds).toEqual([idInA, idInSecond]);

    const overview = await readAuditTrail(server, `subjectId=${found.subjectIds.join(",")}`);
    const viewed = overview.filter((e) => e.action === "case.view").map((e) => e.caseId);
    expect(new Set(viewed)).toEqual(new Set([caseA, second]));
    // Oldest first, as it happened.
    expect(overview.map((e) => e.seq)).toEqual(
      [...overview.map((e) => e.seq)].sort((a, b) => a - b),
    );

    // The lookup is in the trail by whom it found, never by the BSN.
    const lookups = (await readAuditTrail(server, "action=audit.read")).filter(
      (e) => e.detail?.personLookup === true,
    );
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.subjectIds).toEqual(found.subjectIds);
    const dir = join(server.dataDir, "audit");
    const files = await monthFilesOf(dir);
    const trail = await Promise.all(files.map((f) => readFile(join(dir, f), "utf8")));
    expect(trail.join("")).not.toContain(ZANDVOORT.bsn);
  });

  it("finds no one for a BSN with another date of birth, refuses a BSN that fails the elfproef, and is for the beheerder only", async () => {
    const beheer = await server.login("beheer");
    const other = { ...ZANDVOORT, geboortedatum: "1991-04-13" };
    const none = await server.api("/api/audit/persons", { cookie: beheer, body: other });
    expect(await none.json()).toEqual({ subjectIds: [], cases: 0 });
    const bad = await server.api("/api/audit/persons", {
      cookie: beheer,
      body: { ...ZANDVOORT, bsn: "111222334" },
    });
    expect(bad.status).toBe(400);
    const byChair = await server.api("/api/audit/persons", { cookie: jansen, body: ZANDVOORT });
    expect(byChair.status).toBe(403);
  });

  it("finds someone recorded without a BSN by name and date of birth, and never by name someone who has one", async () => {
    const beheer = await server.login("beheer");
    const lookup = (body: unknown) => server.api("/api/audit/persons", { cookie: beheer, body });
    // Demo casus B's person has no BSN; the name is compared as the case search folds it.
    const caseB = await caseIdByTitle(server, jansen, "Demo casus B");
    const duinhof = server.store.cases.get(caseB)?.betrokkenen[0];
    expect(duinhof?.bsn ?? "").toBe("");
    const found = await lookup({ bsn: "", naam: "  mila DUINHOF ", geboortedatum: "1987-11-30" });
    expect(await found.json()).toEqual({ subjectIds: [duinhof?.id], cases: 1 });
    // Jeroen Zandvoort has a BSN: his name finds nobody.
    const byName = await lookup({ naam: "Jeroen Zandvoort", geboortedatum: "1991-04-12" });
    expect(await byName.json()).toEqual({ subjectIds: [], cases: 0 });

    const neither = await lookup({ bsn: "", naam: " ", geboortedatum: "1987-11-30" });
    expect(neither.status).toBe(400);
    expect(((await neither.json()) as { error: { message: string } }).error.message).toContain(
      "Vul het BSN in, of voor iemand zonder BSN de naam.",
    );
    const dir = join(server.dataDir, "audit");
    await readAuditPage(server, "limit=1");
    const files = await monthFilesOf(dir);
    const trail = await Promise.all(files.map((f) => readFile(join(dir, f), "utf8")));
    expect(trail.join("").toLowerCase()).not.toContain("duinhof");
  });
});

describe("exporting the trail as CSV", () => {
  it("gives every entry the filters select, oldest first, as a download, and records the export as a read", async () => {
    const beheer = await server.login("beheer");
    const res = await server.api(`${AUDIT_EXPORT_PATH}?caseId=${caseA}&action=case.view`, {
      cookie: beheer,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="audittrail-${dutchDate(new Date())}.csv"`,
    );
    const rows = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(rows[0]?.split(";").slice(0, 6)).toEqual([
      "volgnummer",
      "tijdstip",
      "tijdstip-nl",
      "actie",
      "omschrijving",
      "uitkomst",
    ]);
    const views = rows.slice(1);
    // Every view of the set-up, more than one page of the Beheer page holds.
    expect(views).toHaveLength(VIEWS);
    const seqs = views.map((row) => Number(row.split(";")[0]));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(
      views.every((row) => row.includes(";case.view;Casus bekeken;toegestaan;pr.jansen;")),
    ).toBe(true);
    expect(rows.join("\n")).not.toContain("Jeroen Zandvoort");

    const exports = (await readAuditTrail(server, "action=audit.read")).filter(
      (e) => e.detail?.export === true,
    );
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({
      caseId: caseA,
      detail: { action: "case.view", export: true },
    });
  });

  it("refuses a bad filter with 400, and anyone but the beheerder with 403, recorded", async () => {
    const beheer = await server.login("beheer");
    const bad = await server.api(`${AUDIT_EXPORT_PATH}?limit=5`, { cookie: beheer });
    expect(await refusal(bad)).toMatchObject({ status: 400 });
    const byChair = await server.api(AUDIT_EXPORT_PATH, { cookie: jansen });
    expect(byChair.status).toBe(403);
    const denied = (await readAuditTrail(server, "action=audit.read")).filter(
      (e) => e.outcome === "denied",
    );
    expect(denied.map((e) => (e.actor.kind === "user" ? e.actor.username : ""))).toEqual([
      "pr.jansen",
    ]);
  });
});
