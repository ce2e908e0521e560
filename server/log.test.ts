import { describe, expect, it } from "vitest";
import { errorFacts } from "./log.js";

describe("errorFacts", () => {
  it("keeps an error's name, code and frames, and leaves out its message", () => {
    const error: NodeJS.ErrnoException = new SyntaxError(
      'Unexpected token in "Jan Jansen, 123456782"',
    );
    error.code = "E_PARSE";
    const facts = errorFacts(error);
    expect(facts).toMatchObject({ errName: "SyntaxError", code: "E_PARSE" });
    expect(facts.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(facts)).not.toContain("Jansen");
    expect(JSON.stringify(facts)).not.toContain("123456782");
  });

  it("names what was thrown when it is no error", () => {
    expect(errorFacts("Jan Jansen")).toEqual({ errName: "string" });
  });
});
