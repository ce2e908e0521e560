/**
 * Burst ingest and cold sync. One writer types single characters into its `burst` paragraph of the
 * document's prose (benchParagraphs.ts), each in its own transaction so each is its own update on the
 * wire, as fast as the loop runs; a reader in another process reports when it has them all. Cold sync
 * then times fresh clients until they hold the full text.
 */
import type * as Y from "yjs";
import { nowMicros } from "../metrics.js";
import { addParagraph, findParagraph, textOf } from "./benchParagraphs.js";
import { connectorFor } from "./connectors.js";
import type { DocConnection } from "./driver.js";
import { hold, release } from "./openConnections.js";
import type { ClientCommands } from "./protocol.js";

const PARAGRAPH_NAME = "burst";
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
  const { doc } = connection;
  const text = textOf(findParagraph(doc, PARAGRAPH_NAME) ?? addParagraph(doc, PARAGRAPH_NAME));
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
  // Looked up until it arrives, then kept: the check runs after every one of the burst's updates.
  let paragraph: Y.XmlElement | undefined;
  const lengthNow = (): number => {
    paragraph ??= findParagraph(connection.doc, PARAGRAPH_NAME);
    return paragraph === undefined ? 0 : textOf(paragraph).length;
  };
  if (lengthNow() >= length) return Promise.resolve(nowMicros());
  return new Promise((resolve, reject) => {
    const onUpdate = (): void => {
      if (lengthNow() < length) return;
      clearTimeout(timer);
      connection.doc.off("afterTransaction", onUpdate);
      resolve(nowMicros());
    };
    const timer = setTimeout(() => {
      connection.doc.off("afterTransaction", onUpdate);
      reject(new Error(`only ${lengthNow()} of ${length} characters after ${timeoutMs} ms`));
    }, timeoutMs);
    connection.doc.on("afterTransaction", onUpdate);
  });
}
