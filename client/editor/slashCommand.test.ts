import { describe, expect, it } from "vitest";
import { endsWithSlashCommand } from "./slashCommand.js";

describe("endsWithSlashCommand", () => {
  it("accepts the command alone or after a space", () => {
    expect(endsWithSlashCommand("/actie")).toBe(true);
    expect(endsWithSlashCommand("Afspraak /actie")).toBe(true);
  });

  it("ignores the command inside a word or a path", () => {
    expect(endsWithSlashCommand("zie map/actie")).toBe(false);
    expect(endsWithSlashCommand("/acties")).toBe(false);
  });
});
