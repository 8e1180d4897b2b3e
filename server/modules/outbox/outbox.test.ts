import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildOwner } from "../../../tests/support/factories.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";
import { createMailer, type Mailer } from "./mailer.js";

interface Received {
  to: string[];
  raw: string;
}

const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (chunk: Buffer) => {
      raw += chunk.toString("utf8");
    });
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});

let mailer: Mailer;
const lazyMailer: Mailer = {
  get enabled() {
    return true;
  },
  send: (message) => mailer.send(message),
};

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  mailer = createMailer(`smtp://127.0.0.1:${port}`);
});
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describeEachEngine(
  "outbox over real SMTP",
  (ctx) => {
    it("delivers the invitation through SMTP and marks it sent", async () => {
      const owner = await buildOwner(ctx.current, "Sam Sender");
      const email = `smtp-${ctx.current.engine}@example.com`;
      const res = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, { email });
      expect(res.status).toBe(201);
      const message = received.find((m) => m.to.includes(email));
      expect(message?.raw).toContain("Sam Sender invited you");
      expect(message?.raw).toMatch(/Content-Type: text\/html/i);
      const row = await ctx.current.deps.db.kysely
        .selectFrom("outboxMessages")
        .selectAll()
        .where("toEmail", "=", email)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: "sent", attempts: 1 });
      expect(row.sentAt).not.toBeNull();
    });
  },
  { mailer: lazyMailer },
);
