import type { Kysely } from "kysely";

/**
 * An index on every foreign key that lacked one (found by comparing each table's
 * foreign keys with its indexes). Some are read on hot paths — a meeting page
 * counted a goal's actions by scanning `action_items` (2.5 ms at 300 people,
 * growing with the company) — and the rest keep deletes and reporting-line
 * lookups from scanning whole tables.
 */
const INDEXES: Array<[table: string, column: string]> = [
  ["memberships", "manager_id"],
  ["invitations", "invited_by"],
  ["invitations", "manager_id"],
  ["audit_events", "actor_user_id"],
  ["outbox_messages", "organization_id"],
  ["templates", "owner_id"],
  ["one_on_ones", "created_by"],
  ["standing_items", "author_id"],
  ["agenda_items", "standing_item_id"],
  ["agenda_items", "author_id"],
  ["agenda_items", "one_on_one_id"],
  ["notes", "updated_by"],
  ["notes", "author_id"],
  ["action_items", "goal_id"],
  ["action_items", "created_by"],
  ["ratings", "user_id"],
  ["check_ins", "user_id"],
  ["feedback", "to_user_id"],
  ["feedback", "from_user_id"],
  ["goals", "created_by"],
  ["goals", "teammate_id"],
  ["goal_progress", "author_id"],
  ["goal_progress", "meeting_id"],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [table, column] of INDEXES) {
    await db.schema.createIndex(`${table}_${column}_fk_idx`).ifNotExists().on(table).column(column).execute();
  }
}
