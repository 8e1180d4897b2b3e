import { type Kysely, PostgresAdapter, sql } from "kysely";
import { SEARCH_TERMS_FUNCTION } from "../search-index-terms.js";

/**
 * SQLite search, indexed per series: the FTS5 table now holds each word
 * prefixed with its series (`searchIndexTerms`), so a prefix query for a common
 * word reads only the caller's series' terms. Migration 0008 intersected the
 * word with a series token inside FTS5, but a prefix query still merged the
 * word's postings across the whole company first: 28 ms per search at 10,000
 * people, 5× the cost at 1,000. The index is contentless (with deletes), being
 * derived data: it is rebuilt here from `search_documents`, nothing else changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  const terms = (row: string) => `${SEARCH_TERMS_FUNCTION}(${row}.body, ${row}.one_on_one_id)`;
  for (const trigger of ["search_documents_ai", "search_documents_ad", "search_documents_au"]) {
    await sql.raw(`drop trigger ${trigger}`).execute(db);
  }
  await sql`drop table search_fts`.execute(db);
  await sql`create virtual table search_fts using fts5(terms, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql.raw(`insert into search_fts(rowid, terms) select id, ${terms("d")} from search_documents d`).execute(db);
  await sql
    .raw(`create trigger search_documents_ai after insert on search_documents begin
      insert into search_fts(rowid, terms) values (NEW.id, ${terms("NEW")}); end`)
    .execute(db);
  await sql
    .raw(`create trigger search_documents_ad after delete on search_documents begin
      delete from search_fts where rowid = OLD.id; end`)
    .execute(db);
  await sql
    .raw(`create trigger search_documents_au after update on search_documents begin
      delete from search_fts where rowid = OLD.id;
      insert into search_fts(rowid, terms) values (NEW.id, ${terms("NEW")}); end`)
    .execute(db);
}

/** Forward-only: migrations never drop data. */
export async function down(): Promise<void> {
  throw new Error("Migrations are forward-only");
}
