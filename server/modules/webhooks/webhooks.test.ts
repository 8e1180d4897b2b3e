import { createHmac } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildMember } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair, type PairWorld } from "../../../tests/support/pairs.js";
import { describeEachEngine, type TestApp } from "../../../tests/support/test-app.js";
import { startWebhookReceiver } from "../../../tests/support/webhook-receiver.js";
import { createDb } from "../../db/database.js";
import { deliverDueWebhooks, webhookBackoffMs } from "./webhook-delivery.js";
import { verifySignature } from "./webhook-signature.js";

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());

const ALL_EVENTS = ["meeting.completed", "action.created", "action.done", "oneOnOne.created"];
let seq = 0;

/** A pair world and an endpoint on the receiver subscribed to every event. */
async function withEndpoint(t: TestApp, events = ALL_EVENTS) {
  const w = await buildPair(t);
  const path = `/hook/${t.engine}/${++seq}`;
  const res = await w.admin.client.post(`/api/v1/orgs/${w.orgId}/webhooks`, {
    url: receiver.url(path),
    description: "CRM sync",
    events,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { w, path, webhookId: res.body.webhook.id as string, secret: res.body.secret as string };
}

/** Starts a new 1:1 between the leader and the colleague: the events under test happen in it. */
async function newOneOnOne(t: TestApp, w: PairWorld) {
  const res = await w.leader.client.post("/api/v1/one-on-ones", {
    teammateId: w.colleague.userId,
    kind: "peer",
    cadence: { frequency: "weekly" },
    firstMeetingAt: new Date(t.clock.now().getTime() + 3600 * 1000).toISOString(),
    timezone: "UTC",
    durationMinutes: 30,
  });
  expect(res.status).toBe(201);
  return { oneOnOneId: res.body.id as string, meetingId: res.body.nextMeeting.id as string };
}

const nowSeconds = (t: TestApp) => Math.floor(t.clock.now().getTime() / 1000);

describeEachEngine(
  "webhooks",
  (ctx) => {
    it("signs every event with HMAC-SHA256 over timestamp.body; a wrong secret fails verification", async () => {
      const t = ctx.current;
      const { w, path, secret } = await withEndpoint(t);
      expect(secret).toMatch(/^whsec_[\w-]{40,}$/);
      const s = await newOneOnOne(t, w);
      const action = await w.leader.client.post(`/api/v1/meetings/${s.meetingId}/action-items`, {
        title: "Send the plan",
        ownerId: w.colleague.userId,
        dueDate: "2026-03-10",
      });
      expect(action.status).toBe(201);
      expect(
        (await w.colleague.client.patch(`/api/v1/action-items/${action.body.actionItem.id}`, { status: "done" }))
          .status,
      ).toBe(200);
      expect((await w.leader.client.post(`/api/v1/meetings/${s.meetingId}/complete`, {})).status).toBe(200);
      expect(receiver.at(path)).toHaveLength(0);
      expect(await deliverDueWebhooks(t.deps)).toBeGreaterThanOrEqual(4);
      const got = receiver.at(path);
      expect(got.map((r) => JSON.parse(r.body).type).sort()).toEqual([...ALL_EVENTS].sort());
      for (const r of got) {
        const header = String(r.headers["rapport-signature"]);
        const [tPart, v1Part] = header.split(",");
        const timestamp = Number(tPart?.slice(2));
        expect(timestamp).toBe(nowSeconds(t));
        // An independent computation, as a receiver would write it.
        const expected = createHmac("sha256", secret).update(`${timestamp}.${r.body}`).digest("hex");
        expect(v1Part).toBe(`v1=${expected}`);
        expect(verifySignature(secret, header, r.body, nowSeconds(t))).toBe(true);
        expect(verifySignature(`${secret}x`, header, r.body, nowSeconds(t))).toBe(false);
        expect(verifySignature(secret, header, `${r.body} `, nowSeconds(t))).toBe(false);
        expect(verifySignature(secret, header, r.body, nowSeconds(t) + 3600)).toBe(false);
        const body = JSON.parse(r.body);
        expect(body).toMatchObject({ version: 1, organizationId: w.orgId });
        expect(r.headers["rapport-event"]).toBe(body.type);
        expect(r.headers["content-type"]).toBe("application/json");
      }
      const byType = Object.fromEntries(got.map((r) => [JSON.parse(r.body).type, JSON.parse(r.body).data]));
      expect(byType["oneOnOne.created"].oneOnOne).toMatchObject({
        id: s.oneOnOneId,
        leaderId: w.leader.userId,
        teammateId: w.colleague.userId,
      });
      expect(byType["oneOnOne.created"].nextMeeting.id).toBe(s.meetingId);
      expect(byType["action.created"].action).toMatchObject({
        id: action.body.actionItem.id,
        status: "open",
        dueDate: "2026-03-10",
      });
      expect(byType["action.done"].action).toMatchObject({ id: action.body.actionItem.id, status: "done" });
      expect(byType["meeting.completed"].meeting).toMatchObject({ id: s.meetingId, status: "completed" });
      // Nothing is sent twice.
      expect(await deliverDueWebhooks(t.deps)).toBe(0);
      expect(receiver.at(path)).toHaveLength(4);
    });

    it("never sends a private note, a title, a body, a mood or a rating — only metadata (P1–P3)", async () => {
      const t = ctx.current;
      const { w, path } = await withEndpoint(t);
      const marker = `SECRET-${t.engine}-${Date.now()}`;
      const s = await newOneOnOne(t, w);
      const m = s.meetingId;
      const writes = [
        w.leader.client.put(`/api/v1/meetings/${m}/notes/private`, { body: `${marker}-private`, baseVersion: 0 }),
        w.colleague.client.put(`/api/v1/meetings/${m}/notes/private`, { body: `${marker}-private2`, baseVersion: 0 }),
        w.leader.client.put(`/api/v1/meetings/${m}/notes/shared`, { body: `${marker}-shared`, baseVersion: 0 }),
        w.colleague.client.post(`/api/v1/meetings/${m}/agenda-items`, { body: `${marker}-agenda` }),
        w.colleague.client.post(`/api/v1/meetings/${m}/check-in`, { mood: 2, note: `${marker}-checkin` }),
        w.colleague.client.post(`/api/v1/meetings/${m}/feedback`, { kind: "upward", body: `${marker}-feedback` }),
        w.leader.client.post(`/api/v1/meetings/${m}/rating`, { score: 4 }),
      ];
      for (const res of await Promise.all(writes)) expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
      const action = await w.leader.client.post(`/api/v1/meetings/${m}/action-items`, {
        title: `${marker}-action`,
        ownerId: w.leader.userId,
      });
      await w.leader.client.patch(`/api/v1/action-items/${action.body.actionItem.id}`, { status: "done" });
      await w.leader.client.post(`/api/v1/meetings/${m}/complete`, { rating: 5 });
      await deliverDueWebhooks(t.deps);
      const got = receiver.at(path);
      expect(got.map((r) => JSON.parse(r.body).type).sort()).toEqual([...ALL_EVENTS].sort());
      for (const r of got) {
        expect(r.body).not.toContain(marker);
        expect(r.body).not.toMatch(/"(title|body|note|mood|score|rating|email|name)"/);
      }
      const log = await w.admin.client.get(`/api/v1/orgs/${w.orgId}/webhooks/${await firstId(w)}/deliveries`);
      expect(JSON.stringify(log.body)).not.toContain(marker);
    });

    it("retries 500s and timeouts with exponential backoff and logs status, attempts, response and next try", async () => {
      const t = ctx.current;
      const { w, path, webhookId } = await withEndpoint(t, ["oneOnOne.created"]);
      receiver.behave(path, { status: 500, body: "x".repeat(5000) });
      await newOneOnOne(t, w);
      expect(await deliverDueWebhooks(t.deps)).toBe(0);
      const logUrl = `/api/v1/orgs/${w.orgId}/webhooks/${webhookId}/deliveries`;
      let [d] = (await w.admin.client.get(logUrl)).body.deliveries;
      expect(d).toMatchObject({ eventType: "oneOnOne.created", status: "failed", attempts: 1, responseStatus: 500 });
      expect(d.responseBody).toHaveLength(1000);
      expect(d.lastError).toBe("HTTP 500");
      expect(d.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + webhookBackoffMs(1)).toISOString());
      expect(webhookBackoffMs(1)).toBe(60_000);
      expect(webhookBackoffMs(2)).toBe(120_000);
      // Not due yet: nothing is sent.
      t.clock.advance(30_000);
      await deliverDueWebhooks(t.deps);
      expect(receiver.at(path)).toHaveLength(1);
      // Due: a second failure, this time a timeout; the wait doubles.
      t.clock.advance(31_000);
      receiver.behave(path, "hang");
      await deliverDueWebhooks(t.deps, { timeoutMs: 200 });
      [d] = (await w.admin.client.get(logUrl)).body.deliveries;
      expect(d).toMatchObject({ status: "failed", attempts: 2, responseStatus: null });
      expect(d.lastError).toMatch(/timed out/);
      expect(d.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + 120_000).toISOString());
      t.clock.advance(119_000);
      expect(await deliverDueWebhooks(t.deps)).toBe(0);
      receiver.behave(path, { status: 204 });
      t.clock.advance(1_000);
      expect(await deliverDueWebhooks(t.deps)).toBe(1);
      [d] = (await w.admin.client.get(logUrl)).body.deliveries;
      expect(d).toMatchObject({ status: "delivered", attempts: 3, responseStatus: 204, nextAttemptAt: null });
      expect(d.deliveredAt).toBe(t.clock.now().toISOString());
      // The same body (same event id) on every attempt.
      expect(new Set(receiver.at(path).map((r) => JSON.parse(r.body).id)).size).toBe(1);
    });

    it("does not follow redirects and gives up after the last attempt", async () => {
      const t = ctx.current;
      const { w, path, webhookId } = await withEndpoint(t, ["oneOnOne.created"]);
      const elsewhere = `${path}/elsewhere`;
      receiver.behave(path, { redirectTo: receiver.url(elsewhere) });
      await newOneOnOne(t, w);
      for (let i = 0; i < 8; i++) {
        await deliverDueWebhooks(t.deps);
        t.clock.advance(7 * 3600 * 1000);
      }
      expect(receiver.at(elsewhere)).toHaveLength(0);
      expect(receiver.at(path)).toHaveLength(8);
      const [d] = (await w.admin.client.get(`/api/v1/orgs/${w.orgId}/webhooks/${webhookId}/deliveries`)).body
        .deliveries;
      expect(d).toMatchObject({ status: "failed", attempts: 8, responseStatus: 302, nextAttemptAt: null });
      expect(d.lastError).toMatch(/redirects are not followed/);
      await deliverDueWebhooks(t.deps);
      expect(receiver.at(path)).toHaveLength(8);
    });

    it("sends each delivery once with two processes sweeping at the same time", async () => {
      const t = ctx.current;
      const { w, path } = await withEndpoint(t, ["action.created"]);
      const s = await newOneOnOne(t, w);
      for (let i = 0; i < 12; i++)
        await w.leader.client.post(`/api/v1/meetings/${s.meetingId}/action-items`, {
          title: `a${i}`,
          ownerId: w.leader.userId,
        });
      const otherDb = createDb(
        t.engine === "sqlite"
          ? { engine: "sqlite", filename: t.testDb.url.slice(7) }
          : { engine: "postgres", connectionString: t.testDb.url },
      );
      try {
        const counts = await Promise.all([
          deliverDueWebhooks(t.deps, { limit: 50 }),
          deliverDueWebhooks({ ...t.deps, db: otherDb }, { limit: 50 }),
          deliverDueWebhooks(t.deps, { limit: 50 }),
        ]);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
      } finally {
        await otherDb.destroy();
      }
      const ids = receiver.at(path).map((r) => JSON.parse(r.body).id);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
    });

    it("rotates the secret: both sign for a day, then only the new one", async () => {
      const t = ctx.current;
      const { w, path, webhookId, secret } = await withEndpoint(t);
      const rotated = await w.admin.client.post(`/api/v1/orgs/${w.orgId}/webhooks/${webhookId}/rotate-secret`, {});
      expect(rotated.status).toBe(200);
      const fresh = rotated.body.secret as string;
      expect(fresh).not.toBe(secret);
      expect(rotated.body.webhook.previousSecretExpiresAt).toBe(
        new Date(t.clock.now().getTime() + 24 * 3600 * 1000).toISOString(),
      );
      const test = await w.admin.client.post(`/api/v1/orgs/${w.orgId}/webhooks/${webhookId}/test`, {});
      expect(test.status).toBe(200);
      expect(test.body).toMatchObject({ eventType: "webhook.test", status: "delivered", responseStatus: 200 });
      const [during] = receiver.at(path);
      const header = String(during?.headers["rapport-signature"]);
      expect(header.match(/v1=/g)).toHaveLength(2);
      for (const key of [secret, fresh])
        expect(verifySignature(key, header, during?.body ?? "", nowSeconds(t))).toBe(true);
      t.clock.advance(24 * 3600 * 1000 + 1000);
      await w.admin.client.post(`/api/v1/orgs/${w.orgId}/webhooks/${webhookId}/test`, {});
      const after = receiver.at(path)[1];
      const afterHeader = String(after?.headers["rapport-signature"]);
      expect(afterHeader.match(/v1=/g)).toHaveLength(1);
      expect(verifySignature(fresh, afterHeader, after?.body ?? "", nowSeconds(t))).toBe(true);
      expect(verifySignature(secret, afterHeader, after?.body ?? "", nowSeconds(t))).toBe(false);
    });

    it("manages endpoints: list without secrets, update, disable (no deliveries), delete", async () => {
      const t = ctx.current;
      const { w, path, webhookId, secret } = await withEndpoint(t, ["oneOnOne.created"]);
      const base = `/api/v1/orgs/${w.orgId}/webhooks`;
      const list = await w.admin.client.get(base);
      expect(list.status).toBe(200);
      expect(list.body.webhooks).toHaveLength(1);
      expect(list.body.webhooks[0]).toMatchObject({ id: webhookId, events: ["oneOnOne.created"], enabled: true });
      expect(JSON.stringify(list.body)).not.toContain(secret);
      const off = await w.admin.client.patch(`${base}/${webhookId}`, { enabled: false, events: ALL_EVENTS });
      expect(off.body).toMatchObject({ enabled: false, events: ALL_EVENTS });
      await newOneOnOne(t, w);
      await deliverDueWebhooks(t.deps);
      expect(receiver.at(path)).toHaveLength(0);
      expect((await w.admin.client.get(`${base}/${webhookId}`)).body.enabled).toBe(false);
      expect((await w.admin.client.delete(`${base}/${webhookId}`)).status).toBe(204);
      expect((await w.admin.client.get(`${base}/${webhookId}`)).status).toBe(404);
      expect((await w.admin.client.get(`${base}/${webhookId}/deliveries`)).status).toBe(404);
    });

    it("refuses bad input with 400: not https, private addresses, credentials, unknown events", async () => {
      const t = ctx.current;
      const { w, webhookId } = await withEndpoint(t);
      const base = `/api/v1/orgs/${w.orgId}/webhooks`;
      const bad = [
        {},
        { url: "https://hooks.example.com/x" },
        { url: "https://hooks.example.com/x", events: [] },
        { url: "https://hooks.example.com/x", events: ["note.created"] },
        { url: "https://hooks.example.com/x", events: ["action.done", "action.done"] },
        { url: "http://hooks.example.com/x", events: ["action.done"] },
        { url: "ftp://hooks.example.com/x", events: ["action.done"] },
        { url: "not a url", events: ["action.done"] },
        { url: "https://10.0.0.8/x", events: ["action.done"] },
        { url: "https://169.254.169.254/latest/meta-data", events: ["action.done"] },
        { url: "https://[fd00::1]/x", events: ["action.done"] },
        { url: "https://[::ffff:192.168.1.1]/x", events: ["action.done"] },
        { url: "https://user:pass@hooks.example.com/x", events: ["action.done"] },
        { url: "https://intranet/x", events: ["action.done"] },
        { url: "http://10.0.0.8/x", events: ["action.done"] },
        { url: "https://hooks.example.com/x", events: ["action.done"], enabled: "yes" },
      ];
      for (const body of bad) {
        const res = await w.admin.client.post(base, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.error.code).toMatch(/validation_failed|invalid_webhook_url/);
      }
      expect((await w.admin.client.patch(`${base}/${webhookId}`, {})).status).toBe(400);
      expect(
        (await w.admin.client.patch(`${base}/${webhookId}`, { url: "https://127.0.0.2.nip.io.local/" })).status,
      ).toBe(400);
      expect((await w.admin.client.get(`${base}/${webhookId}/deliveries?limit=0`)).status).toBe(400);
      expect((await w.admin.client.get(`${base}/${webhookId}/deliveries?before=nope`)).status).toBe(400);
      const ok = await w.admin.client.post(base, { url: "https://hooks.example.com/x", events: ["action.done"] });
      expect(ok.status).toBe(201);
    });

    it("is for admins only: members and non-admins 403, other workspaces and strangers 404, anonymous 401", async () => {
      const t = ctx.current;
      const { w, webhookId } = await withEndpoint(t);
      const base = `/api/v1/orgs/${w.orgId}/webhooks`;
      const one = `${base}/${webhookId}`;
      const calls = (c: TestClient) => [
        c.get(base),
        c.post(base, { url: receiver.url("/x"), events: ["action.done"] }),
        c.get(one),
        c.patch(one, { enabled: false }),
        c.delete(one),
        c.post(`${one}/rotate-secret`, {}),
        c.post(`${one}/test`, {}),
        c.get(`${one}/deliveries`),
      ];
      for (const member of [w.leader, w.teammate, w.colleague])
        for (const res of await Promise.all(calls(member.client))) expect(res.status).toBe(403);
      for (const res of await Promise.all(calls(w.outsider.client))) expect(res.status).toBe(404);
      for (const res of await Promise.all(calls(new TestClient(t.app)))) expect(res.status).toBe(401);
      // The outsider's own workspace does not reach this endpoint either (P5).
      const outsiderOrg = (await w.outsider.client.get("/api/v1/me")).body.memberships[0].organization.id;
      expect((await w.outsider.client.get(`/api/v1/orgs/${outsiderOrg}/webhooks/${webhookId}`)).status).toBe(404);
      expect((await w.outsider.client.delete(`/api/v1/orgs/${outsiderOrg}/webhooks/${webhookId}`)).status).toBe(404);
      // An admin who is not the owner manages webhooks too.
      const admin2 = await buildMember(t, w.admin as never, { role: "admin" });
      expect((await admin2.client.get(base)).body.webhooks).toHaveLength(1);
      expect((await w.admin.client.get(one)).status).toBe(200);
    });

    it("documents the routes in OpenAPI", async () => {
      const doc = await new TestClient(ctx.current.app).get("/api/v1/openapi.json");
      const paths = Object.keys(doc.body.paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          "/api/v1/orgs/{orgId}/webhooks",
          "/api/v1/orgs/{orgId}/webhooks/{webhookId}",
          "/api/v1/orgs/{orgId}/webhooks/{webhookId}/rotate-secret",
          "/api/v1/orgs/{orgId}/webhooks/{webhookId}/test",
          "/api/v1/orgs/{orgId}/webhooks/{webhookId}/deliveries",
        ]),
      );
    });
  },
  { webhooksAllowInsecureLoopback: true },
);

/** The first webhook of the world's workspace. */
async function firstId(w: PairWorld): Promise<string> {
  return (await w.admin.client.get(`/api/v1/orgs/${w.orgId}/webhooks`)).body.webhooks[0].id;
}
