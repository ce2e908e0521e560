import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors.js";
import { parse } from "./validate.js";

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  throw new Error("expected a 400");
}

describe("parse", () => {
  it("answers a 400 naming the field, ending in one full stop whether or not the schema's message has one", () => {
    const schema = z.object({
      location: z.string().min(1, "Vul een locatie of een videolink in."),
      title: z.string().min(1, "vul een titel in"),
    });
    expect(messageOf(() => parse(schema, { location: "", title: "x" }))).toBe(
      'Ongeldige invoer in veld "Locatie": Vul een locatie of een videolink in.',
    );
    expect(messageOf(() => parse(schema, { location: "x", title: "" }))).toBe(
      'Ongeldige invoer in veld "Titel": vul een titel in.',
    );
  });
});
