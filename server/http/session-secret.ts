import { randomBytes } from "node:crypto";
import type { Db } from "../db/database.js";
import { findSetting, insertSettingIfAbsent } from "./settings.repo.js";

/**
 * SESSION_SECRET when set; otherwise a random secret generated once and kept
 * in the database, so every app node and every restart agrees on it.
 */
export async function resolveSessionSecret(db: Db, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await insertSettingIfAbsent(db.kysely, "session_secret", randomBytes(32).toString("base64url"));
  return findSetting(db.kysely, "session_secret");
}
