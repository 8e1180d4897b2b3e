import type { Selectable } from "kysely";
import type { AuditAction, AuditTargetType } from "../../../shared/schemas/audit.js";
import type { Clock } from "../../clock.js";
import type { Executor } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import { decodeKeyset, type Keyset, newestFirst } from "../../db/keyset.js";
import type { AuditEventsTable } from "../../db/schema.js";

export type { AuditAction };

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

const byNewest = (a: AuditRow, b: AuditRow) =>
  a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

/**
 * A page of a workspace's events, newest first: those recorded in the workspace,
 * and the account events (sign-ins, tokens…) of its members while they were active
 * members — in the current active period, or a finished one — never before they
 * joined or after they left. Two index-friendly queries merged, rather than one OR
 * that scans the table. Fetches one more than `limit` (see `keysetPage`); a malformed
 * cursor is a 400.
 */
export async function listAuditPage(
  db: Executor,
  organizationId: string,
  before: string | Keyset | null,
  limit: number,
): Promise<AuditRow[]> {
  const from = typeof before === "string" ? decodeKeyset(before) : before;
  const keyset = { at: "auditEvents.createdAt", id: "auditEvents.id" } as const;
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
    newestFirst(inWorkspace, keyset, from, limit).execute(),
    newestFirst(ofMembers, keyset, from, limit).execute(),
  ]);
  return [...own, ...members].sort(byNewest).slice(0, limit + 1);
}

/** Names of people by id. */
export function listUserNames(db: Executor, ids: string[]) {
  return db.selectFrom("users").select(["id", "name"]).where("id", "in", ids).execute();
}

/** The invited address of each invitation by id. */
export function listInvitationEmails(db: Executor, ids: string[]) {
  return db.selectFrom("invitations").select(["id", "email"]).where("id", "in", ids).execute();
}

const pairNames = (db: Executor) =>
  db
    .selectFrom("oneOnOnes")
    .innerJoin("users as leader", "leader.id", "oneOnOnes.leaderId")
    .innerJoin("users as teammate", "teammate.id", "oneOnOnes.teammateId");

/** The names of the two people of each 1:1 by id. */
export function listPairNamesOfOneOnOne(db: Executor, oneOnOneIds: string[]) {
  return pairNames(db)
    .select(["oneOnOnes.id", "leader.name as leaderName", "teammate.name as teammateName"])
    .where("oneOnOnes.id", "in", oneOnOneIds)
    .execute();
}

/** The names of the two people of each meeting's 1:1, by meeting id. */
export function listPairNamesOfMeetings(db: Executor, meetingIds: string[]) {
  return pairNames(db)
    .innerJoin("meetings", "meetings.oneOnOneId", "oneOnOnes.id")
    .select(["meetings.id", "leader.name as leaderName", "teammate.name as teammateName"])
    .where("meetings.id", "in", meetingIds)
    .execute();
}
