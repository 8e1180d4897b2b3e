import type { Kysely, Selectable, SelectQueryBuilder, Transaction } from "kysely";
import type { AuditAction, AuditTargetType } from "../../../shared/schemas/audit.js";
import type { Clock } from "../../clock.js";
import { newId } from "../../db/ids.js";
import type { AuditEventsTable, Database } from "../../db/schema.js";

export type { AuditAction };

type Executor = Kysely<Database> | Transaction<Database>;

export interface AuditEntry {
  /** The workspace it happened in; null for account events (sign-in, tokens, feed), shown to the actor's workspaces. */
  organizationId?: string | null;
  actorUserId: string | null;
  action: AuditAction;
  targetType?: AuditTargetType;
  targetId?: string;
  ip?: string | null;
  /** Identifiers and enum values only (a role before and after): never content, titles, names or reasons. */
  metadata?: Record<string, string | null>;
}

/** Records a security-relevant event. Never pass content (notes, bodies, reasons) in metadata. */
export async function recordAudit(db: Executor, clock: Clock, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("auditEvents")
    .values({
      id: newId(),
      organizationId: entry.organizationId ?? null,
      actorUserId: entry.actorUserId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      metadata: entry.metadata ? JSON.stringify(entry.metadata) : null,
      createdAt: clock.now().toISOString(),
    })
    .execute();
}

const COLUMNS = [
  "auditEvents.id",
  "auditEvents.organizationId",
  "auditEvents.actorUserId",
  "auditEvents.action",
  "auditEvents.targetType",
  "auditEvents.targetId",
  "auditEvents.ip",
  "auditEvents.metadata",
  "auditEvents.createdAt",
] as const;

type AuditRow = Selectable<AuditEventsTable>;

/** Newest first from the keyset cursor on: (createdAt, id) descending. */
function newestFirst(
  query: SelectQueryBuilder<any, any, AuditRow>,
  before: { at: string; id: string } | null,
  limit: number,
): Promise<AuditRow[]> {
  const from = before
    ? query.where((eb) =>
        eb.or([
          eb("auditEvents.createdAt", "<", before.at),
          eb.and([eb("auditEvents.createdAt", "=", before.at), eb("auditEvents.id", "<", before.id)]),
        ]),
      )
    : query;
  return from.orderBy("auditEvents.createdAt", "desc").orderBy("auditEvents.id", "desc").limit(limit).execute();
}

const byNewest = (a: AuditRow, b: AuditRow) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

/**
 * A page of a workspace's events, newest first: those recorded in the workspace,
 * and the account events (sign-ins, tokens…) of its members while they were active
 * members — in the current active period, or a finished one — never before they
 * joined or after they left. Two index-friendly queries merged, rather than one OR
 * that scans the table.
 */
export async function listAuditPage(
  db: Executor,
  organizationId: string,
  before: { at: string; id: string } | null,
  limit: number,
): Promise<AuditRow[]> {
  const inWorkspace = db
    .selectFrom("auditEvents")
    .select(COLUMNS)
    .where("auditEvents.organizationId", "=", organizationId);
  const ofMembers = db
    .selectFrom("auditEvents")
    .innerJoin("memberships", "memberships.userId", "auditEvents.actorUserId")
    .select(COLUMNS)
    .where("memberships.organizationId", "=", organizationId)
    .where("auditEvents.organizationId", "is", null)
    .where((eb) =>
      eb.or([
        eb.and([
          eb("memberships.status", "=", "active"),
          eb("auditEvents.createdAt", ">=", eb.fn.coalesce("memberships.activeSince", "memberships.createdAt")),
        ]),
        eb.exists(
          eb
            .selectFrom("membershipPeriods")
            .select("membershipPeriods.id")
            .where("membershipPeriods.organizationId", "=", organizationId)
            .whereRef("membershipPeriods.userId", "=", "auditEvents.actorUserId")
            .whereRef("membershipPeriods.startedAt", "<=", "auditEvents.createdAt")
            .whereRef("membershipPeriods.endedAt", ">", "auditEvents.createdAt"),
        ),
      ]),
    );
  const [own, members] = await Promise.all([
    newestFirst(inWorkspace, before, limit),
    newestFirst(ofMembers, before, limit),
  ]);
  return [...own, ...members].sort(byNewest).slice(0, limit);
}
