import { z } from "zod";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => !v || /^(sqlite:|postgres:\/\/|postgresql:\/\/)/.test(v), {
      message: "must start with sqlite: or postgres://",
    }),
  APP_URL: z.string().url().optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SMTP_URL: z.string().url().optional(),
  WEBHOOKS_ALLOW_INSECURE_LOOPBACK: z.enum(["true", "false", "1", "0"]).optional(),
  SSO_ALLOW_PRIVATE_ISSUER: z.enum(["true", "false", "1", "0"]).optional(),
  RAPPORT_DEMO: z.enum(["true", "false", "1", "0"]).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type DatabaseConfig = { engine: "sqlite"; filename: string } | { engine: "postgres"; connectionString: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  appUrl: string;
  /** Signs cookies; when unset a random secret is kept in the database. */
  sessionSecret: string | undefined;
  smtpUrl: string | undefined;
  logLevel: string;
  /** Lets webhooks post over plain http:// to loopback (development and tests); never public or private addresses. */
  webhooksAllowInsecureLoopback: boolean;
  /** Lets an SSO issuer live on loopback or a private network (development only); off, such issuers are refused. */
  ssoAllowPrivateIssuer: boolean;
  /** Serving the demo workspace (`npm run demo`): visitors sign in to the language they picked. */
  demo: boolean;
}

/** Parses a DATABASE_URL (or its absence) into a database choice. */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { engine: "sqlite", filename: "./data/rapport.db" };
  if (url.startsWith("sqlite:")) return { engine: "sqlite", filename: url.slice("sqlite:".length) };
  return { engine: "postgres", connectionString: url };
}

/** Reads the environment once; throws a readable error naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: parseDatabaseUrl(e.DATABASE_URL),
    appUrl: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    sessionSecret: e.SESSION_SECRET,
    smtpUrl: e.SMTP_URL,
    logLevel: e.LOG_LEVEL,
    webhooksAllowInsecureLoopback:
      e.WEBHOOKS_ALLOW_INSECURE_LOOPBACK === "true" || e.WEBHOOKS_ALLOW_INSECURE_LOOPBACK === "1",
    ssoAllowPrivateIssuer: e.SSO_ALLOW_PRIVATE_ISSUER === "true" || e.SSO_ALLOW_PRIVATE_ISSUER === "1",
    demo: e.RAPPORT_DEMO === "true" || e.RAPPORT_DEMO === "1",
  };
}
