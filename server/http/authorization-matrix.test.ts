import { afterAll, beforeAll, expect, it } from "vitest";
import { ACTORS, expectedOutcome } from "../../tests/authz/actors.js";
import { buildCallers } from "../../tests/authz/callers.js";
import {
  countCarrying,
  findLeaks,
  liveExposures,
  mailExposures,
  markerRules,
  outboxExposures,
  privateEventLeaks,
} from "../../tests/authz/leaks.js";
import { type Row, routeKey, rowName } from "../../tests/authz/row.js";
import { accountRows } from "../../tests/authz/rows-account.js";
import { meetingRows } from "../../tests/authz/rows-meeting.js";
import { pairRows } from "../../tests/authz/rows-pair.js";
import { workspaceRows } from "../../tests/authz/rows-workspace.js";
import { type Matrix, runRow } from "../../tests/authz/run-row.js";
import { buildWorld } from "../../tests/authz/world.js";
import { TestClient } from "../../tests/support/http-client.js";
import { captureMailer } from "../../tests/support/mail-capture.js";
import { describeEachEngine } from "../../tests/support/test-app.js";
import { startWebhookReceiver } from "../../tests/support/webhook-receiver.js";
import { runSweeps } from "../jobs/scheduler.js";
import { CLOSE_UNAUTHORIZED } from "../live/hub.js";

/** The part of an OpenAPI operation the matrix reads. */
type Operation = { security?: Array<Record<string, string[]>> };

/**
 * The authorization matrix: every documented route, called as every actor of
 * DESIGN §3 by session and by API token, against what P1–P6 allow. The rows
 * live in tests/authz/; a route without a row fails the first test.
 */
const ROWS: Row[] = [...accountRows, ...workspaceRows, ...pairRows, ...meetingRows];

/** Every e-mail the app sends, composed as for SMTP. */
const outgoing = captureMailer();

/** Every webhook the app sends: a real HTTP server on loopback. */
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());

const unlimited = { limit: 1_000_000, windowSeconds: 60 };
const rateLimits = {
  loginPerIp: unlimited,
  loginPerEmailAndIp: unlimited,
  loginPerEmail: unlimited,
  passwordConfirmPerUser: unlimited,
  signupPerIp: unlimited,
  signupPerEmail: unlimited,
  invitationAcceptPerIp: unlimited,
};

describeEachEngine(
  "authorization matrix",
  (ctx) => {
    let m: Matrix;
    let firstMail = 0;
    let documented: string[] = [];

    beforeAll(async () => {
      firstMail = outgoing.received.length;
      const w = await buildWorld(ctx.current, receiver.url);
      m = { w, callers: buildCallers(w), rules: markerRules(w, "app"), exposures: [], stats: { calls: 0, checks: 0 } };
    });
    afterAll(() => {
      for (const { client } of m?.w.live ?? []) client.detach();
    });

    it("has a row for every documented route, and documents every row", async () => {
      const res = await new TestClient(ctx.current.app).get("/api/v1/openapi.json");
      expect(res.status).toBe(200);
      const operations = Object.entries(res.body.paths as Record<string, Record<string, Operation>>).flatMap(
        ([path, methods]) =>
          Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
      );
      documented = operations.map((o) => o.key);
      const covered = new Set(ROWS.map(routeKey));
      expect(
        documented.filter((route) => !covered.has(route)),
        "documented routes without a row",
      ).toEqual([]);
      expect(
        [...covered].filter((route) => !documented.includes(route)),
        "rows for routes that are not documented",
      ).toEqual([]);
      // A row is session-only exactly when the document offers no bearer token for its route.
      const sessionOnly = new Set(
        operations
          .filter((o) => o.operation.security?.length && !o.operation.security.some((s) => "bearer" in s))
          .map((o) => o.key),
      );
      for (const row of ROWS) {
        expect(Boolean(row.sessionOnly), `${rowName(row)} sessionOnly`).toBe(sessionOnly.has(routeKey(row)));
      }
      // Every row says what every caller gets (this throws on a gap).
      for (const row of ROWS) for (const caller of m.callers) expectedOutcome(row, caller);
    });

    for (const row of ROWS) {
      it(rowName(row), async () => {
        expect(await runRow(m, row)).toEqual([]);
      });
    }

    it("lets no marker reach anyone else: responses, search, ICS, e-mails, the outbox, live channels (P1, P2, P3)", async () => {
      const { w } = m;
      // An action done, for the webhooks (the action rows leave theirs open).
      const done = await w.users.teammate.client.patch(`/api/v1/action-items/${w.actionItemId}`, { status: "done" });
      expect(done.status).toBe(200);
      await runSweeps(ctx.current.deps, { includeHourly: true });
      // One last change: once each channel of the meeting has it, everything sent before it has arrived.
      const open = w.live.filter((l) => l.meetingId === w.meetingId).map((l) => l.client);
      const counts = open.map((client) => client.events.length);
      const last = await w.users.teammate.client.post(`/api/v1/meetings/${w.meetingId}/agenda-items`, { body: "last" });
      expect(last.status).toBe(201);
      await Promise.all(open.map((c, i) => c.waitFor(() => c.events.length > (counts[i] ?? 0), "the last change")));

      const mails = await mailExposures(w, outgoing.received.slice(firstMail));
      const outbox = await outboxExposures(w);
      const live = liveExposures(w);
      // Webhooks leave for another system: nothing planted may be in them, whoever it belongs to.
      const hooks = receiver.received
        .filter((r) => r.path.startsWith(`/matrix/${ctx.current.engine}`))
        .map((r) => ({ audience: null, where: `webhook ${r.path}`, text: `${JSON.stringify(r.headers)}\n${r.body}` }));
      // Each response was checked as it came (its row fails); here the other channels, all at once.
      expect([
        ...findLeaks(markerRules(w, "email"), [...mails, ...outbox]),
        ...findLeaks(m.rules, hooks),
        ...findLeaks(m.rules, live),
        ...privateEventLeaks(w),
      ]).toEqual([]);

      // The check had something to find: the content did reach the people it belongs to.
      expect(countCarrying(w.markers.pair, mails), "recaps and reminders to the pair").toBeGreaterThan(0);
      expect(countCarrying(w.markers.pair, live), "the shared notes, live").toBeGreaterThan(0);
      const delivered = new Set(hooks.map((h) => JSON.parse(h.text.slice(h.text.indexOf("\n") + 1)).type));

      for (const type of ["oneOnOne.created", "action.created", "action.done", "meeting.completed", "webhook.test"]) {
        expect(delivered.has(type), `a ${type} webhook was delivered`).toBe(true);
      }
      expect(countCarrying(w.markers.privateOf.teammate, m.exposures), "the teammate's own note").toBeGreaterThan(0);
      for (const watcher of w.live.filter((l) => l.actor === "formerMember")) {
        expect(watcher.client.closeCode, "the former member's live channel, once deactivated").toBe(CLOSE_UNAUTHORIZED);
      }
      const teammateEvents = w.live.filter((l) => l.actor === "teammate").flatMap((l) => l.client.events);
      expect(teammateEvents.map((e) => e.type)).toContain("privateNote.changed");

      const routes = new Set(ROWS.map(routeKey)).size;
      console.info(
        `authorization matrix [${ctx.current.engine}]: ${routes} routes (${documented.length} documented) in ` +
          `${ROWS.length} rows × ${m.callers.length} callers (${ACTORS.length} actors, by session and by token, ` +
          `plus a cross-site cookie) = ${ROWS.length * m.callers.length} cells; ${m.stats.calls} requests, ` +
          `${m.stats.checks} checks; leak check over ${m.exposures.length} responses, ${mails.length} e-mails, ` +
          `${outbox.length} outbox rows, ${live.length} live channels, ${hooks.length} webhooks`,
      );
    });
  },
  { mailer: outgoing.mailer, rateLimits, webhooksAllowInsecureLoopback: true },
);
