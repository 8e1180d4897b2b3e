/**
 * Attacker: whoever runs workspace B's identity provider (B's admin, or anyone holding B's SSO settings).
 * Chain: Vera owns workspace A, where she leads a 1:1 with private notes; she is also a member of B.
 * B's provider signs her in, which gives a session held to B (`sessions.organization_id`). With it the
 * attacker walks every GET route of the OpenAPI document with A's ids, reads the cross-workspace pages
 * (home, dashboard, 1:1 list, search, both exports, /me, the calendar feed) and tries to write into A
 * (a talking point, a private note, an invitation, a role change), then mints an API token and tries again.
 * Rule (finding 1, P1/P2/P5): a sign-in through a workspace's provider never yields access to any other
 * workspace — A answers exactly as it does to a stranger (404), nothing of A appears anywhere, and
 * nothing in A changes; while the same session works fully in B and Vera's password session still sees A.
 */
import { beforeAll, expect, it } from "vitest";
import type { ApiResponse, TestClient } from "../support/http-client.js";
import { openLiveSocket } from "../support/live-connect.js";
import { weekly } from "../support/pairs.js";
import { describeAttack } from "./support/attack-world.js";
import { scopedSessionClient } from "./support/scoped-session.js";
import { buildVerasWorkspaces, MARK, marked, textOf, type WorldA } from "./support/two-workspaces.js";

describeAttack("a session from workspace B's identity provider reaches nothing in workspace A", (world) => {
  let a: WorldA;
  let scoped: TestClient;

  beforeAll(async () => {
    a = await buildVerasWorkspaces(world.current);
    // B's identity provider signs Vera in: the session is held to B.
    scoped = await scopedSessionClient(world.current, a.vera.userId, a.orgB);
  });

  const assertNoSecretOfA = (what: string, res: ApiResponse) => {
    const text = textOf(res);
    for (const secret of a.secrets) expect(text, `${what} leaks ${secret}`).not.toContain(secret);
  };

  /** A's id for each path parameter, by the path it appears in. */
  const fill = (path: string): string => {
    const ids: Array<[RegExp, string]> = [
      [/^\/api\/v1\/one-on-ones\/\{id\}/, a.oneOnOneA],
      [/^\/api\/v1\/meetings\/\{id\}/, a.meetingA],
      [/^\/api\/v1\/agenda-items\/\{id\}/, a.agendaA],
      [/^\/api\/v1\/action-items\/\{id\}/, a.actionA],
      [/^\/api\/v1\/goals\/\{id\}/, a.goalA],
      [/^\/api\/v1\/standing-items\/\{id\}/, a.standingA],
      [/^\/api\/v1\/templates\/\{id\}/, a.templateA],
    ];
    let out = path;
    for (const [pattern, id] of ids) if (pattern.test(out)) out = out.replace("{id}", id);
    return out
      .replace("{orgId}", a.orgA)
      .replace("{userId}", a.tom.userId)
      .replace("{webhookId}", a.webhookA ?? "00000000-0000-4000-8000-000000000000")
      .replace("{invitationId}", a.invitationA)
      .replace("{token}", "not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaa")
      .replace("{id}", "00000000-0000-4000-8000-000000000000");
  };

  it("walks every GET route of the API with workspace A's ids and gets 404, with nothing of A in any answer", async () => {
    const doc = await world.current.client().get("/api/v1/openapi.json");
    expect(doc.status).toBe(200);
    const paths = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
      .filter(([, ops]) => "get" in ops)
      .map(([path]) => path);
    expect(paths.length).toBeGreaterThan(20);
    const walked: string[] = [];
    for (const path of paths) {
      const url = fill(path);
      const res = await scoped.get(url.includes("/search") ? `${url}?q=${MARK}` : url);
      walked.push(`${res.status} ${url}`);
      expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
      if (/\{(id|orgId|userId|webhookId|invitationId)\}/.test(path)) {
        // Workspace A's things answer like things that do not exist (P5).
        expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(404);
      }
      assertNoSecretOfA(url, res);
    }
    expect(walked.length).toBe(paths.length);
    expect(walked.filter((line) => line.startsWith("404 ")).length).toBeGreaterThanOrEqual(19);
  });

  it("the cross-workspace pages hold only workspace B", async () => {
    for (const url of [
      "/api/v1/me",
      "/api/v1/home",
      "/api/v1/dashboard",
      "/api/v1/one-on-ones",
      `/api/v1/search?q=${MARK}`,
      "/api/v1/export",
      "/api/v1/export?download=yes",
      "/api/v1/export/markdown",
      "/api/v1/tokens",
      "/api/v1/me/notifications",
      `/api/v1/orgs/${a.orgA}/templates`,
      `/api/v1/templates/${a.templateA}`,
    ]) {
      const res = await scoped.get(url);
      expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
      assertNoSecretOfA(url, res);
    }
    const me = await scoped.get("/api/v1/me");
    expect(me.status).toBe(200);
    expect(me.body.memberships.map((m: { organization: { id: string } }) => m.organization.id)).toEqual([a.orgB]);
    const search = await scoped.get(`/api/v1/search?q=${MARK}`);
    expect(search.status).toBe(200);
    expect(search.body.results).toEqual([]);
    expect((await scoped.get(`/api/v1/templates/${a.templateA}`)).status).toBe(404);
  });

  it("cannot open workspace A's live channel, while B's opens", async () => {
    const t = world.current;
    const headers = { cookie: scoped.sessionCookie as string, origin: t.baseUrl };
    await expect(openLiveSocket(t.baseUrl, a.meetingA, headers)).rejects.toThrow(/404/);
    const res = await scoped.post("/api/v1/one-on-ones", {
      teammateId: a.bob.userId,
      cadence: { frequency: "biweekly" },
      firstMeetingAt: new Date(t.clock.now().getTime() + 3 * 86400000).toISOString(),
      timezone: "UTC",
      durationMinutes: 30,
      kind: "peer",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const socket = await openLiveSocket(t.baseUrl, res.body.nextMeeting.id, headers);
    socket.close();
  });

  it("cannot take the calendar feed URL, which reaches every workspace", async () => {
    const feed = await scoped.get("/api/v1/calendar-feed");
    expect(feed.status, JSON.stringify(feed.body)).toBe(403);
    expect(feed.body.error.code).toBe("workspace_scoped_session");
    const rotate = await scoped.post("/api/v1/calendar-feed/rotate");
    expect(rotate.status, JSON.stringify(rotate.body)).toBe(403);
    expect(rotate.body.error.code).toBe("workspace_scoped_session");
    // Vera's own feed URL still works for her.
    expect((await a.vera.client.get("/api/v1/calendar-feed")).status).toBe(200);
  });

  it("cannot write into workspace A, and nothing there changes", async () => {
    const before = await a.vera.client.get(`/api/v1/meetings/${a.meetingA}`);
    expect(before.status).toBe(200);
    const invitationsBefore = await a.vera.client.get(`/api/v1/orgs/${a.orgA}/invitations`);
    const attempts: Array<[string, () => Promise<ApiResponse>]> = [
      [
        "add a talking point",
        () =>
          scoped.post(`/api/v1/meetings/${a.meetingA}/agenda-items`, { body: "planted", sectionKey: "development" }),
      ],
      [
        "overwrite the private note",
        () => scoped.put(`/api/v1/meetings/${a.meetingA}/notes/private`, { body: "planted", baseVersion: 1 }),
      ],
      [
        "overwrite the shared note",
        () => scoped.put(`/api/v1/meetings/${a.meetingA}/notes/shared`, { body: "planted", baseVersion: 1 }),
      ],
      [
        "invite into A",
        () => scoped.post(`/api/v1/orgs/${a.orgA}/invitations`, { email: "x@example.com", role: "admin" }),
      ],
      ["promote Tom", () => scoped.patch(`/api/v1/orgs/${a.orgA}/people/${a.tom.userId}`, { role: "admin" })],
      ["edit the agenda item", () => scoped.patch(`/api/v1/agenda-items/${a.agendaA}`, { body: "planted" })],
      ["rename the personal template", () => scoped.patch(`/api/v1/templates/${a.templateA}`, { name: "planted" })],
      [
        "copy A's personal template into a 1:1 in B",
        () =>
          scoped.post("/api/v1/one-on-ones", {
            teammateId: a.bob.userId,
            kind: "mentor",
            templateId: a.templateA,
            cadence: weekly,
            firstMeetingAt: new Date(world.current.clock.now().getTime() + 86400000).toISOString(),
            timezone: "UTC",
            durationMinutes: 30,
          }),
      ],
      ["revoke Vera's webhook in A", () => scoped.delete(`/api/v1/orgs/${a.orgA}/webhooks/${a.webhookA ?? a.orgA}`)],
      [
        "start a 1:1 in A",
        () =>
          scoped.post("/api/v1/one-on-ones", {
            organizationId: a.orgA,
            teammateId: a.tom.userId,
            cadence: weekly,
            firstMeetingAt: new Date(world.current.clock.now().getTime() + 86400000).toISOString(),
            timezone: "UTC",
            durationMinutes: 30,
          }),
      ],
    ];
    for (const [what, attempt] of attempts) {
      const res = await attempt();
      expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(404);
      assertNoSecretOfA(what, res);
    }
    const after = await a.vera.client.get(`/api/v1/meetings/${a.meetingA}`);
    expect(after.body).toEqual(before.body);
    expect(textOf(after)).not.toContain("planted");
    expect((await a.vera.client.get(`/api/v1/orgs/${a.orgA}/invitations`)).body).toEqual(invitationsBefore.body);
    const people = await a.vera.client.get(`/api/v1/orgs/${a.orgA}/people`);
    expect(people.body.people.find((p: { userId: string }) => p.userId === a.tom.userId).role).toBe("member");
  });

  it("an API token minted by the scoped session is held to B as well", async () => {
    const minted = await scoped.post("/api/v1/tokens", { name: "from B's provider", scopes: ["read", "write"] });
    if (minted.status === 403) {
      // Creating tokens may be refused outright for such a session (sudo mode); then there is no token to try.
      expect(minted.body.error.code).toMatch(/reauthentication_required|workspace_scoped_session/);
      return;
    }
    expect(minted.status, JSON.stringify(minted.body)).toBe(201);
    const bearer = world.current.client();
    bearer.bearer = minted.body.token;
    for (const url of [
      `/api/v1/one-on-ones/${a.oneOnOneA}`,
      `/api/v1/meetings/${a.meetingA}`,
      `/api/v1/orgs/${a.orgA}/people`,
      `/api/v1/orgs/${a.orgA}/audit`,
    ]) {
      const res = await bearer.get(url);
      expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(404);
    }
    for (const url of [
      "/api/v1/one-on-ones",
      "/api/v1/home",
      `/api/v1/search?q=${MARK}`,
      "/api/v1/export",
      "/api/v1/me",
    ]) {
      const res = await bearer.get(url);
      expect(res.status).toBe(200);
      assertNoSecretOfA(url, res);
    }
    expect((await bearer.get(`/api/v1/orgs/${a.orgB}/people`)).status).toBe(200);
    // Vera's password session sees the token among hers.
    const listed = await a.vera.client.get("/api/v1/tokens");
    expect(listed.body.tokens.map((x: { id: string }) => x.id)).toContain(minted.body.id);
  });

  it("cannot see or revoke the tokens of Vera's password sign-in", async () => {
    const own = await a.vera.client.post("/api/v1/tokens", { name: "laptop", scopes: ["read"] });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const listed = await scoped.get("/api/v1/tokens");
    expect(listed.status).toBe(200);
    expect(listed.body.tokens.map((x: { id: string }) => x.id)).not.toContain(own.body.id);
    expect((await scoped.delete(`/api/v1/tokens/${own.body.id}`)).status).toBe(404);
    const bearer = world.current.client();
    bearer.bearer = own.body.token;
    expect((await bearer.get(`/api/v1/one-on-ones/${a.oneOnOneA}`)).status).toBe(200);
  });

  it("the same scoped session works fully in workspace B", async () => {
    const res = await scoped.post("/api/v1/one-on-ones", {
      teammateId: a.bob.userId,
      kind: "skip-level",
      cadence: weekly,
      firstMeetingAt: new Date(world.current.clock.now().getTime() + 2 * 86400000).toISOString(),
      timezone: "UTC",
      durationMinutes: 30,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.organizationId).toBe(a.orgB);
    const meetingB = res.body.nextMeeting.id as string;
    const point = await scoped.post(`/api/v1/meetings/${meetingB}/agenda-items`, {
      body: "ZEBRAB talking point",
      sectionKey: "development",
    });
    expect(point.status, JSON.stringify(point.body)).toBe(201);
    const note = await scoped.put(`/api/v1/meetings/${meetingB}/notes/private`, {
      body: "ZEBRAB private",
      baseVersion: 0,
    });
    expect(note.status).toBe(200);
    expect((await scoped.get(`/api/v1/meetings/${meetingB}`)).status).toBe(200);
    const list = await scoped.get("/api/v1/one-on-ones");
    expect(list.body.oneOnOnes.map((s: { id: string }) => s.id)).toContain(res.body.id);
    expect(list.body.oneOnOnes.every((s: { organizationId: string }) => s.organizationId === a.orgB)).toBe(true);
    const search = await scoped.get("/api/v1/search?q=ZEBRAB");
    expect(search.body.results.length).toBeGreaterThan(0);
    const exported = await scoped.get("/api/v1/export");
    expect(textOf(exported)).toContain("ZEBRAB private");
    const home = await scoped.get("/api/v1/home");
    expect(home.body.upcoming.map((u: { oneOnOneId: string }) => u.oneOnOneId)).toContain(res.body.id);
    expect((await scoped.get(`/api/v1/orgs/${a.orgB}/people`)).status).toBe(200);
    expect((await scoped.get(`/api/v1/orgs/${a.orgB}/templates`)).status).toBe(200);
  });

  it("Vera's password session still sees workspace A and B", async () => {
    expect((await a.vera.client.get(`/api/v1/one-on-ones/${a.oneOnOneA}`)).status).toBe(200);
    const meeting = await a.vera.client.get(`/api/v1/meetings/${a.meetingA}`);
    expect(textOf(meeting)).toContain(marked("private note about Tom"));
    const search = await a.vera.client.get(`/api/v1/search?q=${MARK}`);
    expect(search.body.results.length).toBeGreaterThan(0);
    const me = await a.vera.client.get("/api/v1/me");
    expect(me.body.memberships.map((m: { organization: { id: string } }) => m.organization.id).sort()).toEqual(
      [a.orgA, a.orgB].sort(),
    );
    const orgs = (await a.vera.client.get("/api/v1/one-on-ones")).body.oneOnOnes.map(
      (s: { organizationId: string }) => s.organizationId,
    );
    expect(orgs).toContain(a.orgA);
    expect(orgs).toContain(a.orgB);
  });
});
