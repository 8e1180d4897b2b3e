import type { Kysely } from "kysely";
import type { Executor } from "../../db/executor.js";
import type { ImportTable } from "./import-plan.js";

/** Which of these ids are stored in a table keyed by `id`. */
export async function listStoredIds(db: Executor, table: ImportTable, ids: string[]): Promise<string[]> {
  const rows = await (db as unknown as Kysely<Record<string, { id: string }>>)
    .selectFrom(table)
    .select("id")
    .where("id", "in", ids)
    .execute();
  return rows.map((row) => row.id);
}

/** The accounts holding these e-mail addresses. */
export function listUsersByEmail(db: Executor, emails: string[]) {
  return db.selectFrom("users").select(["id", "email"]).where("email", "in", emails).execute();
}

/** The stored `outer|inner` keys of a table keyed by two columns (memberships, ratings), for these `outer` values. */
export async function listStoredPairKeys(
  db: Executor,
  table: "memberships" | "ratings",
  [outer, inner]: [string, string],
  outerValues: string[],
): Promise<string[]> {
  const stored = await (db as unknown as Kysely<Record<string, Record<string, string>>>)
    .selectFrom(table)
    .select([outer, inner])
    .where(outer, "in", outerValues)
    .execute();
  return stored.map((r) => `${r[outer]}|${r[inner]}`);
}

/** Which of these meetings already have their check-in. */
export async function listCheckedInMeetings(db: Executor, meetingIds: string[]): Promise<string[]> {
  const stored = await db.selectFrom("checkIns").select("meetingId").where("meetingId", "in", meetingIds).execute();
  return stored.map((r) => r.meetingId);
}

/** Inserts rows, leaving those already stored as they are; how many were new. */
export async function insertRowsUnlessStored(
  db: Executor,
  table: ImportTable,
  rows: Array<Record<string, unknown>>,
): Promise<number> {
  const result = await (db as unknown as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto(table)
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
