/** Memory workload, client side: open many documents and keep them idle until told to close. */
import { nowMicros } from "../metrics.js";
import { connectorFor } from "./connectors.js";
import { openAll } from "./openConnections.js";
import type { ClientCommands } from "./protocol.js";

/** Opens every document once and waits until all are synced. */
export async function idleOpen(
  params: ClientCommands["idleOpen"]["params"],
): Promise<ClientCommands["idleOpen"]["result"]> {
  const started = nowMicros();
  const connections = await openAll(
    connectorFor(params.target),
    params.docNames,
    params.concurrency,
  );
  return { connections: connections.length, millis: (nowMicros() - started) / 1000 };
}
