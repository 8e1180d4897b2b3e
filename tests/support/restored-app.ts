import { expect } from "vitest";
import { buildApp } from "../../server/app.js";
import type { Clock } from "../../server/clock.js";
import type { DatabaseConfig } from "../../server/config.js";
import { createDb } from "../../server/db/database.js";
import { migrateToLatest } from "../../server/db/migrator.js";
import { DEMO_PASSWORD } from "../../server/demo/seed.js";
import { TestClient } from "./http-client.js";
import { testConfig } from "./test-app.js";

/**
 * Starts the app on a restored copy of the demo (it must need no migration) and signs in the demo's leader,
 * who sees the demo's five 1:1s. `close` stops the app and the database.
 */
export async function openRestoredDemo(database: DatabaseConfig, url: string, clock: Clock) {
  const db = createDb(database);
  expect(await migrateToLatest(db)).toEqual([]);
  const { app } = await buildApp({
    config: testConfig(url),
    db,
    clock,
    passwordCost: 10,
    logger: false,
    webRoot: "/nonexistent",
  });
  const close = async () => {
    await app.close();
    await db.destroy();
  };
  try {
    const leader = new TestClient(app);
    const login = await leader.post("/api/v1/auth/login", {
      email: "marina@demo.rapport.dev",
      password: DEMO_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect((await leader.get("/api/v1/one-on-ones")).body.oneOnOnes).toHaveLength(5);
    return { leader, close };
  } catch (error) {
    await close();
    throw error;
  }
}
