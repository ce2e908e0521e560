/** Runs `collabServerProcess.ts` as a child process, for tests that kill the server. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A harness server in a child process. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  url: string;
  origin: string;
}

const ENTRY = fileURLToPath(new URL("./collabServerProcess.ts", import.meta.url));

/** Starts the server process on `dataDir` and waits until it listens. */
export function spawnCollabServer(dataDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", ENTRY, dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.once("exit", (code) => reject(new Error(`server process exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PORT (\d+)/.exec(output);
      if (match) {
        const port = Number(match[1]);
        const origin = `http://127.0.0.1:${port}`;
        resolve({ child, port, origin, url: `ws://127.0.0.1:${port}/collab` });
      }
    });
  });
}

/** Kills the process with a signal and waits until it is gone. */
export function killProcess(proc: ServerProcess, signal: NodeJS.Signals): Promise<number | null> {
  const { child } = proc;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    proc.child.once("exit", (code) => resolve(code));
    proc.child.kill(signal);
  });
}
