import type { CreateStandingItemBody, StandingItem } from "../../../shared/schemas/one-on-ones.js";
import type { Actor, Deps } from "../../context.js";
import { withTransaction } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import { badRequest, notFound, rethrowAsNotFound } from "../../http/errors.js";
import { insertAgendaItem, nextAgendaPosition } from "../agenda/agenda.repo.js";
import { fallbackSectionKey, findScheduledMeeting } from "../meetings/schedule-meeting.js";
import { requireParticipant } from "../one-on-ones/pair-policy.js";
import {
  deleteUndiscussedStandingAgendaItem,
  findStandingItem,
  insertStandingItem,
  markStandingItemRemoved,
} from "./scheduling.repo.js";

/** Adds a standing item: it shows in every meeting until removed, starting with the upcoming one. */
export async function addStandingItem(
  deps: Deps,
  actor: Actor,
  id: string,
  input: CreateStandingItemBody,
): Promise<StandingItem> {
  await requireParticipant(deps, actor, id);
  const now = deps.clock.now().toISOString();
  const item = {
    id: newId(),
    oneOnOneId: id,
    sectionKey: input.sectionKey ?? "progress",
    authorId: actor.userId,
    body: input.body,
    createdAt: now,
    removedAt: null,
  };
  await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    const upcoming = await findScheduledMeeting(trx, id);
    if (upcoming) {
      const sections = JSON.parse(upcoming.sections) as Array<{ key: string }>;
      if (input.sectionKey && !sections.some((s) => s.key === input.sectionKey)) {
        throw badRequest("unknown_section", "not a section of this 1:1's meetings", "sectionKey");
      }
    }
    await insertStandingItem(trx, item);
    if (upcoming) {
      const sectionKey = fallbackSectionKey(JSON.parse(upcoming.sections), item.sectionKey);
      await insertAgendaItem(trx, {
        id: newId(),
        meetingId: upcoming.id,
        oneOnOneId: id,
        sectionKey,
        authorId: actor.userId,
        body: item.body,
        position: await nextAgendaPosition(trx, upcoming.id, sectionKey),
        discussed: 0,
        carriedFromId: null,
        standingItemId: item.id,
        createdAt: now,
        updatedAt: now,
      });
    }
  });
  deps.live.publish({ type: "agenda.changed", oneOnOneId: id, actor });
  return {
    id: item.id,
    sectionKey: item.sectionKey,
    body: item.body,
    authorId: item.authorId,
    createdAt: item.createdAt,
  };
}

/** Removes a standing item from future meetings; held meetings keep theirs. */
export async function removeStandingItem(deps: Deps, actor: Actor, standingItemId: string): Promise<void> {
  const item = await findStandingItem(deps.db.kysely, standingItemId);
  if (!item || item.removedAt) throw notFound("Standing item");
  await requireParticipant(deps, actor, item.oneOnOneId).catch(rethrowAsNotFound("Standing item"));
  const now = deps.clock.now().toISOString();
  await withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    await markStandingItemRemoved(trx, standingItemId, now);
    const upcoming = await findScheduledMeeting(trx, item.oneOnOneId);
    if (upcoming) {
      await deleteUndiscussedStandingAgendaItem(trx, upcoming.id, standingItemId);
    }
  });
  deps.live.publish({ type: "agenda.changed", oneOnOneId: item.oneOnOneId, actor });
}
