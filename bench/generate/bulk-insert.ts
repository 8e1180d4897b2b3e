import { type Insertable, type Kysely, sql } from "kysely";
import type { Db } from "../../server/db/database.js";
import type { Database } from "../../server/db/schema.js";

export type TableName = keyof Database;
export type Row<T extends TableName> = Insertable<Database[T]>;

/** Parents before children, so foreign keys hold at every statement. */
const INSERT_ORDER: TableName[] = [
  "organizations",
  "users",
  "memberships",
  "templates",
  "oneOnOnes",
  "standingItems",
  "meetings",
  "goals",
  "agendaItems",
  "notes",
  "actionItems",
  "checkIns",
  "ratings",
  "feedback",
  "goalProgress",
];

/** SQLite binds at most 32,766 values per statement. */
const MAX_BOUND_VALUES = 32_766;
/** Rows per PostgreSQL statement; it binds one array per column, so no bound-value limit applies. */
const POSTGRES_ROWS_PER_STATEMENT = 5_000;

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** PostgreSQL element types of each table's columns (varchar, int4, text…), for unnest casts. */
type ColumnTypes = Map<string, string>;

/** Column types by table, per database, looked up once. */
const postgresTypes = new WeakMap<Db, Map<TableName, ColumnTypes>>();

/** Rows waiting to be written, by table, in the order they were made. */
export class RowBuffer {
  private readonly rows = new Map<TableName, object[]>();
  size = 0;

  /** `counts` receives the rows written, by table name as the database spells it. */
  constructor(private readonly counts: Record<string, number>) {}

  /** Queues one row. Every row of a table must have the same keys (a multi-row insert needs one shape). */
  add<T extends TableName>(table: T, row: Row<T>): void {
    let list = this.rows.get(table);
    if (!list) {
      list = [];
      this.rows.set(table, list);
    }
    list.push(row);
    this.size++;
  }

  /**
   * Writes everything queued in one transaction, table by table in
   * dependency order, in multi-row statements. Triggers (SQLite's search
   * index) fire as for any insert.
   */
  async flush(db: Db): Promise<void> {
    if (this.size === 0) return;
    for (const table of this.rows.keys()) {
      if (!INSERT_ORDER.includes(table)) throw new Error(`No insert order for table ${table}`);
    }
    const pgTypes = db.engine === "postgres" ? await this.loadPostgresTypes(db) : null;
    await db.kysely.transaction().execute(async (trx) => {
      if (process.env.REPLICA) await sql`set local session_replication_role = replica`.execute(trx);
      for (const table of INSERT_ORDER) {
        const list = this.rows.get(table);
        if (!list || list.length === 0) continue;
        const types = pgTypes?.get(table);
        if (types) await insertWithUnnest(trx, table, list, types);
        else await insertWithValues(trx, table, list);
        const name = snakeCase(table);
        this.counts[name] = (this.counts[name] ?? 0) + list.length;
      }
    });
    this.rows.clear();
    this.size = 0;
  }

  private async loadPostgresTypes(db: Db): Promise<Map<TableName, ColumnTypes>> {
    let known = postgresTypes.get(db);
    if (!known) {
      known = new Map();
      postgresTypes.set(db, known);
    }
    for (const table of this.rows.keys()) {
      if (known.has(table)) continue;
      const { rows } = await sql<{ columnName: string; udtName: string }>`select column_name, udt_name
        from information_schema.columns
        where table_schema = current_schema() and table_name = ${snakeCase(table)}`.execute(db.kysely);
      known.set(table, new Map(rows.map((r) => [r.columnName, r.udtName])));
    }
    return known;
  }
}

/** Multi-row INSERT … VALUES through the query builder, as large as the bound-value limit allows. */
async function insertWithValues(trx: Kysely<Database>, table: TableName, rows: object[]): Promise<void> {
  const columns = Object.keys(rows[0] as object).length;
  const perStatement = Math.max(1, Math.floor(MAX_BOUND_VALUES / columns));
  for (let start = 0; start < rows.length; start += perStatement) {
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + perStatement) as never)
      .execute();
  }
}

/**
 * PostgreSQL: `INSERT … SELECT * FROM unnest($1::varchar[], $2::int4[], …)`,
 * one array per column. About twice as fast as a VALUES list of the same rows
 * (measured): the statement stays tiny, so parsing and planning cost nothing.
 */
async function insertWithUnnest(
  trx: Kysely<Database>,
  table: TableName,
  rows: object[],
  types: ColumnTypes,
): Promise<void> {
  const keys = Object.keys(rows[0] as object);
  const columns = keys.map(snakeCase);
  const casts = columns.map((column) => {
    const type = types.get(column);
    if (!type) throw new Error(`Unknown column ${snakeCase(table)}.${column}`);
    return type;
  });
  const target = sql.raw(`${snakeCase(table)} (${columns.join(", ")})`);
  for (let start = 0; start < rows.length; start += POSTGRES_ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + POSTGRES_ROWS_PER_STATEMENT) as Array<Record<string, unknown>>;
    const arrays = keys.map((key, i) => sql`${batch.map((row) => row[key] ?? null)}::${sql.raw(casts[i] as string)}[]`);
    await sql`insert into ${target} select * from unnest(${sql.join(arrays)})`.execute(trx);
  }
}

/**
 * Writes buffers in order, at most `parallel` at a time. PostgreSQL works in
 * other processes, so two chunks of 1:1 (independent of each other) are
 * written at once while the next is generated; better-sqlite3 works in this
 * thread, so SQLite gets one.
 */
export class WriteQueue {
  private readonly pending: Array<Promise<void>> = [];

  constructor(
    private readonly db: Db,
    private readonly parallel: number,
  ) {}

  /** Starts writing a buffer, after waiting for room. */
  async add(buffer: RowBuffer): Promise<void> {
    if (this.pending.length >= this.parallel) await this.pending.shift();
    const write = buffer.flush(this.db);
    // Awaited later; this only keeps an early failure from counting as unhandled meanwhile.
    write.catch(() => {});
    this.pending.push(write);
  }

  /** Waits for every write; throws the first failure. */
  async drain(): Promise<void> {
    const results = await Promise.allSettled(this.pending.splice(0));
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  }
}

/**
 * Runs a bulk load on SQLite with a 1 GiB page cache, then restores the
 * connection's setting. With the default 2 MB, index inserts into a database
 * of gigabytes keep reading pages back: 4,000 people took 30% longer.
 */
export async function withBulkLoadSettings<T>(db: Db, load: () => Promise<T>): Promise<T> {
  if (db.engine !== "sqlite") return load();
  const { rows } = await sql<{ cacheSize: number }>`pragma cache_size`.execute(db.kysely);
  const previous = Number(rows[0]?.cacheSize ?? -2000);
  await sql`pragma cache_size = -1048576`.execute(db.kysely);
  try {
    return await load();
  } finally {
    await sql.raw(`pragma cache_size = ${previous}`).execute(db.kysely);
  }
}
