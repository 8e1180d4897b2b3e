import type { Executor } from "../db/executor.js";

/** Stores a setting unless one is already kept under `key`. */
export async function insertSettingIfAbsent(db: Executor, key: string, value: string): Promise<void> {
  await db
    .insertInto("settings")
    .values({ key, value })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
}

/** The value of a setting that must exist. */
export async function findSetting(db: Executor, key: string): Promise<string> {
  const row = await db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirstOrThrow();
  return row.value;
}
