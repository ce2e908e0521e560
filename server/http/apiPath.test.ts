import { describe, expect, it } from "vitest";
import { decodedPath, isApiPath } from "./apiPath.js";

describe("isApiPath", () => {
  it("reads the path as the router does: percent-encoded letters are the API too", () => {
    expect(isApiPath("/api/cases?fase=triage")).toBe(true);
    expect(isApiPath("/%61pi/cases")).toBe(true);
    expect(isApiPath("/%2561pi/cases")).toBe(false);
  });

  it("leaves the app's own pages and a path it cannot decode outside the API", () => {
    expect(isApiPath("/casussen/case_1?document=plan")).toBe(false);
    expect(isApiPath("/apix")).toBe(false);
    expect(isApiPath("/%E0%A4%A")).toBe(false);
  });
});

describe("decodedPath", () => {
  it("drops the query and decodes what it can", () => {
    expect(decodedPath("/%61pi/health?x=1")).toBe("/api/health");
    expect(decodedPath("/%E0%A4%A")).toBe("/%E0%A4%A");
  });
});
