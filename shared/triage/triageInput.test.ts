import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readLeefgebieden, setLeefgebiedScore } from "../docs/leefgebiedenDoc.js";
import { readTriage, setBekendBij, setCriterion, setRtiG } from "../docs/triageDoc.js";
import { triageCase } from "./triageCase.js";
import { triageInputFromDocs } from "./triageInput.js";

const stamp = { by: "u-1", at: "2025-01-01T10:00:00.000Z" };

describe("triageInputFromDocs", () => {
  it("turns the triage and leefgebieden documents into the outcome the engine gives", () => {
    const triageDoc = new Y.Doc();
    setCriterion(triageDoc, "veiligheid", "ja", stamp);
    setRtiG(triageDoc, "hoog", stamp);
    setBekendBij(triageDoc, "org-politie", "ja", stamp);
    setBekendBij(triageDoc, "org-onbekend", "nee", stamp);
    const leefgebiedenDoc = new Y.Doc();
    setLeefgebiedScore(leefgebiedenDoc, "huisvesting", 1, stamp);

    const input = triageInputFromDocs({
      triage: readTriage(triageDoc).value,
      leefgebieden: readLeefgebieden(leefgebiedenDoc).value,
      kind: "pga_top_x",
      partners: [
        { id: "org-politie", name: "Politie Demo", kind: "politie" },
        { id: "org-ggz", name: "GGZ Demo", kind: "ggz" },
      ],
      today: "2025-03-01",
    });
    expect(input.bekendBij).toEqual([
      { organisationId: "org-politie", organisationKind: "politie", answer: "ja" },
      { organisationId: "org-ggz", organisationKind: "ggz", answer: "onbekend" },
      { organisationId: "org-onbekend", answer: "nee" },
    ]);

    const result = triageCase(input);
    expect(result).toMatchObject({ meetsCriteria: "ja", advies: "casusoverleg", ave: 4 });
    expect(result.completeness).toMatchObject({ total: 23, answered: 5 });
    expect(result.reasons.join(" ")).toContain("ouder dan 30 dagen");
  });
});
