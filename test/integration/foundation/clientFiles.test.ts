import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_DIST } from "../../../server/paths.js";
import { startTestServer, type TestServer } from "../../support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

const assets = readdirSync(join(CLIENT_DIST, "assets"));
const script = assets.find((name) => name.endsWith(".js"));
const sourceMap = assets.find((name) => name.endsWith(".js.map"));

describe("the built client", () => {
  it("gets the app shell on a client route", async () => {
    const res = await server.api("/casussen");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
  });

  it("serves its scripts without pointing to a source map", async () => {
    expect(script).toBeDefined();
    const res = await server.api(`/assets/${script}`);
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain("sourceMappingURL");
  });

  it("keeps the source maps it built to itself", async () => {
    expect(sourceMap).toBeDefined();
    const res = await server.api(`/assets/${sourceMap}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("sourcesContent");
  });

  it("answers a bundle that is not there with 404, not with the app shell", async () => {
    const res = await server.api("/assets/index-gone.js");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("text/plain");
  });
});
