import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { configureDutchValidation } from "./validationMessages.js";

beforeAll(() => configureDutchValidation());

/** The first message zod gives for `input`. */
function messageOf(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return result.error.issues[0]?.message ?? "";
}

describe("zod's own messages, in Dutch", () => {
  it("names a wrong or missing type in words, not in programmers' types", () => {
    const schema = z.object({ title: z.string(), minutes: z.number(), tags: z.array(z.string()) });
    expect(messageOf(schema, { title: 5, minutes: 1, tags: [] })).toBe(
      "verwacht tekst, maar kreeg een getal",
    );
    expect(messageOf(schema, { title: "x", minutes: "10", tags: [] })).toBe(
      "verwacht een getal, maar kreeg tekst",
    );
    expect(messageOf(schema, { title: "x", minutes: 1, tags: null })).toBe(
      "verwacht een lijst, maar kreeg niets (null)",
    );
    expect(messageOf(schema, { minutes: 1, tags: [] })).toBe("verwacht tekst, maar het ontbreekt");
  });

  it("says how long, how many or how big something may be", () => {
    expect(messageOf(z.string().max(200), "x".repeat(201))).toBe("maximaal 200 tekens");
    expect(messageOf(z.string().min(1), "")).toBe("mag niet leeg zijn");
    expect(messageOf(z.array(z.string()).max(2), ["a", "b", "c"])).toBe("maximaal 2 items");
    expect(messageOf(z.number().int().min(0), -5)).toBe("mag niet kleiner zijn dan 0");
    expect(messageOf(z.number().max(480), 481)).toBe("mag niet groter zijn dan 480");
  });

  it("lists the choices of an enum, and names a field that does not belong", () => {
    expect(messageOf(z.enum(["pdf", "docx"]), "xls")).toBe("kies uit pdf, docx");
    expect(messageOf(z.strictObject({ a: z.string() }), { a: "x", b: 1 })).toBe("onbekend veld b");
  });

  it("keeps a schema's own message", () => {
    expect(messageOf(z.string().min(1, "Vul een titel in."), "")).toBe("Vul een titel in.");
  });
});
