import { sql } from "kysely";
import { expect, it } from "vitest";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair, holdMeeting, nonParticipants } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("search", (ctx) => {
  const find = async (client: TestClient, q: string) => {
    const res = await client.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.results as Array<{
      type: string;
      id: string;
      snippet: string;
      highlights: Array<[number, number]>;
      private: boolean;
      meetingId: string | null;
      counterpartName: string;
    }>;
  };

  it("finds talking points, notes, actions, feedback and goals by word prefix, with plain-text highlights", async () => {
    const w = await buildPair(ctx.current);
    const m = (rest: string) => `/api/v1/meetings/${w.meetingId}${rest}`;
    await w.teammate.client.post(m("/agenda-items"), { body: "Kubernetes migration worries" });
    await w.leader.client.put(m("/notes/shared"), {
      body: "We agreed the kubernetes rollout waits for Q3",
      baseVersion: 0,
    });
    await w.leader.client.post(m("/action-items"), {
      title: "Write the kubernetes runbook",
      ownerId: w.teammate.userId,
    });
    await w.leader.client.post(m("/feedback"), { kind: "praise", body: "Clear kubernetes demo" });
    const goal = await w.teammate.client.post(`/api/v1/one-on-ones/${w.oneOnOneId}/goals`, {
      title: "Become the kubernetes expert",
    });
    await w.teammate.client.post(`/api/v1/goals/${goal.body.goal.id}/progress`, {
      body: "Passed the kubernetes certification",
      meetingId: w.meetingId,
    });
    const results = await find(w.teammate.client, "kuber");
    expect(results.map((r) => r.type).sort()).toEqual([
      "action_item",
      "agenda_item",
      "feedback",
      "goal",
      "goal_progress",
      "note",
    ]);
    for (const r of results) {
      const [start, end] = r.highlights[0] as [number, number];
      expect(r.snippet.slice(start, end).toLowerCase()).toBe("kubernetes");
      expect(r.counterpartName).toBe("Leo Leader");
    }
    expect((await find(w.leader.client, "kubernetes runbook")).map((r) => r.type)).toEqual(["action_item"]);
    expect(await find(w.leader.client, "nonexistentword")).toEqual([]);
  });

  it("returns a carried-over talking point once (its newest meeting), and snippets without Markdown", async () => {
    const w = await buildPair(ctx.current);
    await w.teammate.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "Conference **budget**" });
    await w.leader.client.put(`/api/v1/meetings/${w.meetingId}/notes/shared`, {
      body: "- The **workload** is _heavy_ this [sprint](https://example.com/s)",
      baseVersion: 0,
    });
    // Not discussed twice: the point is carried over to the second, then the third meeting.
    const second = (await holdMeeting(ctx.current, w.leader.client, w.meetingId)).body.nextMeeting.id;
    const third = (await holdMeeting(ctx.current, w.leader.client, second)).body.nextMeeting.id;
    const agenda = (await w.leader.client.get(`/api/v1/meetings/${third}`)).body.agendaItems;
    expect(agenda.map((a: { body: string }) => a.body)).toContain("Conference **budget**");
    for (const who of [w.leader, w.teammate]) {
      const points = (await find(who.client, "budget")).filter((r) => r.type === "agenda_item");
      expect(points).toHaveLength(1);
      expect(points[0]).toMatchObject({ meetingId: third, snippet: "Conference budget" });
    }
    const [note] = await find(w.teammate.client, "workload");
    if (!note) throw new Error("the note was not found");
    expect(note.snippet).toBe("The workload is heavy this sprint");
    const [start, end] = note.highlights[0] as [number, number];
    expect(note.snippet.slice(start, end)).toBe("workload");
    for (const other of nonParticipants(w)) expect(await find(other.client, "budget")).toEqual([]);
  });

  it("never shows someone else's private note, nor anything to people outside the pair (P1, P2)", async () => {
    const w = await buildPair(ctx.current);
    await w.leader.client.put(`/api/v1/meetings/${w.meetingId}/notes/private`, {
      body: "Considering zeppelin reorg",
      baseVersion: 0,
    });
    await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "Zeppelin budget" });
    const mine = await find(w.leader.client, "zeppelin");
    expect(mine.map((r) => [r.type, r.private]).sort()).toEqual([
      ["agenda_item", false],
      ["note", true],
    ]);
    expect((await find(w.teammate.client, "zeppelin")).map((r) => r.type)).toEqual(["agenda_item"]);
    for (const other of nonParticipants(w)) expect(await find(other.client, "zeppelin")).toEqual([]);
    expect((await new TestClient(ctx.current.app).get("/api/v1/search?q=zeppelin")).status).toBe(401);
  });

  it("follows edits and deletions, and returns markup as plain text", async () => {
    const w = await buildPair(ctx.current);
    const item = await w.leader.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, {
      body: "<b>marmalade</b> plan",
    });
    expect((await find(w.leader.client, "marmalade"))[0]?.snippet).toBe("<b>marmalade</b> plan");
    await w.leader.client.patch(`/api/v1/agenda-items/${item.body.agendaItem.id}`, { body: "lemonade plan" });
    expect(await find(w.leader.client, "marmalade")).toEqual([]);
    expect(await find(w.leader.client, "lemonade")).toHaveLength(1);
    await w.leader.client.delete(`/api/v1/agenda-items/${item.body.agendaItem.id}`);
    expect(await find(w.leader.client, "lemonade")).toEqual([]);
  });

  it("rejects bad queries with 400", async () => {
    const w = await buildPair(ctx.current);
    for (const url of [
      "/api/v1/search",
      "/api/v1/search?q=",
      "/api/v1/search?q=%3F%21",
      `/api/v1/search?q=${"a".repeat(201)}`,
      "/api/v1/search?q=x&limit=0",
      "/api/v1/search?q=x&limit=abc",
    ]) {
      const res = await w.leader.client.get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.field).toMatch(/^(q|limit)$/);
    }
    const syntax = await w.leader.client.get(`/api/v1/search?q=${encodeURIComponent('"unbalanced AND (x OR')}`);
    expect(syntax.status).toBe(200);
  });
});

describeEachEngine("search indexes", (ctx) => {
  it("searches through a full-text index, never a LIKE scan", async () => {
    const db = ctx.current.deps.db.kysely;
    if (ctx.current.engine === "sqlite") {
      const { rows } = await sql<{ detail: string }>`explain query plan
        select d.doc_id from search_fts join search_documents d on d.id = search_fts.rowid where search_fts match ${'"x"*'}`.execute(
        db,
      );
      expect(rows.map((r) => r.detail).join("\n")).toMatch(/VIRTUAL TABLE INDEX/);
    } else {
      const { rows } = await sql<{
        indexname: string;
        indexdef: string;
      }>`select indexname, indexdef from pg_indexes where indexname like '%_search_idx'`.execute(db);
      expect(rows.map((r) => r.indexname).sort()).toEqual(
        ["action_items", "agenda_items", "feedback", "goal_progress", "goals", "notes"].map((t) => `${t}_search_idx`),
      );
      for (const r of rows) expect(r.indexdef).toMatch(/USING gin \(to_tsvector\('simple'::regconfig/);
    }
  });
});
