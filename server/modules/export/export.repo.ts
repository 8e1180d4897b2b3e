import type { Executor } from "../../db/executor.js";
import { isVisibleNote, visibleOneOnOneIds } from "../one-on-ones/pair-policy.js";
import { callerIsActiveIn } from "../organizations/membership-policy.js";

type Db = Executor;

/** Awaits every promise of an object at once (as Promise.all does) and gives back each result under its key. */
async function awaitEach<T extends Record<string, Promise<unknown>>>(
  promises: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const keys = Object.keys(promises);
  const values = await Promise.all(Object.values(promises));
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as { [K in keyof T]: Awaited<T[K]> };
}

/**
 * Every row a person may see, one query per table whatever the history's size (no N+1);
 * with `organizationScope`, only what a sign-in held to that workspace reaches.
 * Private notes and ratings are the person's own only (P2).
 */
export async function loadUserRows(db: Db, userId: string, organizationScope: string | null = null) {
  const oneOnOne = () => visibleOneOnOneIds(db, { userId, organizationScope });
  const meetingIds = () => db.selectFrom("meetings").select("meetings.id").where("oneOnOneId", "in", oneOnOne());
  const { user, oneOnOnes, ...rows } = await awaitEach({
    user: db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirstOrThrow(),
    oneOnOnes: db.selectFrom("oneOnOnes").selectAll().where("id", "in", oneOnOne()).execute(),
    meetings: db.selectFrom("meetings").selectAll().where("oneOnOneId", "in", oneOnOne()).execute(),
    standingItems: db.selectFrom("standingItems").selectAll().where("oneOnOneId", "in", oneOnOne()).execute(),
    agendaItems: db.selectFrom("agendaItems").selectAll().where("oneOnOneId", "in", oneOnOne()).execute(),
    notes: db
      .selectFrom("notes")
      .select([
        "id",
        "meetingId",
        "kind",
        "ownerKey",
        "authorId",
        "body",
        "version",
        "updatedBy",
        "createdAt",
        "updatedAt",
      ])
      .where("meetingId", "in", meetingIds())
      .where((eb) => isVisibleNote(eb, "notes", userId))
      .execute(),
    actionItems: db.selectFrom("actionItems").selectAll().where("oneOnOneId", "in", oneOnOne()).execute(),
    checkIns: db.selectFrom("checkIns").selectAll().where("oneOnOneId", "in", oneOnOne()).execute(),
    ratings: db
      .selectFrom("ratings")
      .selectAll()
      .where("userId", "=", userId)
      .where("meetingId", "in", meetingIds())
      .execute(),
    feedback: db.selectFrom("feedback").selectAll().where("oneOnOneId", "in", oneOnOne()).execute(),
    goals: db.selectFrom("goals").selectAll().where("oneOnOneId", "in", oneOnOne()).execute(),
    goalProgress: db
      .selectFrom("goalProgress")
      .selectAll()
      .where("goalId", "in", db.selectFrom("goals").select("goals.id").where("oneOnOneId", "in", oneOnOne()))
      .execute(),
    templates: db
      .selectFrom("templates")
      .selectAll()
      .where("scope", "=", "personal")
      .where("ownerId", "=", userId)
      .where((eb) => callerIsActiveIn(eb, "templates.organizationId", { userId, organizationScope }))
      .execute(),
  });
  const organizationIds = [...new Set(oneOnOnes.map((s) => s.organizationId))];
  const peopleIds = [...new Set([userId, ...oneOnOnes.flatMap((s) => [s.leaderId, s.teammateId])])];
  const [organizations, people] = await Promise.all([
    organizationIds.length
      ? db.selectFrom("organizations").selectAll().where("id", "in", organizationIds).execute()
      : Promise.resolve([]),
    db.selectFrom("users").select(["id", "name", "email"]).where("id", "in", peopleIds).execute(),
  ]);
  return { user, organizations, people, oneOnOnes, ...rows };
}

export type UserRows = Awaited<ReturnType<typeof loadUserRows>>;

/** A workspace's structure: the organization, its people with their memberships, its shared templates and its 1:1. */
export async function loadWorkspaceRows(db: Db, organizationId: string) {
  const [organization, people, templates, oneOnOnes] = await Promise.all([
    db.selectFrom("organizations").selectAll().where("id", "=", organizationId).executeTakeFirstOrThrow(),
    db
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.userId")
      .select([
        "users.id",
        "users.email",
        "users.name",
        "users.locale",
        "users.timezone",
        "users.createdAt",
        "users.updatedAt",
        "memberships.role",
        "memberships.status",
        "memberships.managerId",
        "memberships.createdAt as joinedAt",
        "memberships.updatedAt as membershipUpdatedAt",
      ])
      .where("memberships.organizationId", "=", organizationId)
      .execute(),
    db
      .selectFrom("templates")
      .selectAll()
      .where("organizationId", "=", organizationId)
      .where("scope", "=", "organization")
      .execute(),
    db.selectFrom("oneOnOnes").selectAll().where("organizationId", "=", organizationId).execute(),
  ]);
  return { organization, people, templates, oneOnOnes };
}
