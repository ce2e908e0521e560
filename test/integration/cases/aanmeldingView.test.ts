/**
 * The aanmelding on the case detail (`GET /api/cases/:id`): the procesregisseur who triages the case
 * reads all of it; a guest of an overleg reads the aanmelder's question but not the intake part
 * (invited partners with contacts, whether the person concerned was informed), and of the persons
 * concerned only names and dates of birth.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Organisation } from "../../../shared/domain/organisation.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle } from "../../support/sessionClient.js";
import { planWithSchool } from "../meetings/meetingSupport.js";
import { buildAanmelding, caseDetail, registerCase } from "./caseTestSupport.js";

const MINUTE = 60_000;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

/** Registers, as dn.devries, a case that invites the police and was not told to the person. */
async function registerWithPartner(): Promise<{ id: string; politie: Organisation }> {
  const politie = server.store.organisations.list().find((o) => o.kind === "politie");
  if (!politie) throw new Error("no police organisation in the demo region");
  const id = await registerCase(
    server,
    await server.login("dn.devries"),
    buildAanmelding({
      partners: [{ organisationId: politie.id, contactpersoon: "W. Agent" }],
      betrokkeneGeinformeerd: false,
      redenNietGeinformeerd: "Lopend strafrechtelijk onderzoek.",
    }),
  );
  return { id, politie };
}

describe("the aanmelding on the case detail", () => {
  it("shows the procesregisseur who registered it, when, the question and the invited partners with contacts", async () => {
    const { id, politie } = await registerWithPartner();
    const detail = await caseDetail(server, await server.login("pr.jansen"), id);
    expect(detail.betrokkenen[0]).toMatchObject({ bsn: "123456782", adres: "Duinpad 7" });

    expect(detail.aanmelding).toEqual({
      aangemeldDoor: { displayName: "Daan de Vries", organisationName: "GGZ Duinstreek" },
      aangemeldOp: detail.createdAt,
      reden: "Oplopende overlast en schulden; meerdere meldingen bij politie en wijkteam.",
      verwachting: "Dat de partners delen wat zij weten en een gezamenlijk plan maken.",
      doel: "Eén plan van aanpak met één regisseur.",
      intake: {
        partners: [
          {
            organisationId: politie.id,
            organisationName: politie.name,
            contactpersoon: "W. Agent",
          },
        ],
        betrokkeneGeinformeerd: false,
        redenNietGeinformeerd: "Lopend strafrechtelijk onderzoek.",
      },
    });
  });

  it("shows a guest who signed the overleg's verklaring the question, but not the invited partners, contacts or why the person was not informed", async () => {
    const { id } = await registerWithPartner();
    const chair = await server.login("pr.jansen");
    const { id: meetingId } = await planWithSchool(
      server,
      chair,
      id,
      new Date(Date.now() + 10 * MINUTE),
    );
    const school = await server.login("in.school");
    const signed = await server.api(`/api/meetings/${meetingId}/verklaring`, {
      cookie: school,
      body: { akkoord: true },
    });
    expect(signed.status).toBe(200);

    const res = await server.api(`/api/cases/${id}`, { cookie: school });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({
      access: "read",
      aanmelding: {
        aangemeldDoor: { displayName: "Daan de Vries", organisationName: "GGZ Duinstreek" },
        reden: "Oplopende overlast en schulden; meerdere meldingen bij politie en wijkteam.",
        verwachting: "Dat de partners delen wat zij weten en een gezamenlijk plan maken.",
        doel: "Eén plan van aanpak met één regisseur.",
        intake: null,
      },
    });
    expect(text).not.toContain("W. Agent");
    expect(text).not.toContain("Lopend strafrechtelijk onderzoek");
    // Whom the case is about, but not the BSN or address of the person concerned.
    const { betrokkenen } = JSON.parse(text) as { betrokkenen: Record<string, unknown>[] };
    expect(betrokkenen.map((person) => Object.keys(person).sort())).toEqual([
      ["geboortedatum", "id", "naam"],
    ]);
    expect(text).not.toContain("123456782");
    expect(text).not.toContain("Duinpad");
  });

  it("carries no aanmelding for a case that has none (the demo cases)", async () => {
    const chair = await server.login("pr.jansen");
    const demo = await caseIdByTitle(server, chair, "Demo casus D");
    expect((await caseDetail(server, chair, demo)).aanmelding).toBeNull();
  });
});
