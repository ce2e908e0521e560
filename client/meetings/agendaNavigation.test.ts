import { describe, expect, it } from "vitest";
import { nextAgendaItem } from "./agendaNavigation.js";

const agenda = [{ id: "opening" }, { id: "casus-a" }, { id: "rondvraag" }];

describe("nextAgendaItem", () => {
  it("leads to the item after the one under discussion", () => {
    expect(nextAgendaItem(agenda, "opening")).toEqual({ id: "casus-a" });
  });

  it("leads to the first item when none is under discussion yet", () => {
    expect(nextAgendaItem(agenda, null)).toEqual({ id: "opening" });
  });

  it("has no next item on the last item", () => {
    expect(nextAgendaItem(agenda, "rondvraag")).toBeNull();
  });
});
