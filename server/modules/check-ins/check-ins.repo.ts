import type { Executor } from "../../db/executor.js";
import type { CheckInsTable } from "../../db/schema.js";

/** Stores a meeting's check-in, replacing the answers of an earlier one. */
export async function upsertCheckIn(db: Executor, row: CheckInsTable): Promise<void> {
  await db
    .insertInto("checkIns")
    .values(row)
    .onConflict((oc) =>
      oc
        .column("meetingId")
        .doUpdateSet({ mood: row.mood, energy: row.energy, note: row.note, updatedAt: row.updatedAt }),
    )
    .execute();
}
