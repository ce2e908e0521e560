/**
 * Entry point of a bench client process (forked by the orchestrator with an IPC channel). It runs the
 * commands of `protocol.ts` one message at a time and exits when the orchestrator goes away.
 */
import { burstAwait, burstOpen, burstWrite, coldSync } from "./burstWorkload.js";
import { idleOpen } from "./idleWorkload.js";
import { latencyOpen, latencyRun } from "./latencyWorkload.js";
import { closeAllConnections } from "./openConnections.js";
import type { ClientCommands, CommandName, CommandRequest, CommandResponse } from "./protocol.js";

type Handlers = {
  [K in CommandName]: (
    params: ClientCommands[K]["params"],
  ) => ClientCommands[K]["result"] | Promise<ClientCommands[K]["result"]>;
};

// Every y-websocket provider adds a process "exit" listener; a thousand idle documents are expected here.
process.setMaxListeners(0);

const handlers: Handlers = {
  latencyOpen,
  latencyRun,
  burstOpen,
  burstWrite,
  burstAwait,
  coldSync,
  idleOpen,
  closeAll: () => ({ closed: closeAllConnections() }),
};

function dispatch<K extends CommandName>(request: CommandRequest<K>): Promise<unknown> {
  const handler = handlers[request.command] as (params: ClientCommands[K]["params"]) => unknown;
  return Promise.resolve().then(() => handler(request.params));
}

function reply(response: CommandResponse): void {
  // The orchestrator may be gone (interrupted run); the answer then has nobody to go to.
  if (!process.connected) return;
  process.send?.(response, undefined, {}, () => undefined);
}

process.on("message", (message: CommandRequest) => {
  dispatch(message).then(
    (result) => reply({ id: message.id, ok: true, result }),
    (error: unknown) =>
      reply({
        id: message.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});

// The orchestrator owns this process: when it disconnects (finished or crashed), leave.
process.on("disconnect", () => {
  closeAllConnections();
  process.exit(0);
});
