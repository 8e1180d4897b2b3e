import { afterAll, beforeAll, describe } from "vitest";
import { freePort } from "../../support/free-port.js";
import { TestClient } from "../../support/http-client.js";
import { type ReceivedMail, readable, startSmtpServer } from "../../support/smtp.js";
import { startTestApp, type TestApp, type TestAppOptions } from "../../support/test-app.js";
import { testEngines } from "../../support/test-db.js";

/** The app listening on loopback, a real SMTP server beside it, and clients that speak real HTTP. */
export interface AttackWorld extends TestApp {
  baseUrl: string;
  /** Every message the loopback SMTP server received, in order. */
  mail: ReceivedMail[];
  /** A fresh cookie-keeping client over HTTP, connecting from its own loopback address. */
  client: (ip?: string) => TestClient;
  /** The decoded text of every message sent to `email` so far. */
  mailTo: (email: string) => string[];
}

let nextHost = 10;

/**
 * One attacker's story, played once per engine (SQLite, and PostgreSQL when
 * available) against the real app listening on 127.0.0.1, with e-mail going
 * through a real SMTP server on loopback. `world.current` is set before the tests run.
 */
export function describeAttack(
  name: string,
  story: (world: { current: AttackWorld }) => void,
  options: Omit<TestAppOptions, "appUrl" | "mailer" | "smtpUrl"> = {},
): void {
  for (const engine of testEngines()) {
    describe(`${name} [${engine}]`, () => {
      const world = {} as { current: AttackWorld };
      let closeSmtp: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        const smtp = await startSmtpServer();
        closeSmtp = smtp.close;
        const port = await freePort();
        const baseUrl = `http://127.0.0.1:${port}`;
        const t = await startTestApp(engine, { ...options, appUrl: baseUrl, mailer: smtp.mailer });
        await t.app.listen({ port, host: "127.0.0.1" });
        t.baseUrl = baseUrl;
        world.current = {
          ...t,
          baseUrl,
          mail: smtp.received,
          client: (ip) => {
            const c = new TestClient(t.app, baseUrl);
            nextHost = (nextHost % 250) + 1;
            c.ip = ip ?? `127.0.9.${nextHost}`;
            return c;
          },
          mailTo: (email) => smtp.received.filter((m) => m.to.includes(email)).map((m) => readable(m.raw)),
        };
      });
      afterAll(async () => {
        await world.current?.app.close();
        await world.current?.testDb.drop();
        await closeSmtp?.();
      });
      story(world);
    });
  }
}
