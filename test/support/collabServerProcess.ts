/**
 * Entry point of a harness server in its own process (crash tests): `node --import tsx
 * test/support/collabServerProcess.ts <dataDir>`. Every user `u<N>` has a session and write
 * access to every document. Prints `PORT <port>` once listening; stops cleanly on SIGTERM.
 */
import { startCollabHarness } from "./collabHarness.js";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: collabServerProcess.ts <dataDir>");

const harness = await startCollabHarness({ dataDir, defaultAccess: "write" });
for (let i = 0; i < 10; i++) harness.addUser(`u${i}`);
process.stdout.write(`PORT ${harness.port}\n`);
process.on("SIGTERM", () => {
  void harness.stop().then(() => process.exit(0));
});
