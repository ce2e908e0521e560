/**
 * Burst ingest and cold sync. One writer inserts single characters into the document's `burst` text,
 * each in its own transaction so each is its own update on the wire, as fast as the loop runs; a reader
 * in another process reports when it has them all. Cold sync then times fresh clients until they hold
 * the full text.
 */
import { nowMicros } from "../metrics.js";
import { connectorFor } from "./connectors.js";
import type { DocConnection } from "./driver.js";
import { hold, release } from "./openConnections.js";
import type { ClientCommands } from "./protocol.js";

const TEXT_NAME = "burst";
let burstConnection: DocConnection | undefined;

/** Opens this process's connection to the burst document (writer or reader). */
export async function burstOpen(
  params: ClientCommands["burstOpen"]["params"],
): Promise<ClientCommands["burstOpen"]["result"]> {
  burstConnection = hold(connectorFor(params.target), params.docName);
  await burstConnection.synced;
  return { connections: 1 };
}

/** Sends the burst: one update per character, no batching. */
export function burstWrite(
  params: ClientCommands["burstWrite"]["params"],
): ClientCommands["burstWrite"]["result"] {
  const connection = requireBurstConnection();
  const text = connection.doc.getText(TEXT_NAME);
  const startedAtMicros = nowMicros();
  for (let i = 0; i < params.updates; i++) text.insert(text.length, "x");
  return { startedAtMicros, closeCodes: [...connection.closeCodes] };
}

/** Waits until the burst connection holds `updates` characters. */
export function burstAwait(
  params: ClientCommands["burstAwait"]["params"],
): Promise<ClientCommands["burstAwait"]["result"]> {
  const connection = requireBurstConnection();
  return waitForLength(connection, params.updates, params.timeoutMs).then((completedAtMicros) => ({
    completedAtMicros,
  }));
}

/** Times `runs` new clients, one after another, from connect to holding the full text. */
export async function coldSync(
  params: ClientCommands["coldSync"]["params"],
): Promise<ClientCommands["coldSync"]["result"]> {
  const connector = connectorFor(params.target);
  const millis: number[] = [];
  for (let run = 0; run < params.runs; run++) {
    const started = nowMicros();
    const connection = hold(connector, params.docName);
    await connection.synced;
    await waitForLength(connection, params.expectedLength, 60_000);
    millis.push((nowMicros() - started) / 1000);
    release(connection);
  }
  return { millis };
}

function requireBurstConnection(): DocConnection {
  if (!burstConnection) throw new Error("burstOpen must come first");
  return burstConnection;
}

/** Resolves with the time the text first reaches `length`, checked after every applied update. */
function waitForLength(
  connection: DocConnection,
  length: number,
  timeoutMs: number,
): Promise<number> {
  const text = connection.doc.getText(TEXT_NAME);
  if (text.length >= length) return Promise.resolve(nowMicros());
  return new Promise((resolve, reject) => {
    const onUpdate = (): void => {
      if (text.length < length) return;
      clearTimeout(timer);
      connection.doc.off("afterTransaction", onUpdate);
      resolve(nowMicros());
    };
    const timer = setTimeout(() => {
      connection.doc.off("afterTransaction", onUpdate);
      reject(new Error(`only ${text.length} of ${length} characters after ${timeoutMs} ms`));
    }, timeoutMs);
    connection.doc.on("afterTransaction", onUpdate);
  });
}
