import { type Kysely, PostgresAdapter, sql } from "kysely";

/** Searchable text of each kind of pair content, with where it lives. */
const SOURCES = [
  {
    type: "agenda_item",
    table: "agenda_items",
    text: "body",
    series: "NEW.one_on_one_id",
    meeting: "NEW.meeting_id",
    owner: "'shared'",
    columns: "body",
  },
  {
    type: "note",
    table: "notes",
    text: "body",
    series: "(select one_on_one_id from meetings where id = NEW.meeting_id)",
    meeting: "NEW.meeting_id",
    owner: "NEW.owner_key",
    columns: "body",
  },
  {
    type: "action_item",
    table: "action_items",
    text: "title",
    series: "NEW.one_on_one_id",
    meeting: "NEW.meeting_id",
    owner: "'shared'",
    columns: "title",
  },
  {
    type: "feedback",
    table: "feedback",
    text: "body || ' ' || coalesce(example, '')",
    series: "NEW.one_on_one_id",
    meeting: "NEW.meeting_id",
    owner: "'shared'",
    columns: "body, example",
  },
  {
    type: "goal",
    table: "goals",
    text: "title || ' ' || coalesce(why, '')",
    series: "NEW.one_on_one_id",
    meeting: "NULL",
    owner: "'shared'",
    columns: "title, why",
  },
  {
    type: "goal_progress",
    table: "goal_progress",
    text: "body",
    series: "(select one_on_one_id from goals where id = NEW.goal_id)",
    meeting: "NEW.meeting_id",
    owner: "'shared'",
    columns: "body",
  },
] as const;

/**
 * Full-text search over everything a pair writes. SQLite: an FTS5 index over
 * `search_documents`, kept in step by triggers. PostgreSQL: GIN indexes on
 * to_tsvector of each text column, queried directly. Never a LIKE scan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    for (const s of SOURCES) {
      await sql
        .raw(`create index ${s.table}_search_idx on ${s.table} using gin (to_tsvector('simple', ${s.text}))`)
        .execute(db);
    }
    return;
  }
  await sql`create table search_documents (
    id integer primary key autoincrement,
    doc_type varchar(32) not null,
    doc_id varchar(64) not null,
    one_on_one_id varchar(64) not null,
    meeting_id varchar(64),
    owner_key varchar(64) not null,
    body text not null,
    unique (doc_type, doc_id)
  )`.execute(db);
  await sql`create index search_documents_series_idx on search_documents (one_on_one_id)`.execute(db);
  await sql`create virtual table search_fts using fts5(body, content='search_documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql`create trigger search_documents_ai after insert on search_documents begin
    insert into search_fts(rowid, body) values (NEW.id, NEW.body); end`.execute(db);
  await sql`create trigger search_documents_ad after delete on search_documents begin
    insert into search_fts(search_fts, rowid, body) values ('delete', OLD.id, OLD.body); end`.execute(db);
  await sql`create trigger search_documents_au after update on search_documents begin
    insert into search_fts(search_fts, rowid, body) values ('delete', OLD.id, OLD.body);
    insert into search_fts(rowid, body) values (NEW.id, NEW.body); end`.execute(db);
  for (const s of SOURCES) {
    const values = `'${s.type}', NEW.id, ${s.series}, ${s.meeting}, ${s.owner}, ${s.text.replaceAll(/\b(body|title|why|example)\b/g, "NEW.$1")}`;
    const upsert = `insert into search_documents (doc_type, doc_id, one_on_one_id, meeting_id, owner_key, body) values (${values})
      on conflict (doc_type, doc_id) do update set body = excluded.body, meeting_id = excluded.meeting_id;`;
    await sql.raw(`create trigger ${s.table}_search_ai after insert on ${s.table} begin ${upsert} end`).execute(db);
    await sql
      .raw(`create trigger ${s.table}_search_au after update of ${s.columns} on ${s.table} begin ${upsert} end`)
      .execute(db);
    await sql
      .raw(`create trigger ${s.table}_search_ad after delete on ${s.table} begin
        delete from search_documents where doc_type = '${s.type}' and doc_id = OLD.id; end`)
      .execute(db);
    // Content written before this migration becomes searchable too.
    const backfill = `${s.text}`;
    await sql
      .raw(`insert into search_documents (doc_type, doc_id, one_on_one_id, meeting_id, owner_key, body)
        select '${s.type}', NEW.id, ${s.series}, ${s.meeting}, ${s.owner}, ${backfill} from ${s.table} as NEW`)
      .execute(db);
  }
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
