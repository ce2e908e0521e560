/**
 * Afschaling after the overleg (domain.md §3, step 4): once the chair started it at the table, the
 * case's casusregisseur and the region's procesregisseurs bring it up to date and close the case on
 * its page (`POST /api/cases/:id/afschaling`), without another overleg; nobody else may. Real
 * server on port 0, real sessions.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { AFSCHALING_CRITERIA } from "../../../shared/api/meetings.js";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, demoUser } from "../../support/sessionClient.js";
import { demoOverleg, type DemoOverleg } from "../meetings/meetingSupport.js";

let server: TestServer;
let chair: string;
let bakker: string;
let overleg: DemoOverleg;

const HAND_BACK = "Sociaal wijkteam Westerduin";
const FIRST_TWO = AFSCHALING_CRITERIA.slice(0, 2);

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  bakker = await server.login("cr.bakker");
  overleg = await demoOverleg(server, chair);
  // The chair starts the afschaling of Demo casus A at the table, with two criteria met.
  await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
  const started = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/phase`, {
    cookie: chair,
    body: { to: "afschaling", criteriaMet: FIRST_TWO, handedBackTo: HAND_BACK },
  });
  expect(started.status).toBe(200);
});
afterEach(async () => {
  await server.stop();
});

function afschaling(cookie: string, body: object, caseId = overleg.caseA): Promise<Response> {
  return server.api(`/api/cases/${caseId}/afschaling`, { cookie, body });
}

async function caseAs(cookie: string, caseId = overleg.caseA): Promise<CaseDetail> {
  const res = await server.api(`/api/cases/${caseId}`, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as CaseDetail;
}

const actorOf = (e: AuditEntry) => ("userId" in e.actor ? e.actor.userId : e.actor.component);

describe("afschaling on the case page", () => {
  it("is shown with the checklist as recorded at the table, and may be changed by the casusregisseur and the procesregisseur only", async () => {
    const forBakker = await caseAs(bakker);
    expect(forBakker.afschaling).toMatchObject({ criteriaMet: FIRST_TWO, handedBackTo: HAND_BACK });
    expect(forBakker.mayChangeAfschaling).toBe(true);
    expect((await caseAs(chair)).mayChangeAfschaling).toBe(true);
    const devries = await server.login("dn.devries");
    const forPartner = await caseAs(devries);
    expect(forPartner.afschaling?.handedBackTo).toBe(HAND_BACK);
    expect(forPartner.mayChangeAfschaling).toBe(false);
  });

  it("lets the casusregisseur record the criteria met since and close the case, without another overleg", async () => {
    // Closing waits for every criterion.
    const early = await afschaling(bakker, { to: "gesloten" });
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: { message: string } }).error.message).toContain(
      "afschalingscriteria",
    );

    const startedAt = (await caseAs(bakker)).afschaling?.at;
    const updated = await afschaling(bakker, {
      to: "afschaling",
      criteriaMet: [...AFSCHALING_CRITERIA],
      handedBackTo: HAND_BACK,
      toelichting: "Regie ligt bij het wijkteam; betrokkene is op de hoogte.",
      basis: startedAt,
    });
    expect(updated.status).toBe(200);
    const view = (await updated.json()) as CaseDetail;
    expect(view.phase).toBe("afschaling");
    expect(view.afschaling?.criteriaMet).toEqual([...AFSCHALING_CRITERIA]);

    // The chair's slot still shows the afschaling as started at the table: bringing it up to date
    // from there would write its two criteria back over the six, and is refused.
    const stale = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/phase`, {
      cookie: chair,
      body: {
        to: "afschaling",
        criteriaMet: FIRST_TWO,
        handedBackTo: HAND_BACK,
        basis: startedAt,
      },
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { message: string } }).error.message).toContain(
      "intussen elders bijgewerkt",
    );
    expect((await caseAs(chair)).afschaling?.criteriaMet).toEqual([...AFSCHALING_CRITERIA]);

    const closed = await afschaling(bakker, { to: "gesloten" });
    expect(closed.status).toBe(200);
    const after = (await closed.json()) as CaseDetail;
    expect(after.phase).toBe("gesloten");
    expect(after.access).toBe("read");
    expect(after.bewaartermijn).not.toBeNull();
    expect(after.mayChangeAfschaling).toBe(false);

    // Recorded as made on the case page (no overleg), by the casusregisseur.
    const history = server.store.cases.phaseHistory(overleg.caseA);
    expect(history.map((h) => [h.from, h.to, h.meetingId ?? null])).toEqual([
      ["casusoverleg", "afschaling", overleg.id],
      ["afschaling", "afschaling", null],
      ["afschaling", "gesloten", null],
    ]);
    const bakkerId = demoUser(server, "cr.bakker").id;
    expect(history.slice(1).every((h) => h.by === bakkerId)).toBe(true);
    const audited = await readAuditTrail(server, `action=case.update&caseId=${overleg.caseA}`);
    expect(
      audited
        .filter((e) => actorOf(e) === bakkerId && e.outcome === "allowed")
        .map((e) => [e.detail?.from, e.detail?.to]),
    ).toEqual([
      ["afschaling", "afschaling"],
      ["afschaling", "gesloten"],
    ]);
    // A closed case takes no more changes.
    expect((await afschaling(chair, { to: "afschaling", handedBackTo: HAND_BACK })).status).toBe(
      409,
    );
  });

  it("is refused to a partner (403), to whoever may not see the case (404) and for a case not in afschaling (409)", async () => {
    const devries = await server.login("dn.devries");
    const body = { to: "afschaling", criteriaMet: [...AFSCHALING_CRITERIA], handedBackTo: "X" };
    expect((await afschaling(devries, body)).status).toBe(403);
    const smit = await server.login("dn.smit");
    expect((await afschaling(smit, body)).status).toBe(404);
    expect((await afschaling(chair, body, "case_bestaat_niet")).status).toBe(404);
    const caseC = await caseIdByTitle(server, chair, "Demo casus C");
    const notYet = await afschaling(chair, body, caseC);
    expect(notYet.status).toBe(409);
    expect(((await notYet.json()) as { error: { message: string } }).error.message).toContain(
      "casusoverleg",
    );
    // Only afschaling and closing are steps of the case page; a hand-back is required.
    expect((await afschaling(bakker, { to: "uitvoering" })).status).toBe(400);
    const noHandBack = await afschaling(bakker, { to: "afschaling", criteriaMet: [] });
    expect(noHandBack.status).toBe(400);
    expect(((await noHandBack.json()) as { error: { message: string } }).error.message).toBe(
      'Ongeldige invoer in veld "Overgedragen aan": Vul in aan wie de casus wordt overgedragen.',
    );
    // Nothing of it was written.
    expect(server.store.cases.phaseHistory(overleg.caseA)).toHaveLength(1);
    expect(server.store.cases.get(caseC)?.phase).not.toBe("afschaling");
  });
});
