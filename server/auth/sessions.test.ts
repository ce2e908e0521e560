import { describe, expect, it } from "vitest";
import { openMemoryStore } from "../store/openStore.js";
import { hashToken, SessionService } from "./sessions.js";

async function setup() {
  const store = await openMemoryStore();
  await store.organisations.add({ id: "org_1", name: "GGZ Test", kind: "ggz" });
  await store.users.add({
    id: "user_1",
    username: "dn.test",
    displayName: "Test Deelnemer",
    organisationId: "org_1",
    role: "deelnemer",
    regio: "Testregio",
    passwordHash: "x",
    disabled: false,
    createdAt: "2026-01-01T00:00:00Z",
  });
  let now = 1_000_000;
  const clock = { advance: (ms: number) => (now += ms) };
  const sessions = new SessionService(store, 30 * 60_000, 12 * 3_600_000, () => now);
  return { store, sessions, clock };
}

describe("SessionService", () => {
  it("resolves a fresh session to the user with organisation and role", async () => {
    const { sessions } = await setup();
    const { token } = await sessions.create("user_1");
    const result = await sessions.resolve(token);
    expect(result).toMatchObject({
      ok: true,
      principal: { userId: "user_1", organisationName: "GGZ Test", role: "deelnemer" },
    });
  });

  it("stores only the hash of the token", async () => {
    const { sessions, store } = await setup();
    const { token } = await sessions.create("user_1");
    expect(store.sessions.get(token)).toBeUndefined();
    expect(store.sessions.get(hashToken(token))).toBeDefined();
  });

  it("expires after the idle timeout but not while the user stays active", async () => {
    const { sessions, clock } = await setup();
    const { token } = await sessions.create("user_1");
    for (let i = 0; i < 5; i++) {
      clock.advance(20 * 60_000);
      expect((await sessions.resolve(token)).ok).toBe(true);
    }
    clock.advance(31 * 60_000);
    expect(await sessions.resolve(token)).toEqual({ ok: false, reason: "expired" });
  });

  it("does not extend the idle timeout for a resolve that is not the user's activity", async () => {
    const { sessions, clock } = await setup();
    const { token } = await sessions.create("user_1");
    for (let i = 0; i < 2; i++) {
      clock.advance(14 * 60_000);
      expect((await sessions.resolve(token, { activity: false })).ok).toBe(true);
    }
    clock.advance(3 * 60_000);
    expect(await sessions.resolve(token, { activity: false })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("expires after the absolute lifetime even when active", async () => {
    const { sessions, clock } = await setup();
    const { token } = await sessions.create("user_1");
    for (let i = 0; i < 47; i++) {
      clock.advance(15 * 60_000);
      expect((await sessions.resolve(token)).ok).toBe(true);
    }
    clock.advance(20 * 60_000);
    expect(await sessions.resolve(token)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses the session of a disabled account", async () => {
    const { sessions, store } = await setup();
    const { token } = await sessions.create("user_1");
    await store.users.setDisabled("user_1", true);
    expect(await sessions.resolve(token)).toEqual({ ok: false, reason: "disabled" });
  });

  it("prunes ended sessions and reports their ids", async () => {
    const { sessions, clock } = await setup();
    const { sessionId } = await sessions.create("user_1");
    clock.advance(31 * 60_000);
    expect(await sessions.pruneExpired()).toEqual([sessionId]);
  });
});
