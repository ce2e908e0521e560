/**
 * The geheimhoudingsverklaring as signed: the template's text (templates/geheimhoudingsverklaring.md)
 * and its version line ("Versie 1"), read once and kept, so every signature names the version signed.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { TEMPLATES_DIR } from "../paths.js";

/** The verklaring text and its version. */
export interface VerklaringTemplate {
  version: string;
  text: string;
}

/** Reads the verklaring template; throws when it is missing (start-up should stop on that). */
export async function loadVerklaring(
  file = join(TEMPLATES_DIR, "geheimhoudingsverklaring.md"),
): Promise<VerklaringTemplate> {
  const text = (await readFile(file, "utf8")).trim();
  const version = /^Versie\s+(\S+)\s*$/m.exec(text)?.[1] ?? "onbekend";
  return { version, text };
}
