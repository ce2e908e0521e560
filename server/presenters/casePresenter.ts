/**
 * What leaves the server about a case. `GET /api/cases` rows carry no personal data; search rows
 * carry the first person's name and, for whoever may read the address, woonplaats (the list's
 * columns, seed 000); the detail carries everything the case page needs. All of it only for cases the policy lets the caller see.
 */
import type {
  AanmeldingView,
  CaseDetail,
  CaseListRow,
  TriageBesluitView,
} from "../../shared/api/cases.js";
import type { CaseRetentionView } from "../../shared/api/retention.js";
import type { CaseKind, CaseParticipant, CasePhase } from "../../shared/domain/case.js";
import { dutchDate } from "../../shared/domain/regionTime.js";
import type { Principal } from "../auth/principal.js";
import { isNewFor, listOordeelOf, openVragenOf } from "../commands/caseListStatus.js";
import { accountMaySeeActions, canViewActions } from "../policies/actionPolicy.js";
import {
  mayChangeAfschaling,
  mayEraseCase,
  mayDecideTriage,
  mayExportInzage,
  mayExtendRetention,
  mayManageCaseTeam,
  maySeeAanmeldingIntake,
  maySeeBetrokkeneDetails,
} from "../policies/casePolicy.js";
import { triagePartnersOf } from "../commands/caseTriagePartners.js";
import { caseAccessResolver } from "../policies/caseAccessResolver.js";
import { isDue, latestStandingExtension, retentionOf } from "../retention/retentionDates.js";
import { presentAfschaling } from "./afschalingPresenter.js";
import type { CaseRecord, TriageBesluitRecord } from "../store/schema.js";
import { personsWithBsnElsewhereDifferent } from "../inzage/personCases.js";
import type { Store } from "../store/store.js";

/** A case as the plain case list (`GET /api/cases`) shows it. */
export interface CaseListItem {
  id: string;
  title: string;
  phase: CasePhase;
  kind: CaseKind;
  gemeente: string;
  regio: string;
  createdAt: string;
}

/** Presents a case for the plain case list. */
export function presentCaseListItem(c: CaseRecord): CaseListItem {
  return {
    id: c.id,
    title: c.title,
    phase: c.phase,
    kind: c.kind,
    gemeente: c.gemeente,
    regio: c.regio,
    createdAt: c.createdAt,
  };
}

/** Presents a case as one row of the searched list, for `principal`. */
export function presentCaseListRow(c: CaseRecord, principal: Principal): CaseListRow {
  const first = c.betrokkenen[0];
  return {
    ...presentCaseListItem(c),
    naam: first?.naam ?? null,
    woonplaats: maySeeBetrokkeneDetails(principal, c) ? (first?.woonplaats ?? null) : null,
    betrokkenen: c.betrokkenen.length,
    nieuw: isNewFor(c, principal.userId),
    oordeel: listOordeelOf(c),
    openVragen: openVragenOf(c),
  };
}

/** Presents the case page's data; the caller has already checked that `principal` may see it. */
export function presentCaseDetail(store: Store, c: CaseRecord, principal: Principal): CaseDetail {
  const access = caseAccessResolver(store, principal)(c);
  const organisationName = (id: string) => store.organisations.get(id)?.name ?? "";
  const userView = (userId: string) => {
    const user = store.users.get(userId);
    return {
      displayName: user?.displayName ?? "",
      organisationId: user?.organisationId ?? "",
      organisationName: organisationName(user?.organisationId ?? ""),
    };
  };
  // A guest of an overleg sees the case only through it; a team member only while the policy
  // lets them (not blocked, still in a casework role).
  const isActive = (p: CaseParticipant) => {
    const user = store.users.get(p.userId);
    if (p.caseRole === "incidenteel") return user !== undefined && !user.disabled;
    return accountMaySeeActions(user, c);
  };
  const latest = c.triageBesluiten?.at(-1);
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    phase: c.phase,
    gemeente: c.gemeente,
    regio: c.regio,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    access: access === "write" ? "write" : "read",
    mayDecideTriage:
      mayDecideTriage(principal, c) && (c.phase === "aanmelding" || c.phase === "triage"),
    mayManageTeam: mayManageCaseTeam(principal, c),
    mayExportInzage: mayExportInzage(principal, c),
    mayViewActions: canViewActions(principal, c),
    betrokkenen: presentBetrokkenen(c, principal, store),
    participants: c.participants.map((p) => ({
      userId: p.userId,
      ...userView(p.userId),
      caseRole: p.caseRole,
      readOnly: p.readOnly,
      active: isActive(p),
    })),
    organisationNames: Object.fromEntries(store.organisations.list().map((o) => [o.id, o.name])),
    triagePartners: triagePartnersOf(store, c),
    aanmelding: presentAanmelding(store, c, principal),
    triageSummary: c.triageSummary ?? null,
    triage: latest ? presentTriageBesluit(store, latest) : null,
    bewaartermijn: presentRetention(store, c, principal),
    afschaling: presentAfschaling(store, c.id),
    mayChangeAfschaling: mayChangeAfschaling(principal, c),
    mayErase: mayEraseCase(principal, c),
  };
}

/** When a closed case will be destroyed, with its extensions; null while the case is open. */
function presentRetention(
  store: Store,
  c: CaseRecord,
  principal: Principal,
): CaseRetentionView | null {
  const phaseHistory = store.cases.phaseHistory(c.id);
  const retention = retentionOf(c, phaseHistory, store.retention.months);
  if (retention === null) return null;
  const today = dutchDate(new Date());
  const passed = isDue(retention, today);
  // A case whose retention passed is not brought back (retentionExtender.ts).
  const mayExtend = mayExtendRetention(principal, c) && !passed;
  const latest = latestStandingExtension(c);
  const withoutLatest =
    mayExtend && latest !== null
      ? retentionOf(c, phaseHistory, store.retention.months, latest)
      : null;
  /** A user as the panel names them: display name and organisation. */
  const named = (userId: string) => {
    const user = store.users.get(userId);
    return {
      door: user?.displayName ?? "",
      organisatie: store.organisations.get(user?.organisationId ?? "")?.name ?? "",
    };
  };
  return {
    geslotenOp: retention.closedOn,
    bewaardTot: retention.keptUntil,
    verlengingen: (c.retentionExtensions ?? []).map((e) => ({
      tot: e.until,
      reden: e.reason,
      ...named(e.by),
      op: e.at,
      ingetrokken: e.withdrawn ? { ...named(e.withdrawn.by), op: e.withdrawn.at } : null,
    })),
    verstreken: passed,
    mayExtend,
    intrekken:
      latest !== null && withoutLatest !== null
        ? {
            verlenging: latest,
            bewaardTot: withoutLatest.keptUntil,
            verstreken: isDue(withoutLatest, today),
          }
        : null,
    wachtOpBevestiging: !store.retention.confirmed,
  };
}

/**
 * The persons concerned as `principal` may read them: names and dates of birth for everyone who
 * sees the case, BSN and address only where the policy allows (`maySeeBetrokkeneDetails`). With
 * `store`, for whoever prepares the inzageoverzicht (the procesregisseur), whether a person's BSN
 * stands in another case with another name or date of birth (`bsnElsewhereDifferent`).
 */
export function presentBetrokkenen(
  c: CaseRecord,
  principal: Principal,
  store?: Store,
): CaseDetail["betrokkenen"] {
  const details = maySeeBetrokkeneDetails(principal, c);
  const differing =
    store !== undefined && mayExportInzage(principal, c)
      ? personsWithBsnElsewhereDifferent(store, principal, c)
      : new Set<string>();
  return c.betrokkenen.map(({ id, naam, geboortedatum, ...identifying }) => ({
    id,
    naam,
    geboortedatum,
    ...(details ? identifying : {}),
    ...(differing.has(id) ? { bsnElsewhereDifferent: true } : {}),
  }));
}

/**
 * Presents the aanmelding of a case the principal may see; null when the case has none. The intake
 * part only for those the policy lets see it (`maySeeAanmeldingIntake`: not a guest of an overleg).
 */
export function presentAanmelding(
  store: Store,
  c: CaseRecord,
  principal: Principal,
): AanmeldingView | null {
  if (!c.aanmelding) return null;
  const organisationName = (id: string) => store.organisations.get(id)?.name ?? "";
  const aanmelder = store.users.get(c.createdBy);
  const { reden, verwachting, doel, partners, betrokkeneGeinformeerd, redenNietGeinformeerd } =
    c.aanmelding;
  return {
    aangemeldDoor: {
      displayName: aanmelder?.displayName ?? "",
      organisationName: organisationName(aanmelder?.organisationId ?? ""),
    },
    aangemeldOp: c.createdAt,
    reden,
    verwachting,
    doel,
    intake: maySeeAanmeldingIntake(principal, c)
      ? {
          partners: partners.map((p) => ({
            organisationId: p.organisationId,
            organisationName: organisationName(p.organisationId),
            contactpersoon: p.contactpersoon,
          })),
          betrokkeneGeinformeerd,
          redenNietGeinformeerd,
        }
      : null,
  };
}

/** Presents a stored triage decision. */
export function presentTriageBesluit(store: Store, record: TriageBesluitRecord): TriageBesluitView {
  return {
    id: record.id,
    besluit: record.besluit,
    toelichting: record.toelichting,
    result: record.result,
    rulesVersion: record.result.rulesVersion,
    decidedAt: record.computedAt,
    decidedBy: {
      userId: record.computedBy,
      displayName: store.users.get(record.computedBy)?.displayName ?? "",
    },
  };
}
