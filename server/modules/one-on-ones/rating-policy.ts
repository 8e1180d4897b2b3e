import type { Selectable } from "kysely";
import type { RatingSharing } from "../../../shared/schemas/one-on-ones.js";
import type { Actor, Deps } from "../../context.js";
import type { OneOnOnesTable } from "../../db/schema.js";
import { forbidden } from "../../http/errors.js";
import { requireParticipant } from "./pair-policy.js";

type OneOnOne = Pick<Selectable<OneOnOnesTable>, "leaderId" | "teammateId" | "teammateSharesRatings">;

const sharesWithLeader = (oneOnOne: OneOnOne) => oneOnOne.teammateSharesRatings === 1;

/**
 * Whose "was this useful?" ratings in a 1:1 the viewer may see: their own, and the
 * teammate's when the teammate shares them with the leader. A rating is its author's alone.
 */
export function visibleRaters(oneOnOne: OneOnOne, viewerId: string): Set<string> {
  const raters = new Set([viewerId]);
  if (viewerId === oneOnOne.leaderId && sharesWithLeader(oneOnOne)) raters.add(oneOnOne.teammateId);
  return raters;
}

/** The sharing setting as the viewer sees it: its state, and whether they may change it (the teammate only). */
export function presentRatingSharing(oneOnOne: OneOnOne, viewerId: string): RatingSharing {
  return { sharedWithLeader: sharesWithLeader(oneOnOne), canChange: viewerId === oneOnOne.teammateId };
}

/** The teammate shares (or stops sharing) their ratings in this 1:1 with the leader. */
export async function setRatingSharing(
  deps: Deps,
  actor: Actor,
  oneOnOneId: string,
  sharedWithLeader: boolean,
): Promise<RatingSharing> {
  const { oneOnOne, role } = await requireParticipant(deps, actor, oneOnOneId);
  if (role !== "teammate")
    throw forbidden("teammate_only", "Only the teammate decides whether their ratings are shared with the leader");
  await deps.db.kysely
    .updateTable("oneOnOnes")
    .set({ teammateSharesRatings: sharedWithLeader ? 1 : 0 })
    .where("id", "=", oneOnOne.id)
    .execute();
  return presentRatingSharing({ ...oneOnOne, teammateSharesRatings: sharedWithLeader ? 1 : 0 }, actor.userId);
}
