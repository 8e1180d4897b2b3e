import type { SearchResult } from "../../../shared/schemas/search.js";
import type { Actor, Deps } from "../../context.js";
import { listMeetingDates, listOneOnOneNames, searchPostgres, searchSqlite } from "./search.repo.js";
import { makeSnippet, searchTerms } from "./search-terms.js";

/**
 * Searches everything the caller may see: talking points, shared notes, their
 * own private notes (never anyone else's: P2), actions, feedback and goals.
 */
export async function search(deps: Deps, actor: Actor, query: string, limit: number): Promise<SearchResult[]> {
  const terms = searchTerms(query);
  const hits =
    deps.db.engine === "sqlite"
      ? await searchSqlite(deps.db.kysely, actor, terms, limit)
      : await searchPostgres(deps.db.kysely, actor, terms, limit);
  if (hits.length === 0) return [];
  const meetingIds = [...new Set(hits.map((h) => h.meetingId).filter((m): m is string => m !== null))];
  const [oneOnOne, meetings] = await Promise.all([
    listOneOnOneNames(deps.db.kysely, [...new Set(hits.map((h) => h.oneOnOneId))]),
    listMeetingDates(deps.db.kysely, meetingIds),
  ]);
  const oneOnOneById = new Map(oneOnOne.map((s) => [s.id, s]));
  const dateOf = new Map(meetings.map((m) => [m.id, m.scheduledAt]));
  return hits.map((h) => {
    const s = oneOnOneById.get(h.oneOnOneId);
    return {
      type: h.type,
      id: h.id,
      oneOnOneId: h.oneOnOneId,
      meetingId: h.meetingId,
      meetingScheduledAt: h.meetingId ? (dateOf.get(h.meetingId) ?? null) : null,
      counterpartName: s ? (s.leaderId === actor.userId ? s.teammateName : s.leaderName) : "",
      private: h.ownerKey !== "shared",
      ...makeSnippet(h.text, terms),
    };
  });
}
