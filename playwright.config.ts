// End-to-end tests in the system Chromium (never a downloaded browser). Each test file starts
// its own built server on a free port with a fresh data directory (see test/e2e/fixtures.ts).
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "test/e2e",
  // Traces and screenshots of failures stay inside test/ (gitignored), not at the top level.
  outputDir: "test/e2e/results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  use: {
    headless: true,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
