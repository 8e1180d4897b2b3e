import type { OneOnOne, StandingItem } from "../../../shared/schemas/one-on-ones.js";
import type { Actor, Deps } from "../../context.js";
import { notFound } from "../../http/errors.js";
import { loadGoals } from "./one-on-one-goals.js";
import {
  findOneOnOneWithPeople,
  listOneOnOneOf,
  listOpenActionsOfOneOnOne,
  listStandingItems,
  loadMeetingRefs,
  presentOneOnOne,
} from "./one-on-ones.repo.js";
import { requireParticipant } from "./pair-policy.js";
import { presentActionItem } from "./present-action-item.js";

/** One 1:1 as presented, with its next and last meetings. */
export async function getOneOnOneView(deps: Deps, id: string): Promise<OneOnOne> {
  const row = await findOneOnOneWithPeople(deps.db.kysely, id);
  if (!row) throw notFound("1:1");
  const { next, last } = await loadMeetingRefs(deps.db.kysely, [id]);
  return presentOneOnOne(row, next.get(id) ?? null, last.get(id) ?? null);
}

/** The caller's 1:1s, as leader or as teammate, in workspaces where they are active and their sign-in reaches. */
export async function listMyOneOnOnes(deps: Deps, actor: Actor): Promise<OneOnOne[]> {
  const rows = await listOneOnOneOf(deps.db.kysely, actor);
  const { next, last } = await loadMeetingRefs(
    deps.db.kysely,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentOneOnOne(r, next.get(r.id) ?? null, last.get(r.id) ?? null));
}

/** A 1:1 with its standing items and open actions (participants only). */
export async function getOneOnOne(deps: Deps, actor: Actor, id: string) {
  await requireParticipant(deps, actor, id);
  const oneOnOne = await getOneOnOneView(deps, id);
  const standing = await listStandingItems(deps.db.kysely, id);
  const goals = await loadGoals(deps.db.kysely, { oneOnOneIds: [id] });
  const openActions = await listOpenActionsOfOneOnOne(deps.db.kysely, id);
  return {
    ...oneOnOne,
    standingItems: standing satisfies StandingItem[],
    openActions: openActions.map((a) => presentActionItem(a, oneOnOne.nextMeeting?.id ?? null)),
    goals,
  };
}
