import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("ALLOWED_ORIGINS", () => {
  it("keeps each entry as its origin, so a trailing slash or capitals still match the browser's Origin", () => {
    const config = loadConfig({
      ALLOWED_ORIGINS: " http://Ontwikkel.local:5173/ ,https://zvh.example",
    });
    expect(config.allowedOrigins).toEqual(["http://ontwikkel.local:5173", "https://zvh.example"]);
  });

  it("stops start-up with the variable named when an entry is no origin", () => {
    expect(() => loadConfig({ ALLOWED_ORIGINS: "zvh.example" })).toThrow(
      /Invalid configuration: ALLOWED_ORIGINS: "zvh.example" is no http\(s\) origin/,
    );
  });
});
