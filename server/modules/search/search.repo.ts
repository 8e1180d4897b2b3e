import { sql } from "kysely";
import type { SearchResult } from "../../../shared/schemas/search.js";
import type { Executor } from "../../db/executor.js";
import { oneOnOneTermPrefix } from "../../db/search-index-terms.js";
import { visibleNoteSql, visibleOneOnOneIds } from "../one-on-ones/pair-policy.js";
import type { Caller } from "../organizations/membership-policy.js";
import { fts5Query, tsQuery } from "./search-terms.js";

/** A raw hit; the CamelCasePlugin renames the snake_case columns of raw queries too. */
export interface Hit {
  type: SearchResult["type"];
  id: string;
  oneOnOneId: string;
  meetingId: string | null;
  ownerKey: string;
  text: string;
}

/** SQLite (FTS5): every term, within one of the 1:1 the caller may see (the pair policy). */
export async function searchSqlite(db: Executor, caller: Caller, terms: string[], limit: number): Promise<Hit[]> {
  const oneOnOne = await visibleOneOnOneIds(db, caller).execute();
  if (oneOnOne.length === 0) return [];
  // Every term, within one of my 1:1: the index holds words under their 1:1 (migration 0010).
  // Private notes are filtered after.
  const match = oneOnOne.map((s) => `(${fts5Query(terms, oneOnOneTermPrefix(s.id))})`).join(" OR ");
  const { rows } = await sql<Hit>`select d.doc_type as type, d.doc_id as id, d.one_on_one_id, d.meeting_id, d.owner_key,
      substr(d.body, 1, 4000) as text
    from search_fts join search_documents d on d.id = search_fts.rowid
    where search_fts match ${match}
      and ${visibleNoteSql("d", caller.userId)}
    order by rank limit ${limit}`.execute(db);
  return rows;
}

/** PostgreSQL (tsvector): every kind of pair content, within the 1:1 the caller may see (the pair policy). */
export async function searchPostgres(db: Executor, caller: Caller, terms: string[], limit: number): Promise<Hit[]> {
  const q = sql`to_tsquery('simple', ${tsQuery(terms)})`;
  const headline = (text: string) => sql.raw(`substr(${text}, 1, 4000)`);
  const rank = (text: string) => sql.raw(`ts_rank(to_tsvector('simple', ${text}), query)`);
  const match = (text: string) => sql.raw(`to_tsvector('simple', ${text}) @@ query`);
  const { rows } = await sql<Hit>`with query as (select ${q} as query), mine as (${visibleOneOnOneIds(db, caller)})
    select * from (
      select 'agenda_item' as type, a.id, a.one_on_one_id, a.meeting_id, 'shared' as owner_key, ${headline("a.body")} as text, ${rank("a.body")} as rank
        from agenda_items a, query where ${match("a.body")} and a.one_on_one_id in (select id from mine)
      union all
      select 'note', n.id, m.one_on_one_id, n.meeting_id, n.owner_key, ${headline("n.body")}, ${rank("n.body")}
        from notes n join meetings m on m.id = n.meeting_id, query
        where ${match("n.body")} and m.one_on_one_id in (select id from mine) and ${visibleNoteSql("n", caller.userId)}
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
    ) hits order by rank desc limit ${limit}`.execute(db);
  return rows;
}

/** The leader and both names of these 1:1, to name each hit's counterpart. */
export function listOneOnOneNames(db: Executor, oneOnOneIds: string[]) {
  return db
    .selectFrom("oneOnOnes")
    .innerJoin("users as leader", "leader.id", "oneOnOnes.leaderId")
    .innerJoin("users as teammate", "teammate.id", "oneOnOnes.teammateId")
    .select(["oneOnOnes.id", "oneOnOnes.leaderId", "leader.name as leaderName", "teammate.name as teammateName"])
    .where("oneOnOnes.id", "in", oneOnOneIds)
    .execute();
}

/** The dates of these meetings. */
export async function listMeetingDates(db: Executor, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db.selectFrom("meetings").select(["id", "scheduledAt"]).where("id", "in", meetingIds).execute();
}

/**
 * For each of these agenda items, the first item of its lineage: a talking point carried
 * over from meeting to meeting is one item, whichever copy matched.
 */
export async function listAgendaLineageRoots(db: Executor, agendaItemIds: string[]) {
  if (agendaItemIds.length === 0) return new Map<string, string>();
  const { rows } = await sql<{
    startId: string;
    id: string;
    depth: number;
  }>`with recursive chain(start_id, id, carried_from_id, depth) as (
      select id, id, carried_from_id, 0 from agenda_items where id in (${sql.join(agendaItemIds)})
      union all
      select c.start_id, a.id, a.carried_from_id, c.depth + 1
        from agenda_items a join chain c on a.id = c.carried_from_id
    )
    select start_id, id, depth from chain`.execute(db);
  const root = new Map<string, { id: string; depth: number }>();
  for (const r of rows) {
    const known = root.get(r.startId);
    if (!known || Number(r.depth) > known.depth) root.set(r.startId, { id: r.id, depth: Number(r.depth) });
  }
  return new Map([...root].map(([start, r]) => [start, r.id]));
}
