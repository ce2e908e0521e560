/**
 * Helpers for the case tests: a valid registration to vary and typed API calls. Real y-websocket
 * clients with a session come from `test/support/sessionClient.ts`.
 */
import type {
  CaseCreateInput,
  CaseDetail,
  CaseSearchInput,
  CaseSearchResult,
} from "../../../shared/api/cases.js";
import type { TestServer } from "../../support/server.js";

/** A valid registration with fictional data; `overrides` replace top-level fields. */
export function buildAanmelding(overrides: Partial<CaseCreateInput> = {}): CaseCreateInput {
  return {
    kind: "casus_op_maat",
    gemeente: "Westerduin",
    betrokkenen: [
      {
        naam: "Tessa Vlotgras",
        geboortedatum: "1994-06-15",
        bsn: "123456782",
        adres: "Duinpad 7",
        postcode: "9999 XY",
        woonplaats: "Westerduin",
      },
    ],
    reden: "Oplopende overlast en schulden; meerdere meldingen bij politie en wijkteam.",
    verwachting: "Dat de partners delen wat zij weten en een gezamenlijk plan maken.",
    doel: "Eén plan van aanpak met één regisseur.",
    partners: [],
    betrokkeneGeinformeerd: true,
    ...overrides,
  };
}

/** Registers a case as the user of `cookie`; returns its id. */
export async function registerCase(
  server: TestServer,
  cookie: string,
  aanmelding: CaseCreateInput = buildAanmelding(),
): Promise<string> {
  const res = await server.api("/api/cases", { cookie, body: aanmelding });
  if (res.status !== 201) throw new Error(`registration failed: ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}

/** Searches the case list as the user of `cookie`. */
export async function search(
  server: TestServer,
  cookie: string,
  body: CaseSearchInput = {},
): Promise<CaseSearchResult> {
  const res = await server.api("/api/cases/search", { cookie, body });
  if (res.status !== 200) throw new Error(`search failed: ${res.status}`);
  return (await res.json()) as CaseSearchResult;
}

/** Reads one case's detail as the user of `cookie`. */
export async function caseDetail(
  server: TestServer,
  cookie: string,
  id: string,
): Promise<CaseDetail> {
  const res = await server.api(`/api/cases/${id}`, { cookie });
  if (res.status !== 200) throw new Error(`case detail failed: ${res.status}`);
  return (await res.json()) as CaseDetail;
}
