/** What HTTP routes get from the composition root. */
import type { ActionsModule } from "../actions/actionsModule.js";
import type { AuditTrail } from "../audit/auditTrail.js";
import type { LoginThrottle } from "../auth/loginThrottle.js";
import type { SessionService } from "../auth/sessions.js";
import type { Config } from "../config.js";
import type { DocumentHandle } from "../collab/types.js";
import type { MeetingsModule } from "../meetings/meetingsModule.js";
import type { Store } from "../store/store.js";
import type { TriageResult } from "../../shared/domain/triage.js";
import type { TemplateSet } from "../../shared/templates/templateSet.js";

/** Dependencies shared by all routes. */
export interface HttpContext {
  config: Config;
  /**
   * Origins whose pages may change data (and open websockets): the server's own and the configured
   * extras. Known once the server listens; no request arrives before.
   */
  allowedOrigins: () => readonly string[];
  store: Store;
  sessions: SessionService;
  throttle: LoginThrottle;
  /** Every access to case data is recorded here. */
  audit: AuditTrail;
  /** Action tracking (index, signals, status changes). */
  actions: ActionsModule;
  /** Overleggen (verklaring template, clock). */
  meetings: MeetingsModule;
  /** The document templates, loaded and checked at start-up. */
  templates: TemplateSet;
  /** Server-side access to a live document (the collaboration server's `openDocument`). */
  openDocument: (docName: string) => Promise<DocumentHandle>;
  /** Discards a live document and deletes it from disk (the collaboration server's `removeDocument`). */
  removeDocument: (docName: string) => Promise<void>;
  /** Runs the triage engine on a case's live documents. */
  evaluateTriage: (caseId: string) => Promise<TriageResult | undefined>;
}
