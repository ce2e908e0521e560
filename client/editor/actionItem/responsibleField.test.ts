import { describe, expect, it } from "vitest";
import { responsibleText, responsibleValue } from "./responsibleField.js";

const people = [
  { value: "user:u1", label: "Carlos Bakker (Politie Basisteam Westerduin)" },
  { value: "user:u2", label: "Noor Smit (Gemeente Westerduin)" },
];

describe("the responsible field", () => {
  it("shows a participant by name and organisation, and stores the pick as that user", () => {
    expect(responsibleText("user:u2", people)).toBe("Noor Smit (Gemeente Westerduin)");
    expect(responsibleValue(" Noor Smit (Gemeente Westerduin) ", people)).toBe("user:u2");
  });

  it("keeps a free-text name as typed, and an unknown user reference as stored", () => {
    expect(responsibleValue("wijkagent De Boer", people)).toBe("wijkagent De Boer");
    expect(responsibleText("wijkagent De Boer", people)).toBe("wijkagent De Boer");
    expect(responsibleText("user:gone", people)).toBe("user:gone");
  });
});
