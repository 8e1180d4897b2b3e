import { randomBytes, randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { expect } from "vitest";
import { signFeedToken } from "../../server/modules/calendar/feed-token.js";
import { PASSWORD } from "../support/factories.js";
import { TestClient } from "../support/http-client.js";
import { type ActorName, type Caller, open, personOf, signedIn } from "./actors.js";
import { type Row, row } from "./row.js";
import { send } from "./run-row.js";
import { fromSpareSession } from "./spare-session.js";
import { expectOneOnOne, listsVisibleOneOnOnes, MARKER_PREFIX, ok, visibleOneOnOne, type World } from "./world.js";

const unique = () => randomBytes(4).toString("hex");

/** A refused sign-in step leaves the browser's own session working (a deactivated person's never works). */
async function expectSessionUntouched(w: World, caller: Caller): Promise<void> {
  if (caller.via !== "session" || caller.actor === "deactivated") return;
  expect((await send(w.t, caller, "GET", "/api/v1/me")).status, "the session afterwards").toBe(200);
}

async function feedUrl(w: World, c: Caller): Promise<string> {
  if (!c.user) return `/calendar/${Buffer.from(w.users.leader.userId).toString("base64url")}.forged.ics`;
  const row = await w.t.deps.db.kysely
    .selectFrom("calendarFeeds")
    .select("version")
    .where("userId", "=", c.user.userId)
    .executeTakeFirst();
  return `/calendar/${signFeedToken(w.t.deps.secret, c.user.userId, Number(row?.version ?? 0))}.ics`;
}

/** The system, the caller's account, tokens, calendar, notifications, search, home and dashboard. */
export const accountRows: Row[] = [
  row({ method: "GET", path: "/healthz", expect: open(200) }),
  row({ method: "GET", path: "/api/v1/openapi.json", expect: open(200) }),
  row({ method: "GET", path: "/api/v1/instance", expect: open(200) }),
  row({
    method: "POST",
    path: "/api/v1/auth/signup",
    expect: open(201),
    body: () => ({
      email: `signup-${unique()}@example.com`,
      password: PASSWORD,
      name: "Nia New",
      organizationName: "New",
    }),
    // Signing up rotates the session the browser had, so each caller signs up from a spare one.
    as: fromSpareSession,
  }),
  row({
    method: "POST",
    path: "/api/v1/auth/login",
    variant: "as themselves",
    expect: { signedIn: 200, anonymous: { status: 401, code: "invalid_credentials" } },
    // Anonymous tries the leader's e-mail; a deactivated person their own right password.
    body: (w, _, c) => ({ email: (c.user ?? w.users.leader).email, password: c.user ? PASSWORD : "not the password" }),
    // Signing in rotates the session the browser had, so each caller signs in from a spare one.
    as: fromSpareSession,
    check: async ({ res, caller, allowed, w }) => {
      if (allowed) expect(res.body.user.id).toBe(caller.user?.userId);
      if (allowed && caller.via === "session" && caller.cookie) {
        const old = await send(w.t, caller, "GET", "/api/v1/me");
        expect(old.status, "the session signed in over").toBe(401);
      }
    },
  }),
  row({
    method: "POST",
    path: "/api/v1/auth/logout",
    expect: open(204),
    as: fromSpareSession,
    check: async ({ caller, w }) => {
      if (!caller.user || caller.actor === "deactivated") return;
      if (caller.cookie) {
        const spare = await send(w.t, caller, "GET", "/api/v1/me");
        expect(spare.status, "the session signed out of").toBe(caller.via === "session" ? 401 : 200);
      }
      expect((await caller.user.client.get("/api/v1/me")).status, "their other session").toBe(200);
      const api = new TestClient(w.t.app);
      api.bearer = w.tokens[caller.actor as "leader"].token;
      expect((await api.get("/api/v1/me")).status, "their token").toBe(200);
    },
  }),
  // Single sign-on: browser redirects, never a session without the provider's word. Both always answer 302 to the
  // login page here (no provider answers in the matrix), whoever calls, and leave the caller's session as it was.
  row({
    method: "GET",
    path: "/api/v1/auth/sso/start",
    variant: "a workspace without SSO",
    expect: open(302),
    url: () => `/api/v1/auth/sso/start?orgId=${randomUUID()}`,
    check: async ({ res, caller, w }) => {
      if (res.status !== 302) return;
      expect(res.headers.location).toBe("/login?sso_error=sso_not_configured");
      expect(String(res.headers["set-cookie"] ?? "")).not.toContain("rapport_session");
      await expectSessionUntouched(w, caller);
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/auth/sso/callback",
    variant: "a forged answer, without the browser's state",
    expect: open(302),
    url: () => "/api/v1/auth/sso/callback?code=forged&state=forged",
    check: async ({ res, caller, w }) => {
      if (res.status !== 302) return;
      expect(String(res.headers.location)).toMatch(/^\/login\?sso_error=/);
      expect(String(res.headers["set-cookie"] ?? "")).not.toMatch(/rapport_session=[^;]/);
      await expectSessionUntouched(w, caller);
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/auth/sso/pending-link",
    variant: "without a pending link in this browser",
    expect: open(404),
  }),
  row({
    method: "POST",
    path: "/api/v1/auth/sso/confirm-link",
    variant: "without a pending link in this browser",
    expect: open(404),
    body: () => ({ password: PASSWORD }),
  }),
  row({
    method: "GET",
    path: "/api/v1/me",
    expect: signedIn(200),
    check: ({ res, caller, allowed }) => {
      if (allowed) expect(res.body.user.id).toBe(caller.user?.userId);
    },
  }),
  row({ method: "PATCH", path: "/api/v1/me", expect: signedIn(200), body: () => ({ timezone: "UTC" }) }),
  row({
    method: "PUT",
    path: "/api/v1/me/password",
    // The right password would end everyone's sessions; a wrong one shows who reaches the check.
    variant: "wrong current password",
    sessionOnly: true,
    expect: {
      signedIn: { status: 401, code: "invalid_credentials" },
      anonymous: { status: 401, code: "unauthorized" },
    },
    body: () => ({ currentPassword: "not the password", newPassword: "a brand new password" }),
  }),
  row({
    method: "GET",
    path: "/api/v1/tokens",
    sessionOnly: true,
    expect: signedIn(200),
    check: ({ res, caller, allowed, w }) => {
      if (!allowed) return;
      const ids = res.body.tokens.map((t: { id: string }) => t.id);
      for (const [actor, token] of Object.entries(w.tokens)) {
        // A person's session lists all their tokens; a sign-in held to a workspace only those held there too.
        const listed = actor === caller.actor || personOf(actor as ActorName) === caller.actor;
        expect(ids.includes(token.id), `${actor}'s token listed`).toBe(listed);
      }
    },
  }),
  row({
    method: "POST",
    path: "/api/v1/tokens",
    sessionOnly: true,
    expect: signedIn(201),
    body: () => ({ name: "extra" }),
  }),
  row<{ id: string; token: string }>({
    method: "DELETE",
    path: "/api/v1/tokens/{id}",
    variant: "the leader's token",
    sessionOnly: true,
    expect: { leader: 204, signedIn: 404, anonymous: 401 },
    target: async (w) => ok(await w.users.leader.client.post("/api/v1/tokens", { name: "target" }), 201, "token"),
    fresh: true,
    url: (_, token) => `/api/v1/tokens/${token.id}`,
    check: async ({ allowed, target, w }) => {
      const api = new TestClient(w.t.app);
      api.bearer = target.token;
      expect((await api.get("/api/v1/me")).status, "the token afterwards").toBe(allowed ? 401 : 200);
    },
  }),
  row({
    method: "GET",
    path: "/calendar/{file}",
    // The URL is the credential: everyone reads their own feed; a forged one answers 404.
    variant: "own feed",
    expect: { signedIn: 200, deactivated: 200, anonymous: 404 },
    url: (w, _, c) => feedUrl(w, c),
    check: ({ res, caller, allowed, w }) => {
      if (!allowed) return;
      expect(res.body).not.toContain(MARKER_PREFIX);
      expectOneOnOne(
        w,
        // The feed is the person's, whoever holds its URL.
        { ...caller, actor: personOf(caller.actor) },
        [w.oneOnOneId, w.otherOneOnOneId].filter((id) => res.body.includes(`${id}@rapport`)),
      );
    },
  }),
  // The feed lists every workspace's 1:1s: a sign-in held to one workspace may not reveal it (ADR 0017).
  row({
    method: "GET",
    path: "/api/v1/calendar-feed",
    sessionOnly: true,
    expect: { ...signedIn(200), "scopedLeader:session": { status: 403, code: "workspace_scoped_session" } },
  }),
  row({
    method: "POST",
    path: "/api/v1/calendar-feed/rotate",
    sessionOnly: true,
    expect: { ...signedIn(200), "scopedLeader:session": { status: 403, code: "workspace_scoped_session" } },
  }),
  row({ method: "GET", path: "/api/v1/me/notifications", expect: signedIn(200) }),
  row({
    method: "PATCH",
    path: "/api/v1/me/notifications",
    expect: signedIn(200),
    body: () => ({ reminders: true, recaps: true, digest: true, nudges: true }),
  }),
  row({
    method: "GET",
    path: "/api/v1/search",
    variant: "every marker",
    expect: signedIn(200),
    url: () => `/api/v1/search?q=${MARKER_PREFIX}&limit=50`,
    check: ({ res, caller, allowed, w }) => {
      if (!allowed) return;
      const mine = visibleOneOnOne(w, caller.actor);
      const seen = new Set<string>(res.body.results.map((r: { oneOnOneId: string }) => r.oneOnOneId));
      expect(
        [...seen].filter((id) => !mine.includes(id)),
        "others' pairs",
      ).toEqual([]);
      expect(seen.size > 0, "finds its own").toBe(mine.length > 0);
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/search",
    variant: "the teammate's private note",
    expect: signedIn(200),
    url: (w) => `/api/v1/search?q=${w.markers.privateOf.teammate}`,
    check: ({ res, caller, allowed }) => {
      if (!allowed) return;
      const hits = res.body.results.map((r: { type: string; private: boolean }) => `${r.type}:${r.private}`);
      if (caller.actor === "teammate") expect(new Set(hits)).toEqual(new Set(["note:true"]));
      else expect(hits).toEqual([]);
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/home",
    expect: signedIn(200),
    check: listsVisibleOneOnOnes((body) => body.upcoming.map((u: { oneOnOneId: string }) => u.oneOnOneId)),
  }),
  row({
    method: "GET",
    path: "/api/v1/dashboard",
    expect: signedIn(200),
    check: ({ res, caller, allowed, w }) => {
      if (!allowed) return;
      const ids = res.body.people.map((p: { oneOnOneId: string }) => p.oneOnOneId);
      expect(ids.includes(w.oneOnOneId), "the pair's row").toBe(caller.actor === "leader");
    },
  }),
  // Export: the leak check reads these answers (the zip unpacked) like every other route's; the checks here
  // make sure each export holds what its reader may see, so that check is not passing on an empty file.
  row({
    method: "GET",
    path: "/api/v1/export",
    expect: signedIn(200),
    check: ({ res, caller, allowed, w }) => {
      if (!allowed) return;
      expect(res.body.kind).toBe("user");
      expect(res.body.user.id).toBe(caller.user?.userId);
      expectOneOnOne(
        w,
        caller,
        res.body.oneOnOnes.map((o: { id: string }) => o.id),
      );
      expectOwnContent(w, caller, JSON.stringify(res.body));
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/export/markdown",
    expect: signedIn(200),
    check: ({ res, caller, allowed, w }) => {
      if (!allowed) return;
      expect(String(res.headers["content-type"])).toContain("application/zip");
      const files = unzipSync(new Uint8Array(res.raw as Buffer));
      expectOwnContent(
        w,
        caller,
        Object.values(files)
          .map((bytes) => strFromU8(bytes))
          .join("\n"),
      );
    },
  }),
];

/** A participant's export holds the pair's content and their own private note (positive controls for the leak check). */
function expectOwnContent(w: World, caller: Caller, text: string): void {
  const actor = caller.actor;
  if (actor !== "leader" && actor !== "teammate") return;
  expect(text.includes(w.markers.pair), "the pair's content").toBe(true);
  expect(text.includes(w.markers.privateOf[actor]), "their own private note").toBe(true);
}
