/** The connections a client process holds, so any workload step can reach them and `closeAll` frees them. */
import type { DocConnection, DocConnector } from "./driver.js";

const held = new Set<DocConnection>();

/** Opens `docName` and keeps the connection until `closeAllConnections`. */
export function hold(connector: DocConnector, docName: string): DocConnection {
  const connection = connector(docName);
  held.add(connection);
  return connection;
}

/** Destroys one held connection. */
export function release(connection: DocConnection): void {
  connection.destroy();
  held.delete(connection);
}

/** Destroys every held connection; returns how many there were. */
export function closeAllConnections(): number {
  const count = held.size;
  for (const connection of held) connection.destroy();
  held.clear();
  return count;
}

/** Close codes the servers sent on any held connection. */
export function heldCloseCodes(): number[] {
  return [...held].flatMap((connection) => connection.closeCodes);
}

/** Opens all `docNames` with at most `concurrency` handshakes in flight; resolves when all are synced. */
export async function openAll(
  connector: DocConnector,
  docNames: readonly string[],
  concurrency: number,
): Promise<DocConnection[]> {
  const opened: DocConnection[] = [];
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (next < docNames.length && !failed) {
      const docName = docNames[next++];
      if (docName === undefined) return;
      const connection = hold(connector, docName);
      opened.push(connection);
      // Once one document fails, the other lanes stop opening new ones.
      await connection.synced.catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return opened;
}
