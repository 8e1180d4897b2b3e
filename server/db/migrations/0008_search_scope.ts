import { type Kysely, PostgresAdapter, sql } from "kysely";

/**
 * SQLite search, scoped inside the index: each document also carries its series
 * as a token (`s<series id without dashes>`), so a query intersects the term
 * with the caller's few series in FTS5 itself instead of ranking every match in
 * the company and filtering afterwards (580 ms for a common word at 10,000
 * people, growing with the company). The index is derived data: rebuilt here
 * from `search_documents`, nothing else changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`alter table search_documents add column scope text generated always as
    ('s' || replace(one_on_one_id, '-', '')) virtual`.execute(db);
  for (const trigger of ["search_documents_ai", "search_documents_ad", "search_documents_au"]) {
    await sql.raw(`drop trigger ${trigger}`).execute(db);
  }
  await sql`drop table search_fts`.execute(db);
  await sql`create virtual table search_fts using fts5(body, scope, content='search_documents', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`insert into search_fts(search_fts) values ('rebuild')`.execute(db);
  await sql`create trigger search_documents_ai after insert on search_documents begin
    insert into search_fts(rowid, body, scope) values (NEW.id, NEW.body, NEW.scope); end`.execute(db);
  await sql`create trigger search_documents_ad after delete on search_documents begin
    insert into search_fts(search_fts, rowid, body, scope) values ('delete', OLD.id, OLD.body, OLD.scope); end`.execute(
    db,
  );
  await sql`create trigger search_documents_au after update on search_documents begin
    insert into search_fts(search_fts, rowid, body, scope) values ('delete', OLD.id, OLD.body, OLD.scope);
    insert into search_fts(rowid, body, scope) values (NEW.id, NEW.body, NEW.scope); end`.execute(db);
}
