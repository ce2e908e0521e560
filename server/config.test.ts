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

describe("AUDIT_ANCHOR_KEY", () => {
  it("is the key's bytes when set, and no key when not", () => {
    const key = "k".repeat(40);
    expect(loadConfig({ AUDIT_ANCHOR_KEY: key }).auditAnchorKey).toEqual(Buffer.from(key));
    expect(loadConfig({}).auditAnchorKey).toBeNull();
  });

  it("stops start-up on a key shorter than 32 characters, without repeating the key", () => {
    const attempt = () => loadConfig({ AUDIT_ANCHOR_KEY: "geheim-maar-kort" });
    expect(attempt).toThrow(/Invalid configuration: AUDIT_ANCHOR_KEY: at least 32 characters/);
    expect(attempt).not.toThrow(/geheim-maar-kort/);
  });
});
