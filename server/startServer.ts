/**
 * Wires the server together: store → sessions → HTTP app → listen. Used by the composition root
 * (index.ts) and by integration tests, which start it on port 0 with a temp DATA_DIR.
 */
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { auditTrailRecorder } from "./actions/actionAudit.js";
import { actionsFingerprint } from "./actions/actionsFingerprint.js";
import { createActionsModule } from "./actions/actionsModule.js";
import { createAuditExtension } from "./audit/auditExtension.js";
import { loadTemplates } from "./documents/templateLoader.js";
import { templateSeeder } from "./documents/templateSeeder.js";
import { actorOf, AuditTrail } from "./audit/auditTrail.js";
import { LoginThrottle } from "./auth/loginThrottle.js";
import { SessionService } from "./auth/sessions.js";
import {
  createCollabServer,
  DocumentUnavailableError,
  type CollabServer,
  type DocumentHandle,
} from "./collab/index.js";
import type { Config } from "./config.js";
import { documentUnavailable } from "./errors.js";
import { DEMO_PASSWORD } from "./demo/demoRegion.js";
import { leefgebiedenUpkeepExtension } from "./extensions/leefgebiedenUpkeep.js";
import { createTriageSummary } from "./extensions/triageSummary.js";
import { seedDemo } from "./demo/seedDemo.js";
import { seedDemoDocuments } from "./demo/seedDemoDocuments.js";
import { buildHttpApp } from "./http/app.js";
import { createActionsAnnouncer } from "./meetings/actionsAnnouncer.js";
import { createMeetingsModule } from "./meetings/meetingsModule.js";
import { sessionActivityExtension } from "./auth/sessionActivity.js";
import { principalOfUpgrade } from "./http/requestAuth.js";
import { errorFacts, type Log } from "./log.js";
import { TEMPLATES_DIR } from "./paths.js";
import { documentUpdateGuard } from "./policies/documentWritePolicy.js";
import { documentAccess, documentSharesPresence } from "./policies/documentPolicy.js";
import { createRetentionJob, type RetentionJob } from "./retention/retentionJob.js";
import { openFileStore } from "./store/openStore.js";
import { COLLAB_PATH_PREFIX, parseDocName } from "../shared/wire/docNames.js";
import { configureDutchValidation } from "../shared/api/validationMessages.js";
import type { Store } from "./store/store.js";

const SESSION_PRUNE_INTERVAL_MS = 60_000;

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  collab: CollabServer;
  /** The daily job that destroys closed cases whose retention ended (tests run it on a date). */
  retention: RetentionJob;
  /** Stops accepting, closes sockets, flushes every write. */
  close(): Promise<void>;
}

/** Opens the store (seeding the demo region when asked) and starts listening. */
export async function startServer(config: Config, log: Log): Promise<RunningServer> {
  configureDutchValidation();
  const { store, created } = await openFileStore(config.dataDir);
  if (created && config.demo) {
    await seedDemo(store, config.demoExtraCases);
    log.info({ extraCases: config.demoExtraCases }, "demo region created");
  }
  if (store.users.count() === 0) {
    log.warn("no accounts yet: create the first beheerder with `npm run admin:create`");
  }

  // Templates are checked before listening: a broken template stops start-up with one clear message.
  const templates = await loadTemplates(TEMPLATES_DIR);
  // A case being destroyed gets no template again should one of its documents be opened late.
  const seeder = templateSeeder(templates, (caseId) => {
    const c = store.cases.get(caseId);
    return c?.destroying === undefined ? c?.kind : undefined;
  });
  const audit = await AuditTrail.open(
    join(config.dataDir, "audit"),
    (caseId) => store.cases.get(caseId)?.betrokkenen.map((b) => b.id) ?? [],
    log,
    config.auditAnchorKey,
  );
  if (config.auditAnchorKey === null && !config.demo) {
    log.warn(
      "AUDIT_ANCHOR_KEY is not set: the audit trail's anchor is unsigned, so a trail computed anew by whoever can write DATA_DIR passes the chain check",
    );
  }
  const sessions = new SessionService(store, config.sessionIdleMs, config.sessionMaxMs);
  const throttle = new LoginThrottle(
    { perUser: config.loginMaxFailures, perAddress: config.loginMaxFailuresPerAddress },
    config.loginWindowMs,
  );
  // Created after listening (its allowed origins need the port); the HTTP side reaches it, and the
  // origins, through this.
  const started: { collab?: CollabServer; origins: readonly string[] } = { origins: [] };
  const openDocument = async (docName: string): Promise<DocumentHandle> => {
    if (!started.collab) throw new Error("collab not started");
    try {
      return await started.collab.openDocument(docName);
    } catch (error) {
      throw error instanceof DocumentUnavailableError ? documentUnavailable() : error;
    }
  };
  const removeDocument = async (docName: string): Promise<void> => {
    if (!started.collab) throw new Error("collab not started");
    await started.collab.removeDocument(docName);
  };
  const actionsAnnouncer = createActionsAnnouncer({
    store,
    open: openDocument,
    log,
    now: () => new Date(),
    // Called only once a change was gathered, after the module below exists.
    fingerprint: (caseId) => actionsFingerprint(actions.index, store, caseId),
  });
  const actions = await createActionsModule({
    dataDir: config.dataDir,
    store,
    logger: log,
    recordAudit: auditTrailRecorder(audit, store),
    openDocument,
    onCaseActionsChanged: (caseId) => actionsAnnouncer.changed(caseId),
  });
  const triageSummary = createTriageSummary({ store, openDocument, logger: log });
  const meetings = await createMeetingsModule({ store, log, openDocument });
  const app = await buildHttpApp(
    {
      config,
      allowedOrigins: () => started.origins,
      store,
      sessions,
      throttle,
      audit,
      actions,
      meetings,
      templates,
      openDocument,
      removeDocument,
      evaluateTriage: triageSummary.evaluate,
    },
    log,
  );
  // Websocket upgrades share the HTTP port; until the collab server exists they get a 503.
  app.server.on("upgrade", (req, socket, head) => {
    if (!req.url?.startsWith(COLLAB_PATH_PREFIX)) socket.destroy();
    else if (!started.collab)
      socket.end("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n");
    else started.collab.handleUpgrade(req, socket, head);
  });

  // Every path that ends a session (logout, expiry, a blocked account, a new password) closes its sockets.
  store.events.on("sessionEnded", (id) => started.collab?.closeSession(id));
  const pruneTimer = setInterval(() => {
    sessions
      .pruneExpired()
      .catch((err: unknown) => log.error(errorFacts(err), "session pruning failed"));
  }, SESSION_PRUNE_INTERVAL_MS);
  pruneTimer.unref();

  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  started.origins = ownOrigins(config, url, port);

  const running = createCollabServer({
    dataDir: config.dataDir,
    authenticate: (req) => principalOfUpgrade(sessions, req),
    // Every document open is audited: none while the trail cannot be written (auditGate.ts).
    accepting: () => audit.healthy,
    authorize: (principal, docName) => {
      const access = documentAccess(store, principal, docName);
      if (access === "none") {
        const caseId = caseIdOfDocument(store, docName);
        audit.record({
          action: "document.denied",
          actor: actorOf(principal),
          outcome: "denied",
          caseId: caseId !== undefined && store.cases.get(caseId) ? caseId : undefined,
          // A name typed for a case or overleg that does not exist is no fact to keep.
          docName: documentExists(store, docName) ? docName : undefined,
        });
      }
      return Promise.resolve(access);
    },
    updateGuard: documentUpdateGuard,
    sharesPresence: (docName) => documentSharesPresence(store, docName),
    extensions: [
      sessionActivityExtension(sessions),
      seeder,
      leefgebiedenUpkeepExtension,
      createAuditExtension(audit, (docName) => caseIdOfDocument(store, docName)),
      triageSummary.extension,
      actions.extension,
    ],
    allowedOrigins: [...started.origins],
    logger: log,
    limits: { unloadDelayMs: config.collabUnloadDelayMs },
  });
  started.collab = running;
  if (created && config.demo) {
    await seedDemoDocuments({
      store,
      openDocument: (docName) => running.openDocument(docName),
      indexPlan: (caseId, doc) => actions.extractor.extractPlan(caseId, doc, []),
      refreshTriage: (caseId) => triageSummary.refresh(caseId),
      now: new Date(),
    });
  }
  // Before the jobs' first runs: a case they close or destroy must close its open sockets.
  store.events.on("accessChanged", (change) => {
    running
      .revalidate(change)
      .catch((err: unknown) => log.error(errorFacts(err), "revalidation failed"));
    // A case's phase or team changed: the overleg screens showing it load it again if they would
    // see something new (its phase: the fingerprint tells).
    if (change.caseId !== undefined) actionsAnnouncer.changed(change.caseId);
  });
  await actions.start();
  meetings.start();
  const retention = createRetentionJob({
    store,
    audit,
    collab: running,
    open: openDocument,
    index: actions.index,
    signals: actions.signals,
    logger: log,
  });
  await retention.start();

  log.info({ url }, `Casustafel listening on ${url}`);
  if (config.demo && store.users.findByUsername("pr.jansen")) {
    log.info(
      `Demo mode is on: log in at ${url} as pr.jansen (or cr.bakker, dn.devries, dn.smit, in.school, beheer) with password "${DEMO_PASSWORD}"`,
    );
  }

  return {
    url,
    port,
    store,
    collab: running,
    retention,
    async close() {
      clearInterval(pruneTimer);
      await retention.stop();
      meetings.close();
      await actionsAnnouncer.close();
      await running.shutdown();
      await actions.close();
      await app.close();
      await Promise.all([store.flush(), audit.close()]);
    },
  };
}

/**
 * Origins whose pages may open websockets and change data: the server's own (as configured and as
 * listening) and extras.
 */
function ownOrigins(config: Config, url: string, port: number): string[] {
  const origins = new Set([url, ...config.allowedOrigins]);
  if (config.publicOrigin) origins.add(new URL(config.publicOrigin).origin);
  if (config.host === "127.0.0.1" || config.host === "localhost" || config.host === "0.0.0.0") {
    origins.add(`http://localhost:${port}`);
    origins.add(`http://127.0.0.1:${port}`);
  }
  return [...origins];
}

/** Whether the named document's case, or its overleg or slot, exists. */
function documentExists(store: Store, docName: string): boolean {
  const doc = parseDocName(docName);
  if (doc?.type === "case") return store.cases.get(doc.caseId) !== undefined;
  return (
    doc !== null &&
    (store.meetings.get(doc.meetingId) !== undefined ||
      store.meetings.findSlot(doc.meetingId) !== undefined)
  );
}

/** The case whose data a document holds: a case document's own, or an overleg slot's case. */
function caseIdOfDocument(store: Store, docName: string): string | undefined {
  const doc = parseDocName(docName);
  if (doc?.type === "case") return doc.caseId;
  return doc ? store.meetings.findSlot(doc.meetingId)?.slot.caseId : undefined;
}
