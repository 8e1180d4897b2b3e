import { markdownToPlain } from "../../../shared/markdown-plain.js";
import type { SearchResult } from "../../../shared/schemas/search.js";
import type { Actor, Deps } from "../../context.js";
import {
  type Hit,
  listAgendaLineageRoots,
  listMeetingDates,
  listOneOnOneNames,
  searchPostgres,
  searchSqlite,
} from "./search.repo.js";
import { makeSnippet, searchTerms } from "./search-terms.js";

/** Copies of one carried-over talking point all match: ask for more, then keep one per lineage. */
const OVERFETCH = 4;

/** One hit per talking-point lineage (the copy in the newest meeting), in the engine's order. */
async function onePerLineage(deps: Deps, hits: Hit[], dateOf: Map<string, string>): Promise<Hit[]> {
  const roots = await listAgendaLineageRoots(
    deps.db.kysely,
    hits.filter((h) => h.type === "agenda_item").map((h) => h.id),
  );
  const newest = new Map<string, Hit>();
  const when = (h: Hit) => (h.meetingId ? (dateOf.get(h.meetingId) ?? "") : "");
  for (const h of hits) {
    const lineage = roots.get(h.id);
    if (!lineage) continue;
    const kept = newest.get(lineage);
    if (!kept || when(h) > when(kept)) newest.set(lineage, h);
  }
  return hits.filter((h) => {
    const lineage = roots.get(h.id);
    return !lineage || newest.get(lineage) === h;
  });
}

/**
 * Searches everything the caller may see: talking points, shared notes, their
 * own private notes (never anyone else's: P2), actions, feedback and goals.
 * A carried-over talking point is one hit (its newest meeting); snippets are plain text.
 */
export async function search(deps: Deps, actor: Actor, query: string, limit: number): Promise<SearchResult[]> {
  const terms = searchTerms(query);
  const fetched = limit * OVERFETCH;
  const found =
    deps.db.engine === "sqlite"
      ? await searchSqlite(deps.db.kysely, actor, terms, fetched)
      : await searchPostgres(deps.db.kysely, actor, terms, fetched);
  if (found.length === 0) return [];
  const meetingIds = [...new Set(found.map((h) => h.meetingId).filter((m): m is string => m !== null))];
  const [oneOnOne, meetings] = await Promise.all([
    listOneOnOneNames(deps.db.kysely, [...new Set(found.map((h) => h.oneOnOneId))]),
    listMeetingDates(deps.db.kysely, meetingIds),
  ]);
  const oneOnOneById = new Map(oneOnOne.map((s) => [s.id, s]));
  const dateOf = new Map(meetings.map((m) => [m.id, m.scheduledAt]));
  const hits = (await onePerLineage(deps, found, dateOf)).slice(0, limit);
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
      // Plain text: a snippet never shows Markdown marks such as **workload**.
      ...makeSnippet(markdownToPlain(h.text), terms),
    };
  });
}
