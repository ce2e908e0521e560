/**
 * Prepares one person's inzageoverzicht for download, covering every case of the region that holds
 * them (personCases.ts): the case asked from must be visible to the caller (404
 * otherwise, the same answer as for an unknown case), the caller must be a procesregisseur of the
 * case's region (403), and the person must be one of the case's persons concerned (404). The file
 * name holds the date only: no name, no id.
 */
import type { VerslagFormat } from "../../shared/api/meetings.js";
import type { Principal } from "../auth/principal.js";
import { findVisibleCase } from "../commands/caseOpener.js";
import { forbidden, notFound } from "../errors.js";
import { mayExportInzage } from "../policies/casePolicy.js";
import { renderBlocks, type VerslagFile } from "../meetings/verslagRender.js";
import { dutchDate } from "../../shared/domain/regionTime.js";
import { collectInzage, type InzageSources } from "./inzageContent.js";
import { casesOfPerson } from "./personCases.js";
import { INZAGE_LABELS, inzageBlocks } from "./inzageBlocks.js";

/** What was exported, for the audit entry: ids and counts only. */
export interface InzageExport {
  file: VerslagFile;
  /** The cases it covers, the one asked from first, and the person's id in each. */
  caseIds: string[];
  subjectIds: string[];
  /** How many audit entries about the person the access overview sums up. */
  accessEntries: number;
}

/** Builds the file; throws 404/403 as described above. */
export async function exportInzage(
  sources: InzageSources,
  principal: Principal,
  caseId: string,
  betrokkeneId: string,
  format: VerslagFormat,
  now: Date,
): Promise<InzageExport> {
  const found = findVisibleCase(sources.store, principal, caseId);
  if (!mayExportInzage(principal, found)) throw forbidden();
  const person = found.betrokkenen.find((b) => b.id === betrokkeneId);
  if (person === undefined) throw notFound();
  // The ZVH answers the request, not a professional by name (the person may write back to it).
  const preparedBy = sources.store.organisations.get(principal.organisationId)?.name ?? "-";
  const held = casesOfPerson(sources.store, principal, found, person);
  const content = await collectInzage(sources, held, preparedBy, now);
  const file = await renderBlocks(
    inzageBlocks(content),
    INZAGE_LABELS.title,
    format,
    `inzageoverzicht-${dutchDate(now)}.${format}`,
  );
  const accessEntries = content.access.reduce((sum, row) => sum + row.count, 0);
  return {
    file,
    caseIds: held.map(({ record }) => record.id),
    subjectIds: held.map(({ person: p }) => p.id),
    accessEntries,
  };
}
