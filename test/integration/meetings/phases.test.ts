import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MeetingView, SlotCaseView } from "../../../shared/api/meetings.js";
import { AFSCHALING_CRITERIA } from "../../../shared/api/meetings.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { demoOverleg, type DemoOverleg } from "./meetingSupport.js";

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
});
afterEach(async () => {
  await server.stop();
});

const phase = (body: object, cookie = chair) =>
  server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/phase`, { cookie, body });

describe("the phases a chair moves a case through from the overleg", () => {
  it("waits for the overleg to start, then moves Demo casus A to uitvoering", async () => {
    expect((await phase({ to: "uitvoering" })).status).toBe(409);
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    expect((await phase({ to: "uitvoering" }, await server.login("cr.bakker"))).status).toBe(403);
    const res = await phase({ to: "uitvoering" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as SlotCaseView).phase).toBe("uitvoering");
    expect(server.store.cases.get(overleg.caseA)?.phase).toBe("uitvoering");
  });

  it("starts afschaling with the checklist and a hand-back, brings it up to date, and closes only when every criterion is met", async () => {
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    expect((await phase({ to: "afschaling", criteriaMet: [] })).status).toBe(400);
    const partial = await phase({
      to: "afschaling",
      criteriaMet: ["doelen_bereikt"],
      handedBackTo: "Sociaal wijkteam Westerduin",
    });
    expect(((await partial.json()) as SlotCaseView).afschaling).toMatchObject({
      criteriaMet: ["doelen_bereikt"],
      handedBackTo: "Sociaal wijkteam Westerduin",
    });
    expect((await phase({ to: "gesloten" })).status).toBe(409);
    // Back to uitvoering is no step an overleg takes.
    expect((await phase({ to: "uitvoering" })).status).toBe(409);
    const history = server.store.cases.phaseHistory(overleg.caseA);
    expect(history.map((h) => h.to)).toEqual(["afschaling"]);

    // The criteria met later are recorded by bringing the afschaling up to date; then it closes.
    const updated = await phase({
      to: "afschaling",
      criteriaMet: [...AFSCHALING_CRITERIA],
      handedBackTo: "Sociaal wijkteam Westerduin",
    });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as SlotCaseView).afschaling?.criteriaMet).toEqual([
      ...AFSCHALING_CRITERIA,
    ]);
    expect((await phase({ to: "gesloten" })).status).toBe(200);
    expect(server.store.cases.phaseHistory(overleg.caseA).map((h) => [h.from, h.to])).toEqual([
      ["casusoverleg", "afschaling"],
      ["afschaling", "afschaling"],
      ["afschaling", "gesloten"],
    ]);
  });

  it("closes a case whose afschaling met every criterion, leaving it read-only", async () => {
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    await phase({
      to: "afschaling",
      criteriaMet: [...AFSCHALING_CRITERIA],
      handedBackTo: "Sociaal wijkteam Westerduin",
    });
    const closed = await phase({ to: "gesloten" });
    expect(closed.status).toBe(200);
    expect(((await closed.json()) as SlotCaseView).access).toBe("read");
  });

  it("plans a follow-up overleg with the case and its invitees", async () => {
    const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/follow-up`, {
      cookie: chair,
      body: { date: "2030-02-05", time: "13:00", plannedMinutes: 20 },
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const bakker = await server.login("cr.bakker");
    const view = (await (
      await server.api(`/api/meetings/${id}`, { cookie: bakker })
    ).json()) as MeetingView;
    expect(view.followUpOf).toBe(overleg.id);
    expect(view.startsAt).toBe("2030-02-05T12:00:00.000Z");
    expect(view.agenda).toEqual([
      expect.objectContaining({ title: "Demo casus A", caseId: overleg.caseA, plannedMinutes: 20 }),
    ]);
  });
});

describe("planning an overleg", () => {
  it("plans a weekly triage-overleg as separate occurrences visible to the invitees", async () => {
    const school = server.store.users.findByUsername("in.school")?.id;
    const res = await server.api("/api/meetings", {
      cookie: chair,
      body: {
        title: "Triage-overleg",
        kind: "triageoverleg",
        date: "2030-03-05",
        time: "13:00",
        videoLink: "https://video.example/triage",
        agenda: [{ caseId: overleg.caseB, plannedMinutes: 15, invitees: [school] }],
        recurrence: { frequency: "wekelijks", occurrences: 3 },
      },
    });
    expect(res.status).toBe(201);
    const { ids: planned } = (await res.json()) as { ids: string[] };
    expect(planned).toHaveLength(3);
    const cookie = await server.login("in.school");
    const list = (await (await server.api("/api/meetings", { cookie })).json()) as {
      meetings: { id: string; startsAt: string; verklaringRequired: boolean }[];
    };
    const mine = list.meetings.filter((m) => planned.includes(m.id));
    expect(mine.map((m) => m.startsAt)).toEqual([
      "2030-03-05T12:00:00.000Z",
      "2030-03-12T12:00:00.000Z",
      "2030-03-19T12:00:00.000Z",
    ]);
    expect(mine.every((m) => m.verklaringRequired)).toBe(true);
  });

  it("is for procesregisseurs only, with cases they steer and a place or video link", async () => {
    const valid = {
      title: "Casusoverleg",
      kind: "casusoverleg",
      date: "2030-03-05",
      time: "13:00",
      location: "Zaal 1",
      agenda: [{ caseId: overleg.caseA, plannedMinutes: 15 }],
    };
    const bakker = await server.login("cr.bakker");
    expect((await server.api("/api/meetings", { cookie: bakker, body: valid })).status).toBe(403);
    const noPlace = await server.api("/api/meetings", {
      cookie: chair,
      body: { ...valid, location: "" },
    });
    expect(noPlace.status).toBe(400);
    const unknownCase = await server.api("/api/meetings", {
      cookie: chair,
      body: { ...valid, agenda: [{ caseId: "case_unknown", plannedMinutes: 10 }] },
    });
    expect(unknownCase.status).toBe(400);
  });
});
