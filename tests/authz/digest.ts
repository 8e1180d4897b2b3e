import type { Kysely } from "kysely";
import type { Database } from "../../server/db/schema.js";

/**
 * The tables a refused request must leave exactly as they were. Left out:
 * sessions (signing in makes them), rate-limit counters and audit events
 * (a refused sign-in is counted and recorded on purpose), and the settings.
 */
const TABLES = [
  "organizations",
  "users",
  "memberships",
  "invitations",
  "apiTokens",
  "outboxMessages",
  "templates",
  "oneOnOnes",
  "meetings",
  "standingItems",
  "agendaItems",
  "notes",
  "actionItems",
  "ratings",
  "checkIns",
  "feedback",
  "goals",
  "goalProgress",
  "calendarFeeds",
  "notificationPreferences",
] as const satisfies ReadonlyArray<keyof Database>;

/** Columns any request may touch: a token's last use. */
const VOLATILE: Partial<Record<(typeof TABLES)[number], string[]>> = { apiTokens: ["lastUsedAt"] };

export type Digest = Map<string, Set<string>>;

/** Every row of every table that matters, as text. */
export async function takeDigest(db: Kysely<Database>): Promise<Digest> {
  const digest: Digest = new Map();
  for (const table of TABLES) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Array<Record<string, unknown>>;
    const skip = VOLATILE[table] ?? [];
    digest.set(
      table,
      new Set(rows.map((row) => JSON.stringify(Object.entries(row).filter(([key]) => !skip.includes(key))))),
    );
  }
  return digest;
}

/** What changed between two digests, in a few readable lines (empty when nothing did). */
export function describeChanges(before: Digest, after: Digest): string[] {
  const lines: string[] = [];
  for (const [table, rows] of after) {
    const old = before.get(table) ?? new Set<string>();
    const added = [...rows].filter((r) => !old.has(r));
    const removed = [...old].filter((r) => !rows.has(r));
    for (const r of added.slice(0, 2)) lines.push(`${table} +${r.slice(0, 300)}`);
    for (const r of removed.slice(0, 2)) lines.push(`${table} -${r.slice(0, 300)}`);
  }
  return lines;
}
