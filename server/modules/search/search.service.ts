import { sql } from "kysely";
import type { SearchResult } from "../../../shared/schemas/search.js";
import type { Actor, Deps } from "../../context.js";
import { seriesTermPrefix } from "../../db/search-index-terms.js";
import { type Caller, scopeSql } from "../organizations/membership-policy.js";
import { fts5Query, makeSnippet, searchTerms, tsQuery } from "./search-terms.js";

/** A raw hit; the CamelCasePlugin renames the snake_case columns of raw queries too. */
interface Hit {
  type: SearchResult["type"];
  id: string;
  oneOnOneId: string;
  meetingId: string | null;
  ownerKey: string;
  text: string;
}

/**
 * The series the caller may search: theirs, in workspaces where they are active (P1, P5)
 * and that their sign-in reaches (ADR 0017: `callerIsActiveIn` in SQL).
 */
const mySeries = (caller: Caller) => sql`select o.id from one_on_ones o
  where (o.leader_id = ${caller.userId} or o.teammate_id = ${caller.userId})
  and exists (select 1 from memberships m where m.organization_id = o.organization_id and m.user_id = ${caller.userId} and m.status = 'active')
  and ${scopeSql(caller, "o.organization_id")}`;

async function searchSqlite(deps: Deps, caller: Caller, terms: string[], limit: number): Promise<Hit[]> {
  const { userId } = caller;
  const { rows: series } = await sql<{ id: string }>`${mySeries(caller)}`.execute(deps.db.kysely);
  if (series.length === 0) return [];
  // Every term, within one of my series: the index holds words under their series (migration 0010).
  // Private notes are filtered after.
  const match = series.map((s) => `(${fts5Query(terms, seriesTermPrefix(s.id))})`).join(" OR ");
  const { rows } = await sql<Hit>`select d.doc_type as type, d.doc_id as id, d.one_on_one_id, d.meeting_id, d.owner_key,
      substr(d.body, 1, 4000) as text
    from search_fts join search_documents d on d.id = search_fts.rowid
    where search_fts match ${match}
      and d.owner_key in ('shared', ${userId})
    order by rank limit ${limit}`.execute(deps.db.kysely);
  return rows;
}

async function searchPostgres(deps: Deps, caller: Caller, terms: string[], limit: number): Promise<Hit[]> {
  const { userId } = caller;
  const q = sql`to_tsquery('simple', ${tsQuery(terms)})`;
  const headline = (text: string) => sql.raw(`substr(${text}, 1, 4000)`);
  const rank = (text: string) => sql.raw(`ts_rank(to_tsvector('simple', ${text}), query)`);
  const match = (text: string) => sql.raw(`to_tsvector('simple', ${text}) @@ query`);
  const { rows } = await sql<Hit>`with query as (select ${q} as query), mine as (${mySeries(caller)})
    select * from (
      select 'agenda_item' as type, a.id, a.one_on_one_id, a.meeting_id, 'shared' as owner_key, ${headline("a.body")} as text, ${rank("a.body")} as rank
        from agenda_items a, query where ${match("a.body")} and a.one_on_one_id in (select id from mine)
      union all
      select 'note', n.id, m.one_on_one_id, n.meeting_id, n.owner_key, ${headline("n.body")}, ${rank("n.body")}
        from notes n join meetings m on m.id = n.meeting_id, query
        where ${match("n.body")} and m.one_on_one_id in (select id from mine) and n.owner_key in ('shared', ${userId})
      union all
      select 'action_item', x.id, x.one_on_one_id, x.meeting_id, 'shared', ${headline("x.title")}, ${rank("x.title")}
        from action_items x, query where ${match("x.title")} and x.one_on_one_id in (select id from mine)
      union all
      select 'feedback', f.id, f.one_on_one_id, f.meeting_id, 'shared', ${headline("f.body || ' ' || coalesce(f.example, '')")}, ${rank("f.body || ' ' || coalesce(f.example, '')")}
        from feedback f, query where ${match("f.body || ' ' || coalesce(f.example, '')")} and f.one_on_one_id in (select id from mine)
      union all
      select 'goal', g.id, g.one_on_one_id, null, 'shared', ${headline("g.title || ' ' || coalesce(g.why, '')")}, ${rank("g.title || ' ' || coalesce(g.why, '')")}
        from goals g, query where ${match("g.title || ' ' || coalesce(g.why, '')")} and g.one_on_one_id in (select id from mine)
      union all
      select 'goal_progress', p.id, g.one_on_one_id, p.meeting_id, 'shared', ${headline("p.body")}, ${rank("p.body")}
        from goal_progress p join goals g on g.id = p.goal_id, query where ${match("p.body")} and g.one_on_one_id in (select id from mine)
    ) hits order by rank desc limit ${limit}`.execute(deps.db.kysely);
  return rows;
}

/**
 * Searches everything the caller may see: talking points, shared notes, their
 * own private notes (never anyone else's: P2), actions, feedback and goals.
 */
export async function search(deps: Deps, actor: Actor, query: string, limit: number): Promise<SearchResult[]> {
  const terms = searchTerms(query);
  const hits =
    deps.db.engine === "sqlite"
      ? await searchSqlite(deps, actor, terms, limit)
      : await searchPostgres(deps, actor, terms, limit);
  if (hits.length === 0) return [];
  const db = deps.db.kysely;
  const meetingIds = [...new Set(hits.map((h) => h.meetingId).filter((m): m is string => m !== null))];
  const [series, meetings] = await Promise.all([
    db
      .selectFrom("oneOnOnes")
      .innerJoin("users as leader", "leader.id", "oneOnOnes.leaderId")
      .innerJoin("users as teammate", "teammate.id", "oneOnOnes.teammateId")
      .select(["oneOnOnes.id", "oneOnOnes.leaderId", "leader.name as leaderName", "teammate.name as teammateName"])
      .where("oneOnOnes.id", "in", [...new Set(hits.map((h) => h.oneOnOneId))])
      .execute(),
    meetingIds.length
      ? db.selectFrom("meetings").select(["id", "scheduledAt"]).where("id", "in", meetingIds).execute()
      : [],
  ]);
  const seriesById = new Map(series.map((s) => [s.id, s]));
  const dateOf = new Map(meetings.map((m) => [m.id, m.scheduledAt]));
  return hits.map((h) => {
    const s = seriesById.get(h.oneOnOneId);
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
