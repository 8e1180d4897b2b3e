import type { Home } from "../../../shared/schemas/meetings.js";
import type { Actor, Deps } from "../../context.js";
import { presentActionItem } from "../meetings/present-meeting.js";
import { callerIsActiveIn } from "../organizations/membership-policy.js";

const PREPARE_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** The caller's home page: upcoming 1:1s (what needs preparing) and their open actions. */
export async function getHome(deps: Deps, actor: Actor): Promise<Home> {
  const db = deps.db.kysely;
  const me = actor.userId;
  const activeIn = (eb: any) => callerIsActiveIn(eb, "s.organizationId", actor);
  const mine = (eb: any) => eb.or([eb("s.leaderId", "=", me), eb("s.teammateId", "=", me)]);
  const [upcoming, actions] = await Promise.all([
    db
      .selectFrom("meetings as m")
      .innerJoin("oneOnOnes as s", "s.id", "m.oneOnOneId")
      .innerJoin("users as other", (join) =>
        join.on((eb) =>
          eb.or([
            eb.and([eb("s.leaderId", "=", me), eb("other.id", "=", eb.ref("s.teammateId"))]),
            eb.and([eb("s.teammateId", "=", me), eb("other.id", "=", eb.ref("s.leaderId"))]),
          ]),
        ),
      )
      .select([
        "m.id",
        "m.scheduledAt",
        "m.status",
        "m.durationMinutes",
        "m.startedAt",
        "s.id as oneOnOneId",
        "s.leaderId",
        "other.id as otherId",
        "other.name as otherName",
        "other.email as otherEmail",
      ])
      .where("m.status", "=", "scheduled")
      .where(mine)
      .where(activeIn)
      .orderBy("m.scheduledAt")
      .limit(50)
      .execute(),
    db
      .selectFrom("actionItems as a")
      .innerJoin("oneOnOnes as s", "s.id", "a.oneOnOneId")
      .innerJoin("users as other", (join) =>
        join.on((eb) =>
          eb.or([
            eb.and([eb("s.leaderId", "=", me), eb("other.id", "=", eb.ref("s.teammateId"))]),
            eb.and([eb("s.teammateId", "=", me), eb("other.id", "=", eb.ref("s.leaderId"))]),
          ]),
        ),
      )
      .selectAll("a")
      .select(["other.id as otherId", "other.name as otherName", "other.email as otherEmail"])
      .where("a.ownerId", "=", me)
      .where("a.status", "=", "open")
      .where(activeIn)
      .orderBy("a.dueDate")
      .orderBy("a.createdAt")
      .limit(100)
      .execute(),
  ]);
  const ids = upcoming.map((u) => u.id);
  const counts = ids.length
    ? await db
        .selectFrom("agendaItems")
        .select([
          "meetingId",
          (eb) => eb.fn.countAll<number>().as("total"),
          (eb) => eb.fn.sum<number>(eb.case().when("authorId", "=", me).then(1).else(0).end()).as("mine"),
        ])
        .where("meetingId", "in", ids)
        .groupBy("meetingId")
        .execute()
    : [];
  const countBy = new Map(counts.map((c) => [c.meetingId, c]));
  const now = deps.clock.now().getTime();
  return {
    upcoming: upcoming.map((u) => {
      const myAgendaCount = Number(countBy.get(u.id)?.mine ?? 0);
      return {
        meeting: {
          id: u.id,
          scheduledAt: u.scheduledAt,
          status: u.status,
          durationMinutes: u.durationMinutes,
          startedAt: u.startedAt,
        },
        oneOnOneId: u.oneOnOneId,
        role: u.leaderId === me ? ("leader" as const) : ("teammate" as const),
        counterpart: { id: u.otherId, name: u.otherName, email: u.otherEmail },
        agendaCount: Number(countBy.get(u.id)?.total ?? 0),
        myAgendaCount,
        needsPreparation: myAgendaCount === 0 && new Date(u.scheduledAt).getTime() - now < PREPARE_WINDOW_MS,
      };
    }),
    openActions: actions
      .sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"))
      .map((a) => ({
        ...presentActionItem(a, null),
        counterpart: { id: a.otherId, name: a.otherName, email: a.otherEmail },
      })),
  };
}
