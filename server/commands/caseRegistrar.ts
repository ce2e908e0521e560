/** Registers a case (aanmelding): phase `aanmelding`, the aanmelder as its first participant. */
import { invalidFieldMessage } from "../../shared/api/fieldLabels.js";
import { suggestCaseTitle, type CaseCreateRequest } from "../../shared/api/cases.js";
import type { Principal } from "../auth/principal.js";
import { badRequest, forbidden } from "../errors.js";
import { newId } from "../ids.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { mayRegisterCase } from "../policies/casePolicy.js";
import { initialTriageSummary } from "./caseTriageEvaluator.js";

/**
 * Creates the case in the aanmelder's region. The procesregisseur of that region sees it (the
 * case policy) and it shows as new to everyone who has not opened it. The aanmelder takes part as
 * deelnemer; the procesregisseur assigns case roles at intake.
 */
export async function registerCase(
  store: Store,
  principal: Principal,
  request: CaseCreateRequest,
  now = new Date(),
): Promise<CaseRecord> {
  if (!mayRegisterCase(principal)) throw forbidden();
  request.partners.forEach((partner, index) => {
    if (!store.organisations.get(partner.organisationId)) {
      throw badRequest(
        invalidFieldMessage(`partners.${index}.organisationId`, "onbekende organisatie."),
      );
    }
  });

  const at = now.toISOString();
  const first = request.betrokkenen[0];
  const record: CaseRecord = {
    id: newId("case"),
    title: request.title ?? suggestCaseTitle(first?.naam ?? "", request.kind),
    phase: "aanmelding",
    kind: request.kind,
    gemeente: request.gemeente,
    regio: principal.regio,
    betrokkenen: request.betrokkenen.map((person) => ({ id: newId("pers"), ...person })),
    participants: [
      {
        userId: principal.userId,
        caseRole: principal.role === "procesregisseur" ? "procesregisseur" : "deelnemer",
        readOnly: false,
        addedAt: at,
        organisationId: principal.organisationId,
      },
    ],
    createdAt: at,
    createdBy: principal.userId,
    updatedAt: at,
    aanmelding: {
      reden: request.reden,
      verwachting: request.verwachting,
      doel: request.doel,
      partners: request.partners,
      betrokkeneGeinformeerd: request.betrokkeneGeinformeerd,
      redenNietGeinformeerd: request.betrokkeneGeinformeerd
        ? null
        : (request.redenNietGeinformeerd ?? null),
    },
    seenBy: [principal.userId],
  };
  // Start the list's "nog N vragen" before anyone opens the triage document.
  record.triageSummary = initialTriageSummary(store, record, now);
  await store.cases.add(record);
  return record;
}
