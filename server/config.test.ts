import { describe, expect, it } from "vitest";
import { loadConfig, parseDatabaseUrl } from "./config.js";

describe("configuration", () => {
  it("has safe defaults: port 3000 on loopback, SQLite under ./data", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: "127.0.0.1", appUrl: "http://localhost:3000", demo: false });
    expect(config.database).toEqual({ engine: "sqlite", filename: "./data/rapport.db" });
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      DATABASE_URL: "postgres://u:p@db:5432/rapport",
      APP_URL: "https://rapport.example.com/",
      SESSION_SECRET: "s".repeat(40),
      SMTP_URL: "smtp://mail:25",
      RAPPORT_DEMO: "true",
    });
    expect(config).toMatchObject({
      demo: true,
      port: 8080,
      host: "0.0.0.0",
      appUrl: "https://rapport.example.com",
      smtpUrl: "smtp://mail:25",
    });
    expect(config.database).toEqual({ engine: "postgres", connectionString: "postgres://u:p@db:5432/rapport" });
    expect(parseDatabaseUrl("sqlite:/var/lib/rapport.db")).toEqual({
      engine: "sqlite",
      filename: "/var/lib/rapport.db",
    });
  });

  it("names each bad variable", () => {
    expect(() => loadConfig({ PORT: "http", DATABASE_URL: "mysql://x", SESSION_SECRET: "short" })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*SESSION_SECRET/,
    );
  });
});
