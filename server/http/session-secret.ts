import { randomBytes } from "node:crypto";
import type { Db } from "../db/database.js";

/**
 * SESSION_SECRET when set; otherwise a random secret generated once and kept
 * in the database, so every app node and every restart agrees on it.
 */
export async function resolveSessionSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await db.kysely
    .insertInto("settings")
    .values({ key: "session_secret", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db.kysely
    .selectFrom("settings")
    .select("value")
    .where("key", "=", "session_secret")
    .executeTakeFirstOrThrow();
  return row.value;
}
