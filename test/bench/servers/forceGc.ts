/**
 * Forces a full garbage collection in a server child through its inspector (`--inspect` on loopback),
 * so memory readings show what the server still holds rather than when V8 last happened to collect.
 * Protocol: GET /json/list gives the debugger websocket URL; one `HeapProfiler.collectGarbage`
 * command over it runs a full, compacting GC and answers when done.
 */
import WebSocket from "ws";

const GC_TIMEOUT_MS = 10_000;

/** The node flag that opens the inspector of a child on `port`, loopback only. */
export function inspectFlag(port: number): string {
  return `--inspect=127.0.0.1:${port}`;
}

/** Runs a full GC in the process whose inspector listens on `port`. */
export async function forceGc(port: number): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}/json/list`);
  const targets = (await response.json()) as { webSocketDebuggerUrl?: string }[];
  const url = targets[0]?.webSocketDebuggerUrl;
  if (url === undefined) throw new Error(`no inspector target on port ${port}`);
  const socket = new WebSocket(url);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("inspector GC timed out")), GC_TIMEOUT_MS);
      socket.once("error", reject);
      socket.once("open", () =>
        socket.send(JSON.stringify({ id: 1, method: "HeapProfiler.collectGarbage" })),
      );
      socket.on("message", (data: WebSocket.RawData) => {
        // The inspector sends text frames, which `ws` hands over as one Buffer.
        const message = JSON.parse(Buffer.isBuffer(data) ? data.toString("utf8") : "{}") as {
          id?: number;
        };
        if (message.id !== 1) return;
        clearTimeout(timer);
        resolve();
      });
    });
  } finally {
    socket.close();
  }
}
