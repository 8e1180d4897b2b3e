import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";

/**
 * Two privacy rules that need a column or a table:
 * - A rating is its author's alone; a teammate may share theirs with the leader, per 1:1
 *   (`one_on_ones.teammate_shares_ratings`, off by default).
 * - A workspace's audit log shows a person's account events (sign-ins, tokens, feed) only from
 *   while they were an active member there: `memberships.active_since` starts the current period
 *   (null: since the membership was created), and `membership_periods` keeps the finished ones.
 *   Existing periods are derived from the memberships and their recorded status changes.
 * - The mood and rating averages of a closed month are kept as first published (`aggregate_snapshots`),
 *   so a late or edited check-in or rating never moves a figure an admin already saw.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("one_on_ones")
    .addColumn("teammate_shares_ratings", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema.alterTable("memberships").addColumn("active_since", "varchar(32)").execute();
  await db.schema
    .createTable("membership_periods")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("organization_id", "varchar(64)", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("user_id", "varchar(64)", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("started_at", "varchar(32)", (c) => c.notNull())
    .addColumn("ended_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("membership_periods_organization_user_idx")
    .on("membership_periods")
    .columns(["organization_id", "user_id", "started_at"])
    .execute();
  await db.schema.createIndex("membership_periods_user_id_fk_idx").on("membership_periods").column("user_id").execute();

  await deriveExistingPeriods(db);

  // Mood and rating averages of a closed month, as first published: what an admin saw never moves (P4).
  await db.schema
    .createTable("aggregate_snapshots")
    .addColumn("organization_id", "varchar(64)", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("period_from", "varchar(32)", (c) => c.notNull())
    .addColumn("figures", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("aggregate_snapshots_pk", ["organization_id", "period_from"])
    .execute();
}

type Change = { organizationId: string; userId: string; at: string; to: string | null };

/**
 * Replays each membership's recorded status changes into finished periods and a current start.
 * Written in camelCase: migrations run through the app's Kysely, whose CamelCasePlugin maps the names.
 */
export async function deriveExistingPeriods(db: Kysely<any>): Promise<void> {
  const memberships: Array<{
    organizationId: string;
    userId: string;
    status: string;
    createdAt: string;
    updatedAt: string;
  }> = await db
    .selectFrom("memberships")
    .select(["organizationId", "userId", "status", "createdAt", "updatedAt"])
    .execute();
  const events: Array<{ organizationId: string; targetId: string; createdAt: string; metadata: string | null }> =
    await db
      .selectFrom("auditEvents")
      .select(["organizationId", "targetId", "createdAt", "metadata"])
      .where("action", "=", "member.status_changed")
      .orderBy("createdAt")
      .execute();
  const changes = new Map<string, Change[]>();
  for (const e of events) {
    let to: string | null = null;
    try {
      const parsed = JSON.parse(e.metadata ?? "{}") as { to?: unknown };
      to = typeof parsed.to === "string" ? parsed.to : null;
    } catch {
      to = null;
    }
    const key = `${e.organizationId}|${e.targetId}`;
    changes.set(key, [
      ...(changes.get(key) ?? []),
      { organizationId: e.organizationId, userId: e.targetId, at: e.createdAt, to },
    ]);
  }
  for (const m of memberships) {
    const periods: Array<{ startedAt: string; endedAt: string }> = [];
    let start = m.createdAt;
    let active = true;
    for (const c of changes.get(`${m.organizationId}|${m.userId}`) ?? []) {
      if (c.at < m.createdAt) continue;
      if (c.to === "deactivated" && active) {
        periods.push({ startedAt: start, endedAt: c.at });
        active = false;
      } else if (c.to === "active" && !active) {
        start = c.at;
        active = true;
      }
    }
    // A change with no recorded event (older data, or a re-accepted invitation): its last update is the nearest time known.
    if (m.status === "deactivated" && active) periods.push({ startedAt: start, endedAt: m.updatedAt });
    if (m.status === "active" && !active) start = m.updatedAt;
    for (const p of periods) {
      await db
        .insertInto("membershipPeriods")
        .values({
          id: randomUUID(),
          organizationId: m.organizationId,
          userId: m.userId,
          startedAt: p.startedAt,
          endedAt: p.endedAt,
        })
        .execute();
    }
    if (m.status === "active" && start !== m.createdAt)
      await db
        .updateTable("memberships")
        .set({ activeSince: start })
        .where("organizationId", "=", m.organizationId)
        .where("userId", "=", m.userId)
        .execute();
  }
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
