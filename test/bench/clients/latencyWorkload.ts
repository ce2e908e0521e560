/**
 * Propagation latency: every editor writes the current time (shared monotonic clock, µs) into an
 * attribute of its own paragraph of the document's prose (benchParagraphs.ts), `rate` times a second;
 * every other editor of that document computes now − sent when the change arrives. Client processes
 * share the machine, so they share the clock.
 */
import * as Y from "yjs";
import { nowMicros } from "../metrics.js";
import { connectorFor } from "./connectors.js";
import { addParagraph, proseOf } from "./benchParagraphs.js";
import type { DocConnection } from "./driver.js";
import { heldCloseCodes, openAll } from "./openConnections.js";
import type { ClientCommands, LatencyResult } from "./protocol.js";

interface Editor {
  readonly doc: Y.Doc;
  readonly name: string;
  /**
   * The editor's own paragraph, whose `SENT` attribute it sets; added when the run starts, once
   * every editor is connected (a bare relay keeps no state for one who connects later).
   */
  paragraph?: Y.XmlElement;
}

/** The attribute an edit sets: the time it was sent, in µs. */
const SENT = "data-sent";

let editors: Editor[] = [];
const SYNC_CONCURRENCY = 20;
/** How often the sender checks which edits are due. */
const TICK_MS = 5;
/** At most this many overdue edits per editor are sent in one tick. */
const MAX_CATCH_UP = 5;
/** The drain ends once no update has arrived for this long. */
const QUIET_MS = 750;

/** Opens every (document, editor) pair this process plays. */
export async function latencyOpen(
  params: ClientCommands["latencyOpen"]["params"],
): Promise<ClientCommands["latencyOpen"]["result"]> {
  const connector = connectorFor(params.target);
  const pairs = params.docNames.flatMap((docName) =>
    params.editorIds.map((editorId) => ({ docName, editorId })),
  );
  const connections = await openAll(
    connector,
    pairs.map((pair) => pair.docName),
    SYNC_CONCURRENCY,
  );
  editors = connections.map((connection: DocConnection, index) => ({
    doc: connection.doc,
    name: `editor-${pairs[index]?.editorId ?? index}`,
  }));
  return { connections: connections.length };
}

/** Runs the edit schedule and collects the latencies this process observes. */
export async function latencyRun(
  params: ClientCommands["latencyRun"]["params"],
): Promise<LatencyResult> {
  const measureFrom = params.startAtMicros + params.warmupMs * 1000;
  const measureUntil = measureFrom + params.measureMs * 1000;
  const samples: number[] = [];
  let delivered = 0;
  let sent = 0;
  for (const editor of editors) editor.paragraph = addParagraph(editor.doc, editor.name);
  const observers = editors.map((editor) => {
    const prose = proseOf(editor.doc);
    const observer = (events: Y.YEvent<Y.XmlElement>[], transaction: Y.Transaction): void => {
      if (transaction.local) return;
      const receivedAt = nowMicros();
      for (const event of events) {
        const { target } = event;
        if (!(event instanceof Y.YXmlEvent) || !(target instanceof Y.XmlElement)) continue;
        if (!event.attributesChanged.has(SENT)) continue;
        const sentAt = Number(target.getAttribute(SENT));
        if (!Number.isFinite(sentAt)) continue;
        delivered++;
        if (sentAt >= measureFrom && sentAt < measureUntil) samples.push(receivedAt - sentAt);
      }
    };
    prose.observeDeep(observer);
    return () => prose.unobserveDeep(observer);
  });

  await sendOnSchedule(params, () => sent++);
  // Drain until deliveries stop arriving, so slow late updates are measured rather than dropped.
  const drainUntil = Date.now() + params.drainMs;
  let lastCount = -1;
  while (delivered !== lastCount && Date.now() < drainUntil) {
    lastCount = delivered;
    await sleep(QUIET_MS);
  }
  for (const stop of observers) stop();
  return { samples, delivered, sent, closeCodes: heldCloseCodes() };
}

/**
 * Open-loop load: each editor's edits are due at fixed times (a random phase per editor spreads them),
 * and a fast ticker sends whatever is due. Timers that fire late on a busy machine then catch up
 * instead of quietly lowering the offered rate; each edit carries the time it was actually sent.
 */
async function sendOnSchedule(
  params: ClientCommands["latencyRun"]["params"],
  onSent: () => void,
): Promise<void> {
  const periodMicros = 1_000_000 / params.rate;
  const stopAt = params.startAtMicros + (params.warmupMs + params.measureMs) * 1000;
  const due = editors.map(() => params.startAtMicros + Math.random() * periodMicros);
  await new Promise<void>((resolve) => {
    const ticker = setInterval(() => {
      const now = nowMicros();
      if (now >= stopAt) {
        clearInterval(ticker);
        resolve();
        return;
      }
      editors.forEach((editor, index) => {
        let next = due[index] ?? stopAt;
        for (let burst = 0; next <= now && burst < MAX_CATCH_UP; burst++) {
          editor.paragraph?.setAttribute(SENT, String(nowMicros()));
          onSent();
          next += periodMicros;
        }
        due[index] = next;
      });
    }, TICK_MS);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
