import type { Db } from "../../db/database.js";
import { type Executor, withTransaction } from "../../db/executor.js";
import {
  insertRowsUnlessStored,
  listCheckedInMeetings,
  listStoredIds,
  listStoredPairKeys,
  listUsersByEmail,
} from "./import.repo.js";
import { type ImportInput, importInvalid, parseImportFiles } from "./import-bundle.js";
import {
  carriedFromFirst,
  externalReferences,
  IMPORT_TABLES,
  type ImportPlan,
  type ImportTable,
  type PlannedRow,
  planImport,
  primaryKeyOf,
  REFERENCES,
} from "./import-plan.js";

/** Per table: records in the files, and how many of them were new to this database. */
export type ImportSummary = Record<ImportTable, { records: number; inserted: number }>;

/** Rows per INSERT: well under SQLite's and PostgreSQL's bound-parameter limits for the widest table. */
const CHUNK = 200;
/** Ids per lookup query. */
const LOOKUP_CHUNK = 500;

const chunks = <T>(items: T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Which of the ids already exist in a table. */
async function existingIds(db: Executor, table: ImportTable, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(ids, LOOKUP_CHUNK)) {
    // Only tables keyed by `id` are ever referenced.
    for (const id of await listStoredIds(db, table, part)) found.add(id);
  }
  return found;
}

/** References to records neither in the files nor in the database, and e-mails taken by another account. */
async function databaseProblems(db: Executor, plan: ImportPlan): Promise<string[]> {
  const problems: string[] = [];
  for (const [table, byId] of externalReferences(plan)) {
    const found = await existingIds(db, table, [...byId.keys()]);
    for (const [id, sources] of byId) {
      if (found.has(id)) continue;
      const elsewhere = sources.length > 1 ? ` (and ${sources.length - 1} more records)` : "";
      problems.push(
        `${sources[0]}: refers to ${table} ${id}, which is neither in the import nor in this database${elsewhere}`,
      );
    }
  }
  const users = [...plan.users.values()];
  for (const part of chunks(users, LOOKUP_CHUNK)) {
    const taken = await listUsersByEmail(
      db,
      part.map((u) => u.row.email),
    );
    const owner = new Map(taken.map((u) => [u.email, u.id]));
    for (const planned of part) {
      const holder = owner.get(planned.row.email);
      if (holder && holder !== planned.row.id)
        problems.push(`${planned.source}.email: ${planned.row.email} belongs to another account in this database`);
    }
  }
  return problems;
}

/** The keys (`primaryKeyOf`) of a table's planned rows that are already stored. */
async function storedKeys(db: Executor, table: ImportTable, plan: ImportPlan): Promise<Set<string>> {
  const rows = [...plan[table].values()].map((p) => p.row as Record<string, string>);
  const found = new Set<string>();
  if (table === "memberships" || table === "ratings") {
    const columns: [string, string] = table === "memberships" ? ["organizationId", "userId"] : ["meetingId", "userId"];
    for (const part of chunks([...new Set(rows.map((r) => r[columns[0]] as string))], LOOKUP_CHUNK)) {
      for (const key of await listStoredPairKeys(db, table, columns, part)) found.add(key);
    }
    return found;
  }
  if (table === "checkIns") {
    for (const part of chunks(
      rows.map((r) => r.meetingId as string),
      LOOKUP_CHUNK,
    )) {
      for (const meetingId of await listCheckedInMeetings(db, part)) found.add(meetingId);
    }
    return found;
  }
  return existingIds(db, table, [...plan[table].keys()]);
}

/**
 * P1/P7 for imports: an import adds records only to what it creates. A record new to this database
 * may refer to a person who is already here (people belong to several workspaces), but to no other
 * stored row — not a workspace (no new membership in an existing organization), a 1:1, a meeting, a
 * goal… — whether or not the files repeat that row: a file can claim any id, so repeating a live
 * workspace's or meeting's id proves nothing. Records already stored are left alone (idempotency).
 */
async function attachmentProblems(db: Executor, plan: ImportPlan): Promise<string[]> {
  const newRows = new Map<ImportTable, Array<PlannedRow>>();
  for (const table of IMPORT_TABLES) {
    const stored = await storedKeys(db, table, plan);
    const key = primaryKeyOf[table] as (row: PlannedRow["row"]) => string;
    newRows.set(
      table,
      [...plan[table].values()].filter((p) => !stored.has(key(p.row as PlannedRow["row"]))) as Array<PlannedRow>,
    );
  }
  const referenced = new Map<ImportTable, Set<string>>();
  for (const [table, column, target] of REFERENCES) {
    if (target === "users") continue;
    for (const planned of newRows.get(table) ?? []) {
      const value = (planned.row as Record<string, unknown>)[column];
      if (typeof value === "string") referenced.set(target, (referenced.get(target) ?? new Set()).add(value));
    }
  }
  const stored = new Map<ImportTable, Set<string>>();
  for (const [target, ids] of referenced) stored.set(target, await existingIds(db, target, [...ids]));
  const problems: string[] = [];
  for (const [table, column, target] of REFERENCES) {
    if (target === "users") continue;
    for (const planned of newRows.get(table) ?? []) {
      const value = (planned.row as Record<string, unknown>)[column];
      if (typeof value !== "string" || !stored.get(target)?.has(value)) continue;
      problems.push(
        table === "memberships"
          ? `${planned.source}: adds a membership to the existing workspace ${value}; an import never adds people to a workspace that is already here`
          : `${planned.source}.${column}: refers to ${target} ${value}, which already exists in this database; an import adds records only to what it creates`,
      );
    }
  }
  return problems;
}

async function insertRows<T extends ImportTable>(trx: Executor, table: T, rows: Array<PlannedRow<T>>): Promise<number> {
  let inserted = 0;
  for (const part of chunks(rows, CHUNK)) {
    // Records already here stay as they are: importing the same files again changes nothing.
    inserted += await insertRowsUnlessStored(
      trx,
      table,
      part.map((p) => p.row as Record<string, unknown>),
    );
  }
  return inserted;
}

/**
 * Imports workspace and personal exports: validates every file (400 naming the file, record
 * and field), checks every reference (and that nothing new attaches to a stored row other than a
 * person), then writes everything in one transaction or nothing.
 * Ids are kept and existing records are never overwritten, so importing twice changes nothing.
 */
export async function importExports(
  db: Db,
  inputs: ImportInput[],
  options: { dryRun?: boolean } = {},
): Promise<ImportSummary> {
  const files = parseImportFiles(inputs);
  const { plan, problems } = planImport(files);
  if (problems.length) throw importInvalid(problems);
  const deps = { db };
  return withTransaction(deps, async (deps) => {
    const trx = deps.db.kysely;
    const found = [...(await databaseProblems(trx, plan)), ...(await attachmentProblems(trx, plan))];
    if (found.length) throw importInvalid(found);
    const summary = {} as ImportSummary;
    for (const table of IMPORT_TABLES) {
      const planned = [...plan[table].values()] as Array<PlannedRow<typeof table>>;
      const rows = table === "agendaItems" ? carriedFromFirst(planned as Array<PlannedRow<"agendaItems">>) : planned;
      summary[table] = { records: rows.length, inserted: options.dryRun ? 0 : await insertRows(trx, table, rows) };
    }
    return summary;
  });
}
