import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe } from "vitest";
import { buildApp } from "../../server/app.js";
import { fixedClock } from "../../server/clock.js";
import { type Config, parseDatabaseUrl } from "../../server/config.js";
import type { Deps, DnsResolver, RateLimits } from "../../server/context.js";
import type { Engine } from "../../server/db/database.js";
import type { Mailer } from "../../server/modules/outbox/mailer.js";
import { createTestDb, type TestDb, testEngines } from "./test-db.js";

export const TEST_ORIGIN = "http://localhost:3000";

export interface TestApp {
  engine: Engine;
  app: FastifyInstance;
  deps: Deps;
  clock: ReturnType<typeof fixedClock>;
  testDb: TestDb;
  /** Set when the app listens on loopback: clients then speak real HTTP to it. */
  baseUrl?: string;
}

export interface TestAppOptions {
  rateLimits?: Partial<RateLimits>;
  mailer?: Mailer;
  smtpUrl?: string;
  appUrl?: string;
  /** Lets webhooks post to http:// on loopback (the webhook tests' receiver). */
  webhooksAllowInsecureLoopback?: boolean;
  /** A built web app to serve; none by default. */
  webRoot?: string;
  /** Lets an SSO issuer live on loopback (the test identity provider). */
  ssoAllowPrivateIssuer?: boolean;
  /** DNS answers; by default an offline resolver that knows no name (tests publish what they need). */
  dns?: DnsResolver;
}

/** A resolver tests drive: TXT records and addresses by name; any other name is not found. */
export class FakeDns implements DnsResolver {
  txt = new Map<string, string[][]>();
  addresses = new Map<string, string[]>();
  async resolveTxt(name: string): Promise<string[][]> {
    const records = this.txt.get(name.toLowerCase());
    if (!records) throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: "ENOTFOUND" });
    return records;
  }
  async lookup(hostname: string): Promise<Array<{ address: string; family: number }>> {
    const list = this.addresses.get(hostname.toLowerCase());
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return list.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  }
}

/** The configuration tests run with. */
export function testConfig(url: string, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    database: parseDatabaseUrl(url),
    appUrl: TEST_ORIGIN,
    sessionSecret: "test-secret-test-secret-test-secret-000",
    smtpUrl: undefined,
    logLevel: "silent",
    webhooksAllowInsecureLoopback: false,
    ssoAllowPrivateIssuer: false,
    demo: false,
    ...overrides,
  };
}

/** Builds the real app on a fresh database of the engine, with a fake clock and cheap password hashing. */
export async function startTestApp(engine: Engine, options: TestAppOptions = {}): Promise<TestApp> {
  const testDb = await createTestDb(engine);
  const clock = fixedClock("2026-03-02T09:00:00.000Z");
  const { app, deps } = await buildApp({
    config: testConfig(testDb.url, {
      smtpUrl: options.smtpUrl,
      appUrl: options.appUrl ?? TEST_ORIGIN,
      webhooksAllowInsecureLoopback: options.webhooksAllowInsecureLoopback ?? false,
      ssoAllowPrivateIssuer: options.ssoAllowPrivateIssuer ?? false,
    }),
    dns: options.dns ?? new FakeDns(),
    db: testDb.db,
    clock,
    passwordCost: 10,
    logger: false,
    webRoot: options.webRoot ?? "/nonexistent",
    ...(options.mailer ? { mailer: options.mailer } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });
  return { engine, app, deps, clock, testDb };
}

/**
 * Runs the suite once per engine (SQLite, and PostgreSQL when available),
 * each on its own fresh database. `ctx.current` is set before the tests run.
 */
export function describeEachEngine(
  name: string,
  suite: (ctx: { current: TestApp }) => void,
  options: TestAppOptions = {},
): void {
  for (const engine of testEngines()) {
    describe(`${name} [${engine}]`, () => {
      const ctx = {} as { current: TestApp };
      beforeAll(async () => {
        ctx.current = await startTestApp(engine, options);
      });
      afterAll(async () => {
        await ctx.current?.app.close();
        await ctx.current?.testDb.drop();
      });
      suite(ctx);
    });
  }
}
