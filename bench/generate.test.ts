import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../server/app.js";
import { fixedClock } from "../server/clock.js";
import type { Db } from "../server/db/database.js";
import { verifyPassword } from "../server/modules/auth/passwords.js";
import { TestClient } from "../tests/support/http-client.js";
import { testConfig } from "../tests/support/test-app.js";
import { createTestDb, type TestDb, testEngines } from "../tests/support/test-db.js";
import { type GeneratedFacts, generateOrganization } from "./generate.js";

const NOW = new Date("2026-11-23T00:00:00.000Z");
const OPTIONS = { people: 60, seed: 7, now: NOW };

/** A digest of the generated content, in a fixed order, to compare two runs. */
async function fingerprint(db: Db): Promise<string> {
  const k = db.kysely;
  const hash = createHash("sha256");
  const parts = await Promise.all([
    k.selectFrom("users").select(["id", "email", "name", "locale", "timezone", "createdAt"]).orderBy("id").execute(),
    k.selectFrom("memberships").select(["userId", "role", "managerId"]).orderBy("userId").execute(),
    k
      .selectFrom("oneOnOnes")
      .select(["id", "leaderId", "teammateId", "cadenceFrequency", "firstMeetingAt", "status"])
      .orderBy("id")
      .execute(),
    k
      .selectFrom("meetings")
      .select(["id", "oneOnOneId", "scheduledAt", "status", "cancelReason"])
      .orderBy("id")
      .execute(),
    k
      .selectFrom("agendaItems")
      .select(["id", "meetingId", "sectionKey", "body", "position", "discussed", "carriedFromId"])
      .orderBy("id")
      .execute(),
    k.selectFrom("notes").select(["id", "meetingId", "ownerKey", "body"]).orderBy("id").execute(),
    k.selectFrom("actionItems").select(["id", "title", "status", "completedAt", "goalId"]).orderBy("id").execute(),
    k.selectFrom("checkIns").select(["meetingId", "mood", "energy"]).orderBy("meetingId").execute(),
    k.selectFrom("ratings").select(["meetingId", "userId", "score"]).orderBy("meetingId").orderBy("userId").execute(),
    k.selectFrom("feedback").select(["id", "kind", "body"]).orderBy("id").execute(),
    k.selectFrom("goals").select(["id", "title", "status"]).orderBy("id").execute(),
    k.selectFrom("goalProgress").select(["id", "goalId", "meetingId", "body"]).orderBy("id").execute(),
  ]);
  for (const rows of parts) hash.update(JSON.stringify(rows));
  return hash.digest("hex");
}

for (const engine of testEngines()) {
  describe(`bench data generator [${engine}]`, () => {
    let first: TestDb;
    let second: TestDb;
    let facts: GeneratedFacts;
    let again: GeneratedFacts;
    let app: FastifyInstance;

    beforeAll(async () => {
      [first, second] = await Promise.all([createTestDb(engine), createTestDb(engine)]);
      facts = await generateOrganization(first.db, OPTIONS);
      again = await generateOrganization(second.db, OPTIONS);
      ({ app } = await buildApp({
        config: testConfig(first.url),
        db: first.db,
        clock: fixedClock(NOW),
        logger: false,
        webRoot: "/nonexistent",
      }));
    });

    afterAll(async () => {
      await app?.close();
      await first?.drop();
      await second?.drop();
    });

    it("writes the same data for the same people, seed and now, ids included", async () => {
      expect({ ...again, seconds: 0 }).toEqual({ ...facts, seconds: 0 });
      expect(await fingerprint(second.db)).toBe(await fingerprint(first.db));
    });

    it("writes every kind of content, in realistic proportions", async () => {
      for (const table of ["users", "one_on_ones", "meetings", "agenda_items", "notes", "action_items"]) {
        expect(facts.counts[table], table).toBeGreaterThan(0);
      }
      for (const table of ["check_ins", "ratings", "feedback", "goals", "goal_progress", "standing_items"]) {
        expect(facts.counts[table], table).toBeGreaterThan(0);
      }
      expect(facts.counts.users).toBe(60);
      const k = first.db.kysely;
      const meetings = await k
        .selectFrom("meetings")
        .select(["status", "originalScheduledAt", "scheduledAt"])
        .execute();
      const share = (predicate: (m: (typeof meetings)[number]) => boolean) =>
        meetings.filter(predicate).length / meetings.length;
      expect(share((m) => m.status === "canceled")).toBeGreaterThan(0.04);
      expect(share((m) => m.status === "canceled")).toBeLessThan(0.13);
      expect(share((m) => m.originalScheduledAt !== null)).toBeGreaterThan(0.03);
      expect(share((m) => m.status !== "scheduled" && m.scheduledAt > NOW.toISOString())).toBe(0);
      // Every active 1:1 has exactly one upcoming meeting.
      const upcoming = await k
        .selectFrom("oneOnOnes")
        .leftJoin("meetings", (join) =>
          join.onRef("meetings.oneOnOneId", "=", "oneOnOnes.id").on("meetings.status", "=", "scheduled"),
        )
        .select(["oneOnOnes.id", (eb) => eb.fn.count("meetings.id").as("n")])
        .where("oneOnOnes.status", "=", "active")
        .groupBy("oneOnOnes.id")
        .execute();
      expect(upcoming.every((s) => Number(s.n) === 1)).toBe(true);
    });

    it("gives the leader exactly 12 reports, each with a 1:1, and a password that signs in", async () => {
      const k = first.db.kysely;
      const reports = await k
        .selectFrom("memberships")
        .select("userId")
        .where("managerId", "=", facts.leader.id)
        .execute();
      expect(reports).toHaveLength(12);
      const oneOnOne = await k
        .selectFrom("oneOnOnes")
        .select("teammateId")
        .where("leaderId", "=", facts.leader.id)
        .execute();
      expect(oneOnOne.map((s) => s.teammateId).sort()).toEqual(reports.map((r) => r.userId).sort());
      const user = await k
        .selectFrom("users")
        .select("passwordHash")
        .where("id", "=", facts.leader.id)
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(facts.password, user.passwordHash)).toBe(true);
    });

    it("serves the featured meeting, the dashboard and search through the app's own read path", async () => {
      const client = new TestClient(app);
      const login = await client.post("/api/v1/auth/login", { email: facts.leader.email, password: facts.password });
      expect(login.status, JSON.stringify(login.body)).toBe(200);

      const meeting = await client.get(`/api/v1/meetings/${facts.meetingId}`);
      expect(meeting.status, JSON.stringify(meeting.body)).toBe(200);
      expect(meeting.body.meeting.status).toBe("scheduled");
      expect(new Date(meeting.body.meeting.scheduledAt).getTime()).toBeGreaterThan(NOW.getTime());
      expect(meeting.body.agendaItems).toHaveLength(30);
      expect(meeting.body.sharedNote).not.toBeNull();
      expect(meeting.body.myPrivateNote).not.toBeNull();
      expect(meeting.body.checkIn).not.toBeNull();
      expect(meeting.body.actionItems.filter((a: { status: string }) => a.status === "open")).toHaveLength(3);

      const dashboard = await client.get("/api/v1/dashboard");
      expect(dashboard.status).toBe(200);
      expect(dashboard.body.people).toHaveLength(12);

      const search = await client.get(`/api/v1/search?q=${facts.searchTerm}`);
      expect(search.status).toBe(200);
      expect(search.body.results.length).toBeGreaterThan(0);
      const theirs = await first.db.kysely
        .selectFrom("oneOnOnes")
        .select("id")
        .where((eb) => eb.or([eb("leaderId", "=", facts.leader.id), eb("teammateId", "=", facts.leader.id)]))
        .execute();
      const mine = new Set(theirs.map((s) => s.id));
      expect(search.body.results.every((r: { oneOnOneId: string }) => mine.has(r.oneOnOneId))).toBe(true);
      // The term is common across the organization too, so an unscoped search would cost more.
      const elsewhere = await first.db.kysely
        .selectFrom("notes")
        .innerJoin("meetings", "meetings.id", "notes.meetingId")
        .innerJoin("oneOnOnes", "oneOnOnes.id", "meetings.oneOnOneId")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("oneOnOnes.leaderId", "!=", facts.leader.id)
        .where("notes.body", "like", `%${facts.searchTerm}%`)
        .executeTakeFirstOrThrow();
      expect(Number(elsewhere.n)).toBeGreaterThan(50);
    });
  });
}
