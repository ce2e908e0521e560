import { describe, expect, it } from "vitest";
import type { Principal } from "../auth/principal.js";
import { openMemoryStore } from "../store/openStore.js";
import type { CaseRecord, UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { presentAanmelding, presentBetrokkenen } from "./casePresenter.js";

function buildPrincipal(overrides: Partial<Principal> = {}): Principal {
  return {
    userId: "user_chair",
    username: "u",
    displayName: "U",
    organisationId: "org_zvh",
    organisationName: "ZVH",
    role: "procesregisseur",
    regio: "Regio A",
    sessionId: "s",
    mustChangePassword: false,
    ...overrides,
  };
}

function buildUser(overrides: Partial<UserRecord> = {}): UserRecord {
  return {
    id: "user_aanmelder",
    username: "aanmelder",
    displayName: "Anna Aanmelder",
    organisationId: "org_ggz",
    role: "deelnemer",
    regio: "Regio A",
    passwordHash: "",
    disabled: false,
    createdAt: "2026-01-01T00:00:00Z",
    ...overrides,
  };
}

function buildCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: "case_1",
    title: "Testcasus",
    phase: "triage",
    kind: "casus_op_maat",
    gemeente: "Testdorp",
    regio: "Regio A",
    betrokkenen: [],
    participants: [
      { userId: "user_aanmelder", caseRole: "deelnemer", readOnly: false, addedAt: "2026-01-01" },
      { userId: "user_school", caseRole: "incidenteel", readOnly: true, addedAt: "2026-01-01" },
    ],
    createdAt: "2026-03-02T09:15:00.000Z",
    createdBy: "user_aanmelder",
    updatedAt: "2026-03-02T09:15:00.000Z",
    aanmelding: {
      reden: "Oplopende schulden en overlast.",
      verwachting: "Delen wat bekend is.",
      doel: "Eén plan van aanpak.",
      partners: [{ organisationId: "org_politie", contactpersoon: "W. Agent" }],
      betrokkeneGeinformeerd: false,
      redenNietGeinformeerd: "Lopend strafrechtelijk onderzoek.",
    },
    ...overrides,
  };
}

/** A memory store with the aanmelder and the organisations the aanmelding names. */
async function buildStore(): Promise<Store> {
  const store = await openMemoryStore();
  await store.organisations.add(
    { id: "org_ggz", name: "GGZ Testregio", kind: "ggz" },
    { id: "org_politie", name: "Politie Testregio", kind: "politie" },
  );
  await store.users.add(buildUser());
  return store;
}

describe("presentAanmelding", () => {
  it("gives a standing partner the aanmelder's question and the intake with organisation names", async () => {
    const store = await buildStore();
    expect(presentAanmelding(store, buildCase(), buildPrincipal())).toEqual({
      aangemeldDoor: { displayName: "Anna Aanmelder", organisationName: "GGZ Testregio" },
      aangemeldOp: "2026-03-02T09:15:00.000Z",
      reden: "Oplopende schulden en overlast.",
      verwachting: "Delen wat bekend is.",
      doel: "Eén plan van aanpak.",
      intake: {
        partners: [
          {
            organisationId: "org_politie",
            organisationName: "Politie Testregio",
            contactpersoon: "W. Agent",
          },
        ],
        betrokkeneGeinformeerd: false,
        redenNietGeinformeerd: "Lopend strafrechtelijk onderzoek.",
      },
    });
  });

  it("gives a guest of an overleg the question without the invited partners, contacts or informed status", async () => {
    const store = await buildStore();
    const guest = buildPrincipal({ userId: "user_school", role: "incidenteel" });
    const view = presentAanmelding(store, buildCase(), guest);
    expect(view).toMatchObject({ reden: "Oplopende schulden en overlast.", intake: null });
    const json = JSON.stringify(view);
    expect(json).not.toContain("W. Agent");
    expect(json).not.toContain("Politie");
    expect(json).not.toContain("strafrechtelijk");
  });

  it("presents nothing for a case registered without an aanmelding", async () => {
    const store = await buildStore();
    expect(presentAanmelding(store, buildCase({ aanmelding: undefined }), buildPrincipal())).toBe(
      null,
    );
  });
});

describe("presentBetrokkenen", () => {
  const betrokkene = {
    id: "b1",
    naam: "Demi Testpersoon",
    geboortedatum: "1990-02-01",
    bsn: "123456782",
    adres: "Duinpad 7",
    postcode: "1234 AB",
    woonplaats: "Testdorp",
  };

  it("gives a standing partner the BSN and address of the persons concerned", () => {
    const c = buildCase({ betrokkenen: [betrokkene] });
    expect(presentBetrokkenen(c, buildPrincipal())).toEqual([betrokkene]);
  });

  it("gives a guest of an overleg only the names and dates of birth", () => {
    const c = buildCase({ betrokkenen: [betrokkene] });
    const guest = buildPrincipal({ userId: "user_school", role: "incidenteel" });
    expect(presentBetrokkenen(c, guest)).toEqual([
      { id: "b1", naam: "Demi Testpersoon", geboortedatum: "1990-02-01" },
    ]);
  });
});
