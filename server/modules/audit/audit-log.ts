import type { AuditAction, AuditEvent, AuditList, AuditTargetType } from "../../../shared/schemas/audit.js";
import { AUDIT_TARGET_TYPES } from "../../../shared/schemas/audit.js";
import type { Actor, Deps } from "../../context.js";
import type { Db } from "../../db/database.js";
import { type PageQuery, pageByCreatedAt } from "../../db/keyset.js";
import { requireAdmin } from "../organizations/membership-policy.js";
import {
  listAuditPage,
  listInvitationEmails,
  listPairNamesOfMeetings,
  listPairNamesOfOneOnOne,
  listUserNames,
} from "./audit.repo.js";

type Row = Awaited<ReturnType<typeof listAuditPage>>[number];
type Pair = { leaderName: string; teammateName: string };
type Change = { from: string | null; to: string | null };

const MEMBER_CHANGES = new Set<AuditAction>(["member.role_changed", "member.status_changed", "member.manager_changed"]);

/** From/to of a member change, read from the stored identifiers and enum values only. */
function changeOf(row: Row): Change | null {
  if (!MEMBER_CHANGES.has(row.action as AuditAction) || !row.metadata) return null;
  try {
    const parsed = JSON.parse(row.metadata) as { from?: unknown; to?: unknown };
    const value = (v: unknown) => (typeof v === "string" ? v : null);
    return { from: value(parsed.from), to: value(parsed.to) };
  } catch {
    return null;
  }
}

/** Names for the page in one query per kind of thing: people, invited addresses, pairs. */
async function resolveNames(db: Db, rows: Row[], changes: Map<string, Change>) {
  const idsOf = (type: AuditTargetType) =>
    rows.filter((r) => r.targetType === type && r.targetId).map((r) => r.targetId as string);
  const userIds = new Set([...rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])), ...idsOf("user")]);
  for (const [id, change] of changes) {
    if (rows.find((r) => r.id === id)?.action !== "member.manager_changed") continue;
    for (const managerId of [change.from, change.to]) if (managerId) userIds.add(managerId);
  }
  const k = db.kysely;
  const oneOnOneIds = idsOf("one_on_one");
  const meetingIds = idsOf("meeting");
  const invitationIds = idsOf("invitation");
  const [users, invitations, oneOnOne, meetings] = await Promise.all([
    userIds.size ? listUserNames(k, [...userIds]) : [],
    invitationIds.length ? listInvitationEmails(k, invitationIds) : [],
    oneOnOneIds.length ? listPairNamesOfOneOnOne(k, oneOnOneIds) : [],
    meetingIds.length ? listPairNamesOfMeetings(k, meetingIds) : [],
  ]);
  return {
    people: new Map(users.map((u) => [u.id, u.name])),
    invited: new Map(invitations.map((i) => [i.id, i.email])),
    pairs: new Map<string, Pair>(
      [...oneOnOne, ...meetings].map((p) => [p.id, { leaderName: p.leaderName, teammateName: p.teammateName }]),
    ),
  };
}

const isKnownTarget = (type: string | null): type is AuditTargetType =>
  AUDIT_TARGET_TYPES.includes(type as AuditTargetType);

/**
 * The workspace's audit log for admins, newest first (keyset pagination):
 * who did what to whom, when and from where. Events only — no content (P3).
 */
export async function listAuditLog(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  query: PageQuery,
): Promise<AuditList> {
  await requireAdmin(deps, actor, organizationId);
  const { page, nextCursor } = await pageByCreatedAt(query, (before, limit) =>
    listAuditPage(deps.db.kysely, organizationId, before, limit),
  );
  const changes = new Map<string, Change>();
  for (const row of page) {
    const change = changeOf(row);
    if (change) changes.set(row.id, change);
  }
  const names = await resolveNames(deps.db, page, changes);
  const events: AuditEvent[] = page.map((r) => {
    const change = changes.get(r.id) ?? null;
    const managerName = (id: string | null) => (id ? (names.people.get(id) ?? null) : null);
    return {
      id: r.id,
      action: r.action as AuditAction,
      createdAt: r.createdAt,
      ip: r.ip,
      actor: r.actorUserId ? { id: r.actorUserId, name: names.people.get(r.actorUserId) ?? "" } : null,
      target:
        r.targetId && isKnownTarget(r.targetType)
          ? {
              type: r.targetType,
              id: r.targetId,
              name:
                r.targetType === "user"
                  ? (names.people.get(r.targetId) ?? null)
                  : r.targetType === "invitation"
                    ? (names.invited.get(r.targetId) ?? null)
                    : null,
              pair: names.pairs.get(r.targetId) ?? null,
            }
          : null,
      change:
        change && r.action === "member.manager_changed"
          ? { from: managerName(change.from), to: managerName(change.to) }
          : change,
    };
  });
  return { events, nextCursor };
}
