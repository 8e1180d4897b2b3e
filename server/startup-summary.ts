import { resolve } from "node:path";
import type { DatabaseConfig } from "./config.js";

/** What the first lines of a start say: where Rapport listens, where its data is, e-mail, the first account. */
export interface StartupFacts {
  /** The address the server is bound to, such as http://127.0.0.1:3000. */
  listeningOn: string;
  /** APP_URL: the address people open. */
  appUrl: string;
  database: DatabaseConfig;
  smtpUrl: string | undefined;
  /** Whether any account exists yet. */
  hasUsers: boolean;
}

/** Where the data lives, without a password: the SQLite file's full path, or PostgreSQL's host and database. */
export function describeDatabase(database: DatabaseConfig): string {
  if (database.engine === "sqlite") return `SQLite file ${resolve(database.filename)}`;
  if (!URL.canParse(database.connectionString)) return "PostgreSQL";
  const url = new URL(database.connectionString);
  const name = decodeURIComponent(url.pathname.replace(/^\//, "")) || "(default database)";
  return `PostgreSQL database ${name} on ${url.host || "the local socket"}`;
}

/** Whether e-mail goes out, naming the SMTP host (never its credentials), or that it stays in the outbox. */
export function describeEmail(smtpUrl: string | undefined): string {
  if (!smtpUrl)
    return "not sent (SMTP_URL is not set): messages are kept in the outbox, which admins read under Outbox";
  const host = URL.canParse(smtpUrl) ? new URL(smtpUrl).host : "the configured server";
  return `sent through SMTP at ${host}`;
}

/** The first lines `npm start` prints, in order. */
export function startupSummary(facts: StartupFacts): string[] {
  const open = facts.listeningOn === facts.appUrl ? "" : ` (open ${facts.appUrl})`;
  return [
    `Rapport is listening on ${facts.listeningOn}${open}`,
    `Data: ${describeDatabase(facts.database)}`,
    `E-mail: ${describeEmail(facts.smtpUrl)}`,
    facts.hasUsers
      ? `Accounts: sign in at ${facts.appUrl}/login; owners and admins invite people from the People page`
      : `First account: open ${facts.appUrl}/signup to create your workspace (you become its owner), or run \`npm run demo\` for a demo workspace`,
  ];
}
