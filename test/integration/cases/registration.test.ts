import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle } from "../../support/sessionClient.js";
import { buildAanmelding, caseDetail, registerCase, search } from "./caseTestSupport.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

async function post(username: string, body: unknown): Promise<Response> {
  return server.api("/api/cases", { cookie: await server.login(username), body });
}

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe("registering a case (aanmelding) with POST /api/cases", () => {
  it("creates a case in phase aanmelding with the aanmelder as participant and answers 201 with its id", async () => {
    const cookie = await server.login("dn.devries");
    const id = await registerCase(server, cookie);

    const detail = await caseDetail(server, cookie, id);
    expect(detail.phase).toBe("aanmelding");
    expect(detail.access).toBe("write");
    expect(detail.participants).toEqual([
      expect.objectContaining({ displayName: "Daan de Vries", organisationName: "GGZ Duinstreek" }),
    ]);
    expect(detail.betrokkenen[0]).toMatchObject({ naam: "Tessa Vlotgras", postcode: "9999 XY" });
    expect(detail.aanmelding).toMatchObject({
      doel: "Eén plan van aanpak met één regisseur.",
      intake: { betrokkeneGeinformeerd: true },
      aangemeldDoor: { displayName: "Daan de Vries", organisationName: "GGZ Duinstreek" },
    });
    expect(detail.triage).toBeNull();
  });

  it("gives the case a neutral title of initials and kind, never the full name", async () => {
    const cookie = await server.login("dn.devries");
    const detail = await caseDetail(server, cookie, await registerCase(server, cookie));
    expect(detail.title).toBe("T.V. – Casus op Maat");
    expect(detail.title).not.toContain("Vlotgras");
  });

  it("keeps a title the aanmelder chose", async () => {
    const cookie = await server.login("dn.devries");
    const id = await registerCase(server, cookie, buildAanmelding({ title: "Gezin Westkust" }));
    expect((await caseDetail(server, cookie, id)).title).toBe("Gezin Westkust");
  });

  it("shows a new registration to the region's procesregisseur as new until they open it", async () => {
    const id = await registerCase(server, await server.login("cr.bakker"));
    const prCookie = await server.login("pr.jansen");
    const before = await search(server, prCookie, { fase: ["aanmelding"], pageSize: 100 });
    expect(before.items.find((row) => row.id === id)).toMatchObject({
      nieuw: true,
      oordeel: "open",
    });

    await caseDetail(server, prCookie, id);
    const after = await search(server, prCookie, { fase: ["aanmelding"], pageSize: 100 });
    expect(after.items.find((row) => row.id === id)?.nieuw).toBe(false);
  });

  it("does not show the registration to a partner who is not part of it", async () => {
    const id = await registerCase(server, await server.login("cr.bakker"));
    const res = await server.api(`/api/cases/${id}`, { cookie: await server.login("dn.smit") });
    expect(res.status).toBe(404);
  });

  it("records the invited partners with their contact person and asks them in the triage", async () => {
    const cookie = await server.login("dn.devries");
    const options = (await (await server.api("/api/cases/aanmeldopties", { cookie })).json()) as {
      organisations: { id: string; name: string }[];
    };
    const politie = options.organisations.find((o) => o.name.startsWith("Politie"));
    expect(politie).toBeDefined();
    const id = await registerCase(
      server,
      cookie,
      buildAanmelding({
        partners: [{ organisationId: politie?.id ?? "", contactpersoon: "W. Agent" }],
      }),
    );
    const detail = await caseDetail(server, cookie, id);
    expect(detail.aanmelding?.intake?.partners).toEqual([
      { organisationId: politie?.id, organisationName: politie?.name, contactpersoon: "W. Agent" },
    ]);
    expect(detail.triagePartners.map((p) => p.name).sort()).toEqual(
      ["GGZ Duinstreek", politie?.name].sort(),
    );
  });

  it("records the documented reason when the person concerned was not informed", async () => {
    const cookie = await server.login("dn.devries");
    const id = await registerCase(
      server,
      cookie,
      buildAanmelding({
        betrokkeneGeinformeerd: false,
        redenNietGeinformeerd: "Lopend strafrechtelijk onderzoek.",
      }),
    );
    expect((await caseDetail(server, cookie, id)).aanmelding?.intake).toMatchObject({
      betrokkeneGeinformeerd: false,
      redenNietGeinformeerd: "Lopend strafrechtelijk onderzoek.",
    });
  });

  it("answers 400 naming the field when a person has no name", async () => {
    const aanmelding = buildAanmelding();
    const res = await post("dn.devries", {
      ...aanmelding,
      betrokkenen: [{ ...aanmelding.betrokkenen[0], naam: "  " }],
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('"Betrokkene 1: naam"');
  });

  it("refuses a BSN that fails the elfproef without repeating the number", async () => {
    const aanmelding = buildAanmelding();
    const res = await post("dn.devries", {
      ...aanmelding,
      betrokkenen: [{ ...aanmelding.betrokkenen[0], bsn: "123456789" }],
    });
    expect(res.status).toBe(400);
    const { message } = await errorOf(res);
    expect(message).toContain('"Betrokkene 1: BSN"');
    expect(message).toContain("elfproef");
    expect(message).not.toContain("123456789");
  });

  it("accepts a person without a BSN", async () => {
    const aanmelding = buildAanmelding();
    const res = await post("dn.devries", {
      ...aanmelding,
      betrokkenen: [{ ...aanmelding.betrokkenen[0], bsn: "" }],
    });
    expect(res.status).toBe(201);
  });

  it("requires the reason when the person concerned was not informed", async () => {
    const res = await post("dn.devries", buildAanmelding({ betrokkeneGeinformeerd: false }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain(
      '"Reden dat de betrokkene niet is geïnformeerd"',
    );
  });

  it("requires at least one person concerned", async () => {
    const res = await post("dn.devries", buildAanmelding({ betrokkenen: [] }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('"Betrokkenen"');
  });

  it("refuses a partner organisation that does not exist", async () => {
    const res = await post(
      "dn.devries",
      buildAanmelding({ partners: [{ organisationId: "org_onbekend", contactpersoon: "X" }] }),
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('"Partner 1: organisatie"');
  });

  it("refuses the beheerder and the incidentele deelnemer, who do not register cases", async () => {
    expect((await post("beheer", buildAanmelding())).status).toBe(403);
    expect((await post("in.school", buildAanmelding())).status).toBe(403);
  });

  it("refuses a registration without a session", async () => {
    expect((await server.api("/api/cases", { body: buildAanmelding() })).status).toBe(401);
  });

  it("tells the procesregisseur, and no one else, when a BSN stands in another case with another name or date of birth", async () => {
    const jansen = await server.login("pr.jansen");
    // Demo casus A's BSN, typed for someone else; and Demo casus A's person registered again.
    const other = await registerCase(
      server,
      jansen,
      buildAanmelding({
        betrokkenen: [
          { naam: "Iemand Anders", geboortedatum: "1980-01-01", bsn: "111222333" },
          { naam: "jeroen  ZANDVOORT", geboortedatum: "1991-04-12", bsn: "111222333" },
          { naam: "Zonder Bsn", geboortedatum: "1980-01-01" },
        ],
      }),
    );
    const chairView = await caseDetail(server, jansen, other);
    expect(chairView.betrokkenen.map((b) => b.bsnElsewhereDifferent)).toEqual([
      true,
      // Its name and date of birth match Demo casus A's person, but the other person in this
      // case with the same BSN differs: this case itself does not count, Demo casus A does not
      // differ for it.
      undefined,
      undefined,
    ]);
    const caseA = await caseIdByTitle(server, jansen, "Demo casus A");
    const aView = await caseDetail(server, jansen, caseA);
    expect(aView.betrokkenen[0]?.bsnElsewhereDifferent).toBe(true);

    // A partner at Demo casus A, who may see the BSN, is not told about other cases.
    const bakker = await server.login("cr.bakker");
    const partnerView = await caseDetail(server, bakker, caseA);
    expect(partnerView.betrokkenen[0]?.bsn).toBe("111222333");
    expect(partnerView.betrokkenen[0]?.bsnElsewhereDifferent).toBeUndefined();
  });
});
