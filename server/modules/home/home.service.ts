import type { Home } from "../../../shared/schemas/meetings.js";
import type { Actor, Deps } from "../../context.js";
import { presentActionItem } from "../one-on-ones/present-action-item.js";
import { callerLeadsSomeone, countAgendaItems, listOpenActionsOwnedBy, listUpcomingMeetings } from "./home.repo.js";

const PREPARE_WINDOW_MS = 7 * 24 * 3600 * 1000;

/**
 * The caller's home page: upcoming 1:1s (what needs preparing), their open actions, and
 * whether they may start 1:1s (only someone who leads, or an admin, sees "Start a 1:1").
 */
export async function getHome(deps: Deps, actor: Actor): Promise<Home> {
  const me = actor.userId;
  const [upcoming, actions, leads] = await Promise.all([
    listUpcomingMeetings(deps.db.kysely, actor),
    listOpenActionsOwnedBy(deps.db.kysely, actor),
    callerLeadsSomeone(deps.db.kysely, actor),
  ]);
  const counts = await countAgendaItems(
    deps.db.kysely,
    upcoming.map((u) => u.id),
    me,
  );
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
    abilities: { startOneOnOne: leads },
  };
}
