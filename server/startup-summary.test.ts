import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { startupSummary } from "./startup-summary.js";

const base = {
  listeningOn: "http://127.0.0.1:3000",
  appUrl: "http://localhost:3000",
  database: { engine: "sqlite" as const, filename: "./data/rapport.db" },
  smtpUrl: undefined,
  hasUsers: false,
};

describe("the first lines of a start", () => {
  it("say where Rapport listens, where the data is, that e-mail stays in the outbox, and how to make the first account", () => {
    expect(startupSummary(base)).toEqual([
      "Rapport is listening on http://127.0.0.1:3000 (open http://localhost:3000)",
      `Data: SQLite file ${resolve("./data/rapport.db")}`,
      "E-mail: not sent (SMTP_URL is not set): messages are kept in the outbox, which admins read under Outbox",
      "First account: open http://localhost:3000/signup to create your workspace (you become its owner), or run `npm run demo` for a demo workspace",
    ]);
  });

  it("name PostgreSQL's host and database and the SMTP host, never their passwords", () => {
    const lines = startupSummary({
      ...base,
      listeningOn: "http://localhost:3000",
      database: { engine: "postgres", connectionString: "postgres://rapport:db-secret@db.internal:5432/rapport" },
      smtpUrl: "smtps://mailer:smtp-secret@smtp.example.com:465",
      hasUsers: true,
    });
    expect(lines).toEqual([
      "Rapport is listening on http://localhost:3000",
      "Data: PostgreSQL database rapport on db.internal:5432",
      "E-mail: sent through SMTP at smtp.example.com:465",
      "Accounts: sign in at http://localhost:3000/login; owners and admins invite people from the People page",
    ]);
    expect(lines.join("\n")).not.toMatch(/secret/);
  });
});
