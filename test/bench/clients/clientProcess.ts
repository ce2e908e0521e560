/** Orchestrator side of a bench client process: forks `worker.ts` and sends it typed commands. */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../servers/serverProcess.js";
import type { ClientCommands, CommandName, CommandRequest, CommandResponse } from "./protocol.js";

const WORKER_ENTRY = fileURLToPath(new URL("./worker.ts", import.meta.url));

/** One client process; `request` resolves with the command's result or rejects with its error. */
export class ClientProcess {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  private constructor(private readonly child: ChildProcess) {
    child.on("message", (message: CommandResponse) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(new Error(message.error));
    });
    // A failed send is reported through the pending request's rejection on exit, not as a crash.
    child.on("error", () => undefined);
    child.on("exit", (code, signal) => {
      for (const waiter of this.pending.values())
        waiter.reject(new Error(`client process exited (${code ?? signal})`));
      this.pending.clear();
    });
  }

  /** Forks a client process running under tsx. */
  static start(): ClientProcess {
    const child = fork(WORKER_ENTRY, [], {
      // From the project root, so `--import tsx` resolves whatever directory the bench was started in.
      cwd: PROJECT_ROOT,
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    return new ClientProcess(child);
  }

  /** Pid of the client process (for its CPU reading). */
  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Sends one command and waits for its result. */
  request<K extends CommandName>(
    command: K,
    params: ClientCommands[K]["params"],
  ): Promise<ClientCommands[K]["result"]> {
    const id = this.nextId++;
    const message: CommandRequest<K> = { id, command, params };
    return new Promise<ClientCommands[K]["result"]>((resolve, reject) => {
      if (!this.child.connected) {
        reject(new Error(`client process is gone, cannot run ${command}`));
        return;
      }
      this.pending.set(id, {
        resolve: (value) => resolve(value as ClientCommands[K]["result"]),
        reject,
      });
      this.child.send(message);
    });
  }

  /** Ends the process: closing the IPC channel makes it close its sockets and exit; killed if it lingers. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    if (this.child.connected) this.child.disconnect();
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
}
