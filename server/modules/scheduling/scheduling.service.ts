import type { Selectable, Updateable } from "kysely";
import type { CreateOneOnOneBody, OneOnOne, UpdateOneOnOneBody } from "../../../shared/schemas/one-on-ones.js";
import type { Actor, Deps, RequestMeta } from "../../context.js";
import { withTransaction } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import type { OneOnOnesTable } from "../../db/schema.js";
import { badRequest, conflict, forbidden } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.repo.js";
import { notifyScheduleChange } from "../calendar/schedule-email.js";
import { updateMeeting } from "../meetings/meeting-lifecycle.repo.js";
import { findUserLocale } from "../meetings/meetings.repo.js";
import { findScheduledMeeting, scheduleMeeting } from "../meetings/schedule-meeting.js";
import { cadenceColumns, nextSlotAfter } from "../one-on-ones/cadence.js";
import { getOneOnOneView } from "../one-on-ones/one-on-ones.service.js";
import { requireParticipant } from "../one-on-ones/pair-policy.js";
import { requireActiveMember, requireAdmin, scopeAllows } from "../organizations/membership-policy.js";
import { findMembership } from "../organizations/organizations.repo.js";
import { resolveTemplateForOneOnOne } from "../templates/templates.service.js";
import { enqueueWebhookEvent } from "../webhooks/webhook-events.js";
import { findOpenOneOnOne, insertOneOnOne, listActiveMembershipsOf, updateOneOnOneRow } from "./scheduling.repo.js";

/** The workspace both people share with the caller (or the one named). */
async function resolveOrganization(
  deps: Deps,
  actor: Actor,
  input: CreateOneOnOneBody,
  leaderId: string,
): Promise<string> {
  const people = [actor.userId, leaderId, input.teammateId];
  const rows = await listActiveMembershipsOf(deps.db.kysely, people);
  const needed = new Set(people);
  const byOrg = new Map<string, Set<string>>();
  for (const r of rows) byOrg.set(r.organizationId, (byOrg.get(r.organizationId) ?? new Set()).add(r.userId));
  // A sign-in held to one workspace shares no other with anyone (ADR 0017).
  const shared = [...byOrg]
    .filter(([org, users]) => scopeAllows(actor, org) && [...needed].every((u) => users.has(u)))
    .map(([org]) => org);
  if (input.organizationId) {
    if (!shared.includes(input.organizationId)) {
      await requireActiveMember(deps, actor, input.organizationId);
      throw badRequest(
        "invalid_participants",
        "leader and teammate must be active members of this workspace",
        "teammateId",
      );
    }
    return input.organizationId;
  }
  if (shared.length === 0)
    throw badRequest(
      "invalid_participants",
      "leader and teammate must be active members of your workspace",
      "teammateId",
    );
  if (shared.length > 1)
    throw badRequest("organization_required", "you share several workspaces; name one", "organizationId");
  return shared[0] as string;
}

/**
 * A "manager" 1:1 follows the reporting line: its leader is the teammate's manager,
 * unless an admin sets it up. Otherwise 400 `not_their_manager`; other kinds are open.
 */
async function requireReportingLine(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  pair: { leaderId: string; teammateId: string },
): Promise<void> {
  const db = deps.db.kysely;
  const teammate = await findMembership(db, organizationId, pair.teammateId);
  if (teammate?.managerId === pair.leaderId) return;
  const caller = await findMembership(db, organizationId, actor.userId);
  if (caller?.role === "owner" || caller?.role === "admin") return;
  throw badRequest("not_their_manager", "a manager 1:1 needs the leader to be the teammate's manager", "teammateId");
}

/** Starts a 1:1 (the leader, or an admin for others); its first meeting exists at once. */
export async function createOneOnOne(
  deps: Deps,
  actor: Actor,
  input: CreateOneOnOneBody,
  meta: RequestMeta,
): Promise<OneOnOne> {
  const leaderId = input.leaderId ?? actor.userId;
  if (leaderId === input.teammateId)
    throw badRequest("invalid_participants", "a 1:1 needs two different people", "teammateId");
  const organizationId = await resolveOrganization(deps, actor, input, leaderId);
  if (leaderId !== actor.userId) await requireAdmin(deps, actor, organizationId);
  const kind = input.kind ?? "manager";
  const db = deps.db.kysely;
  const duplicate = await findOpenOneOnOne(db, { leaderId, teammateId: input.teammateId, kind });
  if (duplicate) throw conflict("pair_exists", "These two people already have a 1:1 of this kind");
  const leaderLocale = await findUserLocale(db, leaderId);
  const template = await resolveTemplateForOneOnOne(deps, actor, organizationId, input.templateId, leaderLocale);
  const first = new Date(input.firstMeetingAt);
  const now = deps.clock.now();
  if (first.getTime() < now.getTime() - 24 * 3600 * 1000) {
    throw badRequest("first_meeting_in_past", "must not be more than a day in the past", "firstMeetingAt");
  }
  if (kind === "manager")
    await requireReportingLine(deps, actor, organizationId, { leaderId, teammateId: input.teammateId });
  const row: Selectable<OneOnOnesTable> = {
    id: newId(),
    organizationId,
    leaderId,
    teammateId: input.teammateId,
    kind,
    ...cadenceColumns(input.cadence),
    firstMeetingAt: first.toISOString(),
    anchorAt: first.toISOString(),
    timezone: input.timezone,
    durationMinutes: input.durationMinutes,
    templateId: template.id,
    status: "active",
    reminderMinutesBefore: input.reminderMinutesBefore ?? 1440,
    sequence: 0,
    teammateSharesRatings: 0,
    createdBy: actor.userId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    await insertOneOnOne(trx, row);
    const nextMeeting = await scheduleMeeting(trx, deps, row, first);
    await enqueueWebhookEvent(trx, deps.clock, organizationId, {
      type: "oneOnOne.created",
      oneOnOne: row,
      nextMeeting,
    });
    await recordAudit(trx, deps.clock, {
      organizationId,
      actorUserId: actor.userId,
      action: "one_on_one.created",
      targetType: "one_on_one",
      targetId: row.id,
      ip: meta.ip,
    });
  });
  await notifyScheduleChange(deps, leaderId, row.id, "created", "0");
  return getOneOnOneView(deps, row.id);
}

/**
 * Changes settings (the leader only). A new cadence applies from the upcoming
 * meeting on; held meetings never move. Ending cancels nothing already held.
 */
export async function updateOneOnOne(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: UpdateOneOnOneBody,
): Promise<OneOnOne> {
  const { oneOnOne, role } = await requireParticipant(deps, actor, id);
  if (role !== "leader") throw forbidden("leader_required", "Only the leader can change the 1:1's settings");
  const now = deps.clock.now();
  const db = deps.db.kysely;
  const changes: Updateable<OneOnOnesTable> = { updatedAt: now.toISOString() };
  // Resolved before the transaction: its queries use the shared connection, which on
  // SQLite the open transaction would hold, so waiting for it there never ends.
  if (patch.templateId !== undefined) {
    const leaderLocale = await findUserLocale(db, oneOnOne.leaderId);
    changes.templateId = (
      await resolveTemplateForOneOnOne(deps, actor, oneOnOne.organizationId, patch.templateId, leaderLocale)
    ).id;
  }
  await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    if (patch.timezone) changes.timezone = patch.timezone;
    if (patch.durationMinutes) changes.durationMinutes = patch.durationMinutes;
    if (patch.reminderMinutesBefore !== undefined) changes.reminderMinutesBefore = patch.reminderMinutesBefore;
    if (patch.status) changes.status = patch.status;
    const upcoming = await findScheduledMeeting(trx, id);
    if (patch.cadence || patch.nextMeetingAt || patch.timezone) {
      if (patch.cadence) Object.assign(changes, cadenceColumns(patch.cadence));
      const anchor = patch.nextMeetingAt
        ? new Date(patch.nextMeetingAt)
        : upcoming
          ? new Date(upcoming.scheduledAt)
          : now;
      changes.anchorAt = anchor.toISOString();
      if (upcoming && !upcoming.startedAt && patch.nextMeetingAt && upcoming.scheduledAt !== changes.anchorAt) {
        await updateMeeting(trx, upcoming.id, {
          scheduledAt: changes.anchorAt,
          updatedAt: now.toISOString(),
          sequence: upcoming.sequence + 1,
        });
      }
    }
    if (patch.cadence || patch.timezone || patch.durationMinutes || patch.status || patch.nextMeetingAt) {
      changes.sequence = oneOnOne.sequence + 1;
    }
    await updateOneOnOneRow(trx, id, changes);
    const updated = { ...oneOnOne, ...changes } as Selectable<OneOnOnesTable>;
    if (updated.status === "active" && !upcoming) {
      const slot = patch.nextMeetingAt ? new Date(patch.nextMeetingAt) : nextSlotAfter(updated, now);
      if (slot) await scheduleMeeting(trx, deps, updated, slot);
    }
  });
  if (changes.sequence !== undefined) {
    await notifyScheduleChange(
      deps,
      oneOnOne.leaderId,
      id,
      changes.status === "ended" ? "ended" : "updated",
      `s${changes.sequence}`,
    );
  }
  // Paused, ended or moved: the pair's open meeting pages show it.
  deps.live.publish({ type: "meeting.changed", oneOnOneId: id, actor });
  return getOneOnOneView(deps, id);
}
