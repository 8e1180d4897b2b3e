import { expect, it } from "vitest";
import { buildOwner } from "../../../tests/support/factories.js";
import { readable, smtpServerForFile, switchableMailer } from "../../../tests/support/smtp.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";
import type { Deps } from "../../context.js";
import { createDb } from "../../db/database.js";
import { deliverDueMessages, enqueueEmail } from "./outbox.service.js";

const smtp = smtpServerForFile();
const { target } = smtp;

/** Queues `count` test emails as pending, nothing sent yet, whatever the mailer does; gives back their keys. */
async function enqueuePendingTestEmails(deps: Deps, prefix: string, count: number) {
  const quiet = { ...deps, mailer: { enabled: false, send: async () => {} } };
  const keys = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  for (const key of keys) {
    await enqueueEmail(quiet, {
      organizationId: null,
      kind: "test",
      idempotencyKey: key,
      email: { to: `${key}@example.com`, subject: key, text: key, html: key },
    });
  }
  await deps.db.kysely
    .updateTable("outboxMessages")
    .set({ status: "pending" })
    .where("idempotencyKey", "like", `${prefix}-%`)
    .execute();
  return keys;
}

describeEachEngine(
  "outbox over real SMTP",
  (ctx) => {
    it("delivers the invitation through SMTP and marks it sent", async () => {
      const owner = await buildOwner(ctx.current, "Sam Sender");
      const email = `smtp-${ctx.current.engine}@example.com`;
      const res = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, { email });
      expect(res.status).toBe(201);
      expect(res.body.emailDelivery).toBe("sent");
      const message = smtp.received.find((m) => m.to.includes(email));
      expect(readable(message?.raw ?? "")).toContain("Sam Sender invited you");
      expect(message?.raw).toMatch(/Content-Type: text\/html/i);
      const row = await ctx.current.deps.db.kysely
        .selectFrom("outboxMessages")
        .selectAll()
        .where("toEmail", "=", email)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: "sent", attempts: 1 });
      expect(row.sentAt).not.toBeNull();
    });

    it("retries a failed delivery with backoff and sends it once the server answers", async () => {
      const deps = ctx.current.deps;
      target.current = { enabled: true, send: async () => Promise.reject(new Error("421 try later")) };
      const to = `retry-${ctx.current.engine}@example.com`;
      await enqueueEmail(deps, {
        organizationId: null,
        kind: "test",
        idempotencyKey: `retry-${ctx.current.engine}`,
        email: { to, subject: "s", text: "t", html: "<p>t</p>" },
      });
      const failed = await deps.db.kysely
        .selectFrom("outboxMessages")
        .selectAll()
        .where("toEmail", "=", to)
        .executeTakeFirstOrThrow();
      expect(failed).toMatchObject({ status: "failed", attempts: 1 });
      expect(failed.lastError).toContain("421");
      target.current = smtp.mailer;
      expect(await deliverDueMessages(deps)).toBe(0);
      ctx.current.clock.advance(61_000);
      expect(await deliverDueMessages(deps)).toBe(1);
      expect(smtp.received.filter((m) => m.to.includes(to))).toHaveLength(1);
      ctx.current.clock.advance(-61_000);
    });

    it("drains a backlog bigger than one batch in a single sweep", async () => {
      const deps = ctx.current.deps;
      await enqueuePendingTestEmails(deps, `backlog-${ctx.current.engine}`, 23);
      target.current = smtp.mailer;
      expect(await deliverDueMessages({ ...deps, mailer: smtp.mailer }, { limit: 5 })).toBe(23);
      expect(await deliverDueMessages({ ...deps, mailer: smtp.mailer }, { limit: 5 })).toBe(0);
    });

    it("sends each message exactly once with two processes sweeping at the same time", async () => {
      const deps = ctx.current.deps;
      target.current = { enabled: false, send: async () => {} };
      const keys = await enqueuePendingTestEmails(deps, `race-${ctx.current.engine}`, 40);
      const otherDb = createDb(
        ctx.current.engine === "sqlite"
          ? { engine: "sqlite", filename: ctx.current.testDb.url.slice(7) }
          : { engine: "postgres", connectionString: ctx.current.testDb.url },
      );
      try {
        const first = { ...deps, mailer: smtp.mailer };
        const second = { ...deps, db: otherDb, mailer: smtp.mailer };
        const counts = await Promise.all([
          deliverDueMessages(first, { limit: 50 }),
          deliverDueMessages(second, { limit: 50 }),
          deliverDueMessages(first, { limit: 50 }),
        ]);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
      } finally {
        await otherDb.destroy();
        target.current = smtp.mailer;
      }
      for (const key of keys)
        expect(
          smtp.received.filter((m) => m.to.includes(`${key}@example.com`)),
          key,
        ).toHaveLength(1);
      const enqueuedTwice = await enqueueEmail(
        { ...deps, mailer: smtp.mailer },
        {
          organizationId: null,
          kind: "test",
          idempotencyKey: keys[0] as string,
          email: { to: "x@example.com", subject: "s", text: "t", html: "t" },
        },
      );
      expect(enqueuedTwice).toBeNull();
    });

    // Last: the refused message stays due for a retry, which would count in a later sweep.
    it("tells the inviter when SMTP refused the invitation: queued for a retry, not sent", async () => {
      const owner = await buildOwner(ctx.current, "Quinn Queued");
      target.current = { enabled: true, send: async () => Promise.reject(new Error("421 try later")) };
      try {
        const res = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
          email: `queued-${ctx.current.engine}@example.com`,
        });
        expect(res.status).toBe(201);
        expect(res.body.emailDelivery).toBe("queued");
      } finally {
        target.current = smtp.mailer;
      }
    });
  },
  { mailer: switchableMailer(target) },
);
