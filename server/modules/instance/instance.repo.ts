import type { Executor } from "../../db/executor.js";

/** Whether any account exists at all (an instance without one is on its first run). */
export async function hasAnyUser(db: Executor): Promise<boolean> {
  const row = await db.selectFrom("users").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Whether some workspace routes sign-ins to its identity provider: enabled, with its e-mail domain verified. */
export async function hasSsoSignIn(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom("ssoConfigs")
    .select("organizationId")
    .where("enabled", "=", 1)
    .where("verifiedDomain", "is not", null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
