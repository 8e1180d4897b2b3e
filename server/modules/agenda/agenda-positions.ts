import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.js";

/** The position after the last talking point of a section (0 for an empty section). */
export async function nextAgendaPosition(
  db: Kysely<Database> | Transaction<Database>,
  meetingId: string,
  sectionKey: string,
): Promise<number> {
  const last = await db
    .selectFrom("agendaItems")
    .select((eb) => eb.fn.max("position").as("max"))
    .where("meetingId", "=", meetingId)
    .where("sectionKey", "=", sectionKey)
    .executeTakeFirst();
  return last?.max === null || last?.max === undefined ? 0 : Number(last.max) + 1;
}
