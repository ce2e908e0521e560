/**
 * Overleg routes: the Overleggen list, planning and changing a planned overleg, the
 * geheimhoudingsverklaring, starting and ending, one slot's case data, its verslag (draft, freeze,
 * PDF/DOCX export), the phase and follow-up steps the chair takes per case, and the chair's
 * corrections of the record after the overleg ended. Paths carry ids only; every access to case
 * data is audited, a refused one (404, 403, also by the confidentiality gate) by the hook in
 * refusalAudit.ts.
 */
import type { FastifyInstance } from "fastify";
import { actionApiId } from "../../../shared/api/actions.js";
import type { HttpContext } from "../context.js";
import { z } from "zod";
import {
  FollowUpSchema,
  FreezeVerslagSchema,
  MAX_VERSLAG_VERSION,
  MeetingChangeSchema,
  MeetingPlanSchema,
  PhaseChangeSchema,
  SamenvattingConceptSchema,
  SignVerklaringSchema,
  SlotCorrectionSchema,
  VERSLAG_FORMATS,
  type MeetingList,
  type MeetingView,
  type PlanningOptions,
  type SamenvattingConceptView,
  type SlotCaseView,
  type VerklaringView,
  type VerslagOverview,
} from "../../../shared/api/meetings.js";
import { formatDocName } from "../../../shared/wire/docNames.js";
import { actorOf, type AuditTrail } from "../../audit/auditTrail.js";
import type { Principal } from "../../auth/principal.js";
import type { SessionService } from "../../auth/sessions.js";
import { AppError, forbidden } from "../../errors.js";
import { changeCasePhase } from "../../meetings/casePhaseChanger.js";
import { recordChairPresent } from "../../meetings/chairPresence.js";
import type { DocumentOpener } from "../../meetings/documentReader.js";
import { changeMeeting } from "../../meetings/meetingChanger.js";
import { planFollowUp } from "../../meetings/followUpPlanner.js";
import {
  findClearedSlot,
  findVisibleMeeting,
  type ClearedSlot,
} from "../../meetings/meetingFinder.js";
import { endMeeting, signVerklaring, startMeeting } from "../../meetings/meetingLifecycle.js";
import { planMeeting } from "../../meetings/meetingPlanner.js";
import { announceMeetingPlan } from "../../meetings/planAnnouncer.js";
import { announceSignature } from "../../meetings/signatureAnnouncer.js";
import { announceMeetingStart, announceMeetingStatus } from "../../meetings/statusAnnouncer.js";
import {
  carriedActions,
  NO_FOLLOW_UP,
  readPlanActions,
  type CarriedFollowUp,
} from "../../meetings/planActions.js";
import { canChangeAction, canViewActions } from "../../policies/actionPolicy.js";
import type { ActionIndexRepository } from "../../actions/actionIndexRepository.js";
import type { PlanActionItem } from "../../../shared/docs/planDoc.js";
import { correctSlotRecord } from "../../meetings/recordCorrector.js";
import type { VerklaringTemplate } from "../../meetings/verklaringText.js";
import {
  exportVerslag,
  freezeVerslag,
  saveSamenvattingConcept,
  verslagOverview,
} from "../../meetings/verslagService.js";
import { wallTimeOf } from "../../../shared/domain/regionTime.js";
import { mayPlanMeeting, mayViewMeeting, visibleSlots } from "../../policies/meetingPolicy.js";
import {
  presentMeeting,
  presentMeetingListItem,
  presentPlanningOptions,
  presentSlotCase,
} from "../../presenters/meetingPresenter.js";
import type { CaseRecord } from "../../store/schema.js";
import type { Store } from "../../store/store.js";
import { requirePrincipal } from "../requestAuth.js";
import { sendFile } from "../sendFile.js";
import { parse } from "../validate.js";
import { reportWithdrawals } from "../withdrawalReport.js";

/** What the overleg routes need. */
export interface MeetingRoutesContext {
  store: Store;
  sessions: SessionService;
  audit: AuditTrail;
  open: DocumentOpener;
  remove: (docName: string) => Promise<void>;
  verklaring: VerklaringTemplate;
  /** The action index, to tell the follow-up of a slot's open actions. */
  actions: ActionIndexRepository;
  now(): Date;
}

const id = z.string().min(1).max(100);
const MeetingParams = z.object({ id });
const SlotParams = z.object({ id, slotId: id });
const ExportParams = z.object({
  id,
  slotId: id,
  version: z.coerce.number().int().min(1).max(MAX_VERSLAG_VERSION),
  format: z.enum(VERSLAG_FORMATS),
});

/** The case ids on an agenda (as stored, or as a view shows it: null when held back). */
function casesOn(agenda: readonly { caseId?: string | null | undefined }[]): string[] {
  const ids = agenda
    .map((slot) => slot.caseId)
    .filter((id): id is string => typeof id === "string");
  return [...new Set(ids)];
}

/**
 * What the caller learns of the follow-up of the case's open actions in an overleg: the latest
 * progress note for those who follow the case's actions (standing partners; a guest reads the
 * actions at the table, their follow-up is not theirs), and the API id to add a note with where
 * the caller may change the action. An action counts by its index entry: one whose id the plan
 * uses twice is tracked by neither.
 */
function carriedFollowUp(
  ctx: MeetingRoutesContext,
  principal: Principal,
  c: CaseRecord,
  actions: readonly PlanActionItem[],
): CarriedFollowUp {
  if (!canViewActions(principal, c)) return NO_FOLLOW_UP;
  const uses = new Map<string | null, number>();
  for (const action of actions) uses.set(action.id, (uses.get(action.id) ?? 0) + 1);
  const tracked = (action: PlanActionItem) => {
    if (action.id === null || uses.get(action.id) !== 1) return undefined;
    const indexed = ctx.actions.get(c.id, action.id);
    return indexed?.nodeId === action.id ? indexed : undefined;
  };
  return {
    latestNote: (action: PlanActionItem) => {
      const indexed = tracked(action);
      return indexed === undefined ? undefined : ctx.store.progress.of(c.id, indexed.key).at(-1);
    },
    progressActionId: (action: PlanActionItem) => {
      const indexed = tracked(action);
      return indexed !== undefined && canChangeAction(principal, c, indexed)
        ? actionApiId(c.id, indexed.key)
        : null;
    },
  };
}

/** Registers every `/api/meetings` route. */
export function registerMeetingRoutes(app: FastifyInstance, http: HttpContext): void {
  const ctx: MeetingRoutesContext = {
    store: http.store,
    sessions: http.sessions,
    audit: http.audit,
    open: http.openDocument,
    remove: http.removeDocument,
    verklaring: http.meetings.verklaring,
    actions: http.actions.index,
    now: http.meetings.now,
  };
  const audit = (
    principal: Principal,
    action: "meeting.view" | "meeting.update" | "verslag.export" | "case.update",
    targetId: string,
    extra: {
      caseId?: string;
      caseIds?: string[];
      detail?: Record<string, string | number | boolean>;
    } = {},
  ) =>
    ctx.audit.record({
      action,
      actor: actorOf(principal),
      outcome: "allowed",
      targetId,
      caseId: extra.caseId,
      caseIds: extra.caseIds,
      detail: extra.detail,
    });

  /** Finds a cleared slot; a refusal (also by the confidentiality gate) is audited by the hook. */
  const clearedSlot = (principal: Principal, params: unknown): ClearedSlot => {
    const { id: meetingId, slotId } = parse(SlotParams, params);
    return findClearedSlot(ctx.store, principal, meetingId, slotId, ctx.now());
  };

  /** The slot's case as the chair and participants see it, with the plan's open actions. */
  const slotCaseView = async (principal: Principal, found: ClearedSlot): Promise<SlotCaseView> => {
    const actions = await readPlanActions(ctx.open, found.caseRecord.id);
    const now = ctx.now();
    const openActions = carriedActions(
      ctx.store,
      actions,
      wallTimeOf(now).date,
      carriedFollowUp(ctx, principal, found.caseRecord, actions),
    );
    return presentSlotCase(ctx.store, found, principal, openActions, now);
  };

  app.get("/api/meetings", async (request): Promise<MeetingList> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const meetings = ctx.store.meetings
      .list()
      .filter((m) => mayViewMeeting(principal, m))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((m) => presentMeetingListItem(ctx.store, m, principal));
    audit(principal, "meeting.view", "list", { detail: { count: meetings.length } });
    return { meetings };
  });

  app.get("/api/meetings/planning-options", async (request): Promise<PlanningOptions> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    if (!mayPlanMeeting(principal)) {
      ctx.audit.record({
        action: "meeting.view",
        actor: actorOf(principal),
        outcome: "denied",
        targetId: "planning-options",
      });
      throw forbidden();
    }
    const options = presentPlanningOptions(ctx.store, principal);
    // The form lists cases by title with their teams: a read of those cases, like the case list.
    ctx.audit.record({
      action: "meeting.view",
      actor: actorOf(principal),
      outcome: "allowed",
      targetId: "planning-options",
      caseIds: options.cases.map((c) => c.id),
      detail: { count: options.cases.length },
    });
    return options;
  });

  app.post("/api/meetings", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const plan = parse(MeetingPlanSchema, request.body);
    const planned = await planMeeting(ctx.store, principal, plan, ctx.now());
    for (const m of planned) {
      audit(principal, "meeting.update", m.id, {
        caseIds: casesOn(m.agenda),
        detail: { planned: true },
      });
    }
    request.log.info({ userId: principal.userId, count: planned.length }, "overleg planned");
    return reply.status(201).send({ ids: planned.map((m) => m.id) });
  });

  app.get("/api/meetings/:id", async (request): Promise<MeetingView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id: meetingId } = parse(MeetingParams, request.params);
    const meeting = findVisibleMeeting(ctx.store, principal, meetingId);
    const view = presentMeeting(ctx.store, meeting, principal, ctx.now());
    // Every case whose slot the page shows, if only by its title (free text that may name the
    // person); `titlesOnly` counts those the viewer is not yet cleared for (no verklaring signed).
    const shown = casesOn(visibleSlots(principal, meeting));
    const titlesOnly = shown.length - casesOn(view.agenda).length;
    audit(principal, "meeting.view", meeting.id, {
      caseIds: shown,
      ...(titlesOnly > 0 ? { detail: { titlesOnly } } : {}),
    });
    return view;
  });

  app.patch("/api/meetings/:id", async (request): Promise<MeetingView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id: meetingId } = parse(MeetingParams, request.params);
    const change = parse(MeetingChangeSchema, request.body);
    const changed = await changeMeeting(ctx.store, principal, meetingId, change, ctx.now());
    audit(principal, "meeting.update", changed.meeting.id, {
      caseIds: changed.caseIds,
      detail: {
        changed: true,
        slotsAdded: changed.added,
        slotsRemoved: changed.removedSlotIds.length,
      },
    });
    // What was written in a removed slot before the overleg goes with it; its sockets close. The
    // plan has changed either way: a deletion that fails is logged, not answered as a failed save.
    for (const slotId of changed.removedSlotIds) {
      await ctx
        .remove(formatDocName({ type: "meeting", meetingId: slotId }))
        .catch((err: unknown) => {
          const errorName = err instanceof Error ? err.name : "unknown";
          request.log.warn(
            { meetingId: changed.meeting.id, slotId, errorName },
            "removed slot's document not deleted",
          );
        });
    }
    await announceMeetingPlan(ctx.open, changed.meeting, request.log);
    return presentMeeting(ctx.store, changed.meeting, principal, ctx.now());
  });

  app.get("/api/meetings/:id/verklaring", async (request): Promise<VerklaringView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id: meetingId } = parse(MeetingParams, request.params);
    const meeting = findVisibleMeeting(ctx.store, principal, meetingId);
    const signed = ctx.store.meetings.verklaringOf(meeting.id, principal.userId);
    // No case data, but a read of the overleg all the same: the trail shows who was shown it.
    audit(principal, "meeting.view", meeting.id, { detail: { verklaring: true } });
    return { ...ctx.verklaring, signedAt: signed?.signedAt ?? null };
  });

  app.post("/api/meetings/:id/verklaring", async (request): Promise<VerklaringView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id: meetingId } = parse(MeetingParams, request.params);
    parse(SignVerklaringSchema, request.body);
    const signed = await signVerklaring(ctx.store, principal, meetingId, ctx.verklaring, ctx.now());
    audit(principal, "meeting.update", meetingId, {
      detail: { verklaring: true, version: signed.templateVersion },
    });
    const meeting = ctx.store.meetings.get(signed.meetingId);
    if (meeting)
      await announceSignature(ctx.store, ctx.open, meeting, principal.userId, request.log);
    return { ...ctx.verklaring, signedAt: signed.signedAt };
  });

  for (const step of ["start", "end"] as const) {
    app.post(`/api/meetings/:id/${step}`, async (request): Promise<MeetingView> => {
      const principal = await requirePrincipal(ctx.sessions, request);
      const { id: meetingId } = parse(MeetingParams, request.params);
      const run = step === "start" ? startMeeting : endMeeting;
      const meeting = await run(ctx.store, principal, meetingId, ctx.now());
      audit(principal, "meeting.update", meeting.id, { detail: { status: meeting.status } });
      if (step === "start") {
        await announceMeetingStart(ctx.open, meeting, ctx.now(), request.log);
        await recordChairPresent(ctx.open, meeting, ctx.now(), request.log);
      } else {
        await announceMeetingStatus(ctx.open, meeting.id, "afgerond", request.log);
      }
      return presentMeeting(ctx.store, meeting, principal, ctx.now());
    });
  }

  app.get("/api/meetings/:id/slots/:slotId", async (request): Promise<SlotCaseView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const found = clearedSlot(principal, request.params);
    const view = await slotCaseView(principal, found);
    audit(principal, "meeting.view", found.meeting.id, { caseId: found.caseRecord.id });
    return view;
  });

  app.post("/api/meetings/:id/slots/:slotId/correction", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const found = clearedSlot(principal, request.params);
    const correction = parse(SlotCorrectionSchema, request.body);
    await correctSlotRecord(ctx.open, principal, found, correction, ctx.now());
    // Ids and enums only: the text and the reason stay in the slot document.
    const corrected: Record<string, string> =
      correction.kind === "aanwezigheid"
        ? { personId: correction.userId, status: correction.status }
        : { besluitId: correction.besluitId };
    audit(principal, "meeting.update", found.meeting.id, {
      caseId: found.caseRecord.id,
      detail: {
        correction: correction.kind,
        slotId: found.slot.id,
        ...corrected,
        reason: correction.reason !== undefined,
      },
    });
    return reply.status(204).send();
  });

  app.get("/api/meetings/:id/slots/:slotId/verslag", async (request): Promise<VerslagOverview> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const found = clearedSlot(principal, request.params);
    audit(principal, "meeting.view", found.meeting.id, {
      caseId: found.caseRecord.id,
      detail: { verslag: true },
    });
    return verslagOverview(ctx, principal, found, ctx.now());
  });

  app.post("/api/meetings/:id/slots/:slotId/verslag", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const found = clearedSlot(principal, request.params);
    const reviewed = parse(FreezeVerslagSchema, request.body);
    const deps = { ...ctx, log: request.log };
    const frozen = await freezeVerslag(deps, principal, found, reviewed, ctx.now());
    audit(principal, "meeting.update", found.meeting.id, {
      caseId: found.caseRecord.id,
      detail: { verslagVersion: frozen.version },
    });
    return reply.status(201).send({ version: frozen.version, frozenAt: frozen.frozenAt });
  });

  app.put(
    "/api/meetings/:id/slots/:slotId/verslag/samenvatting",
    async (request): Promise<SamenvattingConceptView> => {
      const principal = await requirePrincipal(ctx.sessions, request);
      const found = clearedSlot(principal, request.params);
      const typed = parse(SamenvattingConceptSchema, request.body);
      const saved = await saveSamenvattingConcept(ctx, principal, found, typed, ctx.now());
      audit(principal, "meeting.update", found.meeting.id, {
        caseId: found.caseRecord.id,
        detail: { samenvattingConcept: typed.version },
      });
      return saved;
    },
  );

  app.get("/api/meetings/:id/slots/:slotId/verslag/:version/:format", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { version, format } = parse(ExportParams, request.params);
    const found = clearedSlot(principal, request.params);
    const file = await exportVerslag(ctx, principal, found, version, format, ctx.now());
    audit(principal, "verslag.export", found.meeting.id, {
      caseId: found.caseRecord.id,
      detail: { format, version },
    });
    return sendFile(reply, file);
  });

  app.post("/api/meetings/:id/slots/:slotId/phase", async (request): Promise<SlotCaseView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const found = clearedSlot(principal, request.params);
    const change = parse(PhaseChangeSchema, request.body);
    const { record, withdrawn } = await changeCasePhase(
      ctx.store,
      principal,
      found,
      change,
      ctx.now(),
    );
    audit(principal, "case.update", found.meeting.id, {
      caseId: found.caseRecord.id,
      detail: { from: record.from, to: record.to },
    });
    const cause = { closed: true };
    await reportWithdrawals(http, principal, found.caseRecord.id, withdrawn, cause, request.log);
    return slotCaseView(principal, found);
  });

  app.post("/api/meetings/:id/slots/:slotId/follow-up", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const found = clearedSlot(principal, request.params);
    const body = parse(FollowUpSchema, request.body);
    const existing = body.meetingId !== undefined;
    let followUp;
    try {
      followUp = await planFollowUp(ctx.store, principal, found, body, ctx.now());
    } catch (error: unknown) {
      // The refusal hook names the overleg in the path; the one refused here is named too.
      const refused = existing ? ctx.store.meetings.get(body.meetingId ?? "") : undefined;
      if (refused && error instanceof AppError && (error.status === 403 || error.status === 404)) {
        ctx.audit.record({
          action: "meeting.update",
          actor: actorOf(principal),
          outcome: "denied",
          targetId: refused.id,
          caseId: found.caseRecord.id,
          detail: { followUp: true, fromMeeting: found.meeting.id, status: error.status },
        });
      }
      throw error;
    }
    audit(principal, "meeting.update", followUp.id, {
      caseId: found.caseRecord.id,
      detail: existing
        ? { followUp: true, slotsAdded: 1, fromMeeting: found.meeting.id }
        : { followUp: true, fromMeeting: found.meeting.id },
    });
    if (existing) await announceMeetingPlan(ctx.open, followUp, request.log);
    return reply.status(existing ? 200 : 201).send({ id: followUp.id });
  });
}
