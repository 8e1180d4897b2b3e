import { strFromU8, unzipSync } from "fflate";
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";
import { beforeAll, expect, it } from "vitest";
import { userExportSchema, workspaceExportSchema } from "../../../shared/schemas/export.js";
import { buildMember } from "../../../tests/support/factories.js";
import type { TestClient } from "../../../tests/support/http-client.js";
import { buildPair, type PairWorld, startWeeklyOneOnOne } from "../../../tests/support/pairs.js";
import { describeEachEngine, type TestApp } from "../../../tests/support/test-app.js";
import { seedDemo } from "../../demo/seed.js";
import { loadUserRows } from "./export.repo.js";

const LEADER_SECRET = "leader-private-7c1f: thinking about a promotion case";
const TEAMMATE_SECRET = "teammate-private-93ab: worried about the reorg";
const OTHER_PAIR_TOPIC = "other-pair-topic-55de";

/** A pair with content on both sides, plus a second pair of the same leader the teammate is not in. */
async function buildWorldWithContent(t: TestApp) {
  const w = await buildPair(t);
  const { leader, teammate, meetingId } = w;
  expect(
    (await leader.client.post(`/api/v1/meetings/${meetingId}/agenda-items`, { body: "Roadmap review" })).status,
  ).toBe(201);
  expect(
    (
      await teammate.client.put(`/api/v1/meetings/${meetingId}/notes/shared`, {
        body: "We agreed on Q3 scope.",
        baseVersion: 0,
      })
    ).status,
  ).toBe(200);
  expect(
    (await leader.client.put(`/api/v1/meetings/${meetingId}/notes/private`, { body: LEADER_SECRET, baseVersion: 0 }))
      .status,
  ).toBe(200);
  expect(
    (
      await teammate.client.put(`/api/v1/meetings/${meetingId}/notes/private`, {
        body: TEAMMATE_SECRET,
        baseVersion: 0,
      })
    ).status,
  ).toBe(200);
  expect(
    (await teammate.client.post(`/api/v1/meetings/${meetingId}/check-in`, { mood: 4, energy: 3, note: "Busy week" }))
      .status,
  ).toBe(200);
  expect((await leader.client.post(`/api/v1/meetings/${meetingId}/rating`, { score: 5 })).status).toBe(200);
  expect((await teammate.client.post(`/api/v1/meetings/${meetingId}/rating`, { score: 3 })).status).toBe(200);
  expect(
    (
      await leader.client.post(`/api/v1/meetings/${meetingId}/action-items`, {
        title: "Draft the RFC",
        ownerId: teammate.userId,
      })
    ).status,
  ).toBe(201);
  expect(
    (await leader.client.post(`/api/v1/meetings/${meetingId}/feedback`, { kind: "praise", body: "Great demo" })).status,
  ).toBe(201);
  expect(
    (await leader.client.post(`/api/v1/one-on-ones/${w.oneOnOneId}/goals`, { title: "Lead a project" })).status,
  ).toBe(201);
  expect(
    (await leader.client.post(`/api/v1/one-on-ones/${w.oneOnOneId}/standing-items`, { body: "Wins of the week" }))
      .status,
  ).toBe(201);
  const other = await buildMember(
    t,
    { client: w.admin.client, orgId: w.orgId },
    { name: "Omar Other", managerId: leader.userId },
  );
  const firstMeetingAt = new Date(t.clock.now().getTime() + 48 * 3600 * 1000).toISOString();
  const second = await startWeeklyOneOnOne(leader.client, other.userId, firstMeetingAt);
  await leader.client.post(`/api/v1/meetings/${second.meetingId}/agenda-items`, { body: OTHER_PAIR_TOPIC });
  return { ...w, other, otherOneOnOneId: second.oneOnOneId };
}

async function download(t: TestApp, client: TestClient, url: string) {
  const response = await t.app.inject({ method: "GET", url, headers: { cookie: client.sessionCookie ?? "" } });
  return response;
}

describeEachEngine("personal export", (ctx) => {
  let w: PairWorld & { otherOneOnOneId: string; other: { userId: string } };
  beforeAll(async () => {
    w = await buildWorldWithContent(ctx.current);
  });

  it("gives the teammate every record of their 1:1, their own private note and rating only (P1, P2)", async () => {
    const res = await w.teammate.client.get("/api/v1/export");
    expect(res.status).toBe(200);
    const data = userExportSchema.parse(res.body);
    expect(data).toMatchObject({
      format: "rapport-export",
      version: 1,
      kind: "user",
      exportedAt: "2026-03-02T09:00:00.000Z",
    });
    expect(data.oneOnOnes.map((s) => s.id)).toEqual([w.oneOnOneId]);
    expect(data.meetings.map((m) => m.id)).toEqual([w.meetingId]);
    expect(data.agendaItems.map((a) => a.body)).toContain("Roadmap review");
    expect(data.notes.filter((n) => n.kind === "shared").map((n) => n.body)).toEqual(["We agreed on Q3 scope."]);
    expect(data.notes.filter((n) => n.kind === "private").map((n) => n.body)).toEqual([TEAMMATE_SECRET]);
    expect(data.ratings).toEqual([expect.objectContaining({ userId: w.teammate.userId, score: 3 })]);
    expect(data.checkIns).toHaveLength(1);
    expect(data.actionItems.map((a) => a.title)).toEqual(["Draft the RFC"]);
    expect(data.feedback).toHaveLength(1);
    expect(data.goals).toHaveLength(1);
    expect(data.standingItems).toHaveLength(1);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(LEADER_SECRET);
    expect(text).not.toContain(OTHER_PAIR_TOPIC);
    expect(text).not.toContain(w.otherOneOnOneId);
    expect(text).not.toMatch(/passwordHash|scrypt\$/);
  });

  it("gives the leader both pairs and their own private note, never the teammate's", async () => {
    const data = userExportSchema.parse((await w.leader.client.get("/api/v1/export")).body);
    expect(data.oneOnOnes.map((s) => s.id).sort()).toEqual([w.oneOnOneId, w.otherOneOnOneId].sort());
    const text = JSON.stringify(data);
    expect(text).toContain(LEADER_SECRET);
    expect(text).not.toContain(TEAMMATE_SECRET);
    expect(data.ratings.map((r) => r.userId)).toEqual([w.leader.userId]);
  });

  it("gives the workspace admin and outsiders nothing of a pair they are not in (P1, P3, P5)", async () => {
    for (const person of [w.admin, w.colleague, w.outsider]) {
      const data = userExportSchema.parse((await person.client.get("/api/v1/export")).body);
      expect(data.oneOnOnes).toEqual([]);
      expect(data.meetings).toEqual([]);
      expect(data.notes).toEqual([]);
      expect(data.user.id).toBe(person.userId);
    }
  });

  it("answers 400 naming the parameter on bad input", async () => {
    const res = await w.teammate.client.get("/api/v1/export?download=yes");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("validation_failed");
    expect(res.body.error.field).toBe("download");
  });

  it("requires a signed-in caller", async () => {
    const res = await ctx.current.app.inject({ method: "GET", url: "/api/v1/export" });
    expect(res.statusCode).toBe(401);
  });

  it("downloads a zip of Markdown: an overview per 1:1 and a file per meeting with its sections", async () => {
    const res = await download(ctx.current, w.teammate.client, "/api/v1/export/markdown");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/zip");
    expect(res.headers["content-disposition"]).toMatch(/attachment; filename="rapport-export-2026-03-02\.zip"/);
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const names = Object.keys(files);
    expect(names).toContain("rapport/README.md");
    expect(names).toContain("rapport/rapport-export.json");
    const overview = names.find((n) => n.endsWith("/overview.md")) as string;
    expect(overview).toMatch(/^rapport\/leo-leader-[0-9a-f]{8}\/overview\.md$/);
    const overviewText = strFromU8(files[overview] as Uint8Array);
    expect(overviewText).toContain("# 1:1 — Leo Leader and Tina Teammate");
    expect(overviewText).toContain("Lead a project");
    expect(overviewText).toContain("- [ ] Draft the RFC — Tina Teammate");
    const meetingFile = names.find((n) => n.includes("/meetings/")) as string;
    const meeting = strFromU8(files[meetingFile] as Uint8Array);
    for (const heading of ["## Human check-in", "## Progress and obstacles", "## Two-way feedback", "## Wrap-up"])
      expect(meeting).toContain(heading);
    expect(meeting).toContain("- [ ] Roadmap review — Leo Leader");
    expect(meeting).toContain("We agreed on Q3 scope.");
    expect(meeting).toContain(TEAMMATE_SECRET);
    expect(meeting).toContain("Mood 4/5, energy 3/5");
    // The check-in, feedback and actions sit in the template's sections that hold them.
    const at = (text: string) => meeting.indexOf(text);
    expect(at("## Human check-in")).toBeLessThan(at("### Check-in"));
    expect(at("### Check-in")).toBeLessThan(at("## Progress and obstacles"));
    expect(at("## Two-way feedback")).toBeLessThan(at("### Feedback"));
    expect(at("## Development and next steps")).toBeLessThan(at("### Actions"));
    expect(at("### Actions")).toBeLessThan(at("## Wrap-up"));
    expect(meeting).toContain("Great demo");
    const everything = names.map((n) => strFromU8(files[n] as Uint8Array)).join("\n");
    expect(everything).not.toContain(LEADER_SECRET);
    expect(everything).not.toContain(OTHER_PAIR_TOPIC);
  });
});

describeEachEngine("workspace structure export", (ctx) => {
  let w: PairWorld & { otherOneOnOneId: string };
  beforeAll(async () => {
    w = await buildWorldWithContent(ctx.current);
  });

  it("gives an admin people, reporting lines, templates and 1:1 — and no content (P3)", async () => {
    const res = await w.admin.client.get(`/api/v1/orgs/${w.orgId}/export`);
    expect(res.status).toBe(200);
    const data = workspaceExportSchema.parse(res.body);
    expect(Object.keys(res.body).sort()).toEqual(
      ["exportedAt", "format", "kind", "oneOnOnes", "organization", "people", "templates", "version"].sort(),
    );
    expect(data.people).toHaveLength(5);
    expect(data.people.find((p) => p.id === w.teammate.userId)?.managerId).toBe(w.leader.userId);
    expect(data.oneOnOnes.map((s) => s.id).sort()).toEqual([w.oneOnOneId, w.otherOneOnOneId].sort());
    const text = JSON.stringify(res.body);
    for (const content of [
      LEADER_SECRET,
      TEAMMATE_SECRET,
      "Roadmap review",
      "We agreed",
      "Great demo",
      "Busy week",
      "Lead a project",
    ])
      expect(text).not.toContain(content);
    expect(text).not.toMatch(/passwordHash|scrypt\$|tokenHash/);
  });

  it("is for admins only: a member gets 403, another workspace's owner 404 (P5)", async () => {
    expect((await w.leader.client.get(`/api/v1/orgs/${w.orgId}/export`)).status).toBe(403);
    expect((await w.outsider.client.get(`/api/v1/orgs/${w.orgId}/export`)).status).toBe(404);
  });
});

/** Counts the statements a Kysely instance executes. */
class CountQueries implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.count++; // once per executed statement (subqueries are part of their statement)
    return args.result;
  }
}

describeEachEngine("export query count", (ctx) => {
  it("reads a fixed number of queries whatever the history's size (no N+1)", async () => {
    const w = await buildPair(ctx.current);
    const ids = await seedDemo(ctx.current.deps.db, ctx.current.clock);
    const small = new CountQueries();
    const smallRows = await loadUserRows(ctx.current.deps.db.kysely.withPlugin(small), w.teammate.userId);
    const large = new CountQueries();
    const largeRows = await loadUserRows(ctx.current.deps.db.kysely.withPlugin(large), ids.leader as string);
    expect(smallRows.meetings).toHaveLength(1);
    expect(largeRows.meetings.length).toBeGreaterThan(60);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(15);
  });
});
