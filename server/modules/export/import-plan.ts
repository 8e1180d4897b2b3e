import type { Insertable } from "kysely";
import type { ExportFile, UserExport } from "../../../shared/schemas/export.js";
import type { Database } from "../../db/schema.js";
import { NO_PASSWORD } from "../auth/passwords.js";
import type { ImportFile } from "./import-bundle.js";

/** The tables an import writes, in an order that satisfies their foreign keys. */
export const IMPORT_TABLES = [
  "organizations",
  "users",
  "memberships",
  "templates",
  "oneOnOnes",
  "meetings",
  "standingItems",
  "agendaItems",
  "notes",
  "goals",
  "actionItems",
  "goalProgress",
  "checkIns",
  "ratings",
  "feedback",
] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

/** A row to insert, with the record it came from for messages. */
export interface PlannedRow<T extends ImportTable = ImportTable> {
  row: Insertable<Database[T]>;
  source: string;
}

export type ImportPlan = { [T in ImportTable]: Map<string, PlannedRow<T>> };

/** How a table's rows are identified (its primary key). */
export const primaryKeyOf: { [T in ImportTable]: (row: Insertable<Database[T]>) => string } = {
  organizations: (r) => r.id,
  users: (r) => r.id,
  memberships: (r) => `${r.organizationId}|${r.userId}`,
  templates: (r) => r.id,
  oneOnOnes: (r) => r.id,
  meetings: (r) => r.id,
  standingItems: (r) => r.id,
  agendaItems: (r) => r.id,
  notes: (r) => r.id,
  goals: (r) => r.id,
  actionItems: (r) => r.id,
  goalProgress: (r) => r.id,
  checkIns: (r) => r.meetingId,
  ratings: (r) => `${r.meetingId}|${r.userId}`,
  feedback: (r) => r.id,
};

/** The foreign keys an import checks before writing: [table, column, referenced table]. */
export const REFERENCES: Array<[ImportTable, string, "organizations" | "users" | ImportTable]> = [
  ["memberships", "organizationId", "organizations"],
  ["memberships", "userId", "users"],
  ["memberships", "managerId", "users"],
  ["templates", "organizationId", "organizations"],
  ["templates", "ownerId", "users"],
  ["oneOnOnes", "organizationId", "organizations"],
  ["oneOnOnes", "leaderId", "users"],
  ["oneOnOnes", "teammateId", "users"],
  ["oneOnOnes", "createdBy", "users"],
  ["meetings", "oneOnOneId", "oneOnOnes"],
  ["meetings", "organizationId", "organizations"],
  ["standingItems", "oneOnOneId", "oneOnOnes"],
  ["standingItems", "authorId", "users"],
  ["agendaItems", "meetingId", "meetings"],
  ["agendaItems", "oneOnOneId", "oneOnOnes"],
  ["agendaItems", "authorId", "users"],
  ["agendaItems", "carriedFromId", "agendaItems"],
  ["agendaItems", "standingItemId", "standingItems"],
  ["notes", "meetingId", "meetings"],
  ["notes", "authorId", "users"],
  ["notes", "updatedBy", "users"],
  ["goals", "oneOnOneId", "oneOnOnes"],
  ["goals", "teammateId", "users"],
  ["goals", "createdBy", "users"],
  ["actionItems", "oneOnOneId", "oneOnOnes"],
  ["actionItems", "meetingId", "meetings"],
  ["actionItems", "ownerId", "users"],
  ["actionItems", "createdBy", "users"],
  ["actionItems", "goalId", "goals"],
  ["goalProgress", "goalId", "goals"],
  ["goalProgress", "meetingId", "meetings"],
  ["goalProgress", "authorId", "users"],
  ["checkIns", "meetingId", "meetings"],
  ["checkIns", "oneOnOneId", "oneOnOnes"],
  ["checkIns", "userId", "users"],
  ["ratings", "meetingId", "meetings"],
  ["ratings", "userId", "users"],
  ["feedback", "oneOnOneId", "oneOnOnes"],
  ["feedback", "meetingId", "meetings"],
  ["feedback", "fromUserId", "users"],
  ["feedback", "toUserId", "users"],
];

const emptyPlan = (): ImportPlan =>
  Object.fromEntries(IMPORT_TABLES.map((table) => [table, new Map()])) as unknown as ImportPlan;

type Adder = <T extends ImportTable>(table: T, row: Insertable<Database[T]>, path: string) => void;

const withSections = <T extends { sections: unknown }>(record: T) => ({
  ...record,
  sections: JSON.stringify(record.sections),
});

function addRecords<T extends ImportTable>(
  add: Adder,
  table: T,
  records: Array<Insertable<Database[T]>>,
  label = table as string,
) {
  records.forEach((row, i) => {
    const id = (row as { id?: string }).id;
    add(table, row, `${label}[${i}]${id ? ` (id ${id})` : ""}`);
  });
}

function addFile(add: Adder, data: ExportFile): void {
  if (data.kind === "workspace") {
    add("organizations", data.organization, "organization");
    data.people.forEach((p, i) => {
      const { role, status, managerId, joinedAt, membershipUpdatedAt, ...user } = p;
      const path = `people[${i}] (id ${p.id})`;
      add("users", { ...user, passwordHash: NO_PASSWORD }, path);
      add(
        "memberships",
        {
          organizationId: data.organization.id,
          userId: p.id,
          role,
          status,
          managerId,
          createdAt: joinedAt,
          updatedAt: membershipUpdatedAt,
        },
        path,
      );
    });
    addRecords(add, "templates", data.templates.map(withSections));
    addRecords(add, "oneOnOnes", data.oneOnOnes);
    return;
  }
  add("users", { ...data.user, passwordHash: NO_PASSWORD }, "user");
  addRecords(add, "organizations", data.organizations);
  addRecords(add, "templates", data.templates.map(withSections));
  addRecords(add, "oneOnOnes", data.oneOnOnes);
  addRecords(add, "meetings", data.meetings.map(withSections));
  addRecords(add, "standingItems", data.standingItems);
  addRecords(
    add,
    "agendaItems",
    data.agendaItems.map((a) => ({ ...a, discussed: a.discussed ? 1 : 0 })),
  );
  addRecords(add, "notes", data.notes);
  addRecords(add, "goals", data.goals);
  addRecords(add, "actionItems", data.actionItems);
  addRecords(add, "goalProgress", data.goalProgress);
  addRecords(add, "checkIns", data.checkIns);
  addRecords(add, "ratings", data.ratings);
  addRecords(add, "feedback", data.feedback);
}

/** P2 holds in the files too: a person's export carries their own private notes and ratings only. */
function ownershipProblems(name: string, data: UserExport): string[] {
  const problems: string[] = [];
  data.notes.forEach((n, i) => {
    const expected = n.kind === "private" ? data.user.id : "shared";
    if (n.ownerKey !== expected)
      problems.push(
        `${name}: notes[${i}] (id ${n.id}).ownerKey: must be "${expected}" for a ${n.kind} note in this person's export`,
      );
  });
  data.ratings.forEach((r, i) => {
    if (r.userId !== data.user.id)
      problems.push(`${name}: ratings[${i}].userId: a person's export holds their own ratings only`);
  });
  return problems;
}

/**
 * Merges the files into one set of rows per table. The same record may come in several
 * files (both sides of a 1:1 export it); the most recently exported copy wins.
 */
export function planImport(files: ImportFile[]): { plan: ImportPlan; problems: string[] } {
  const plan = emptyPlan();
  const problems: string[] = [];
  const ordered = [...files].sort((a, b) =>
    a.data.exportedAt < b.data.exportedAt ? -1 : a.data.exportedAt > b.data.exportedAt ? 1 : 0,
  );
  for (const file of ordered) {
    if (file.data.kind === "user") problems.push(...ownershipProblems(file.name, file.data));
    const add: Adder = (table, row, path) => {
      const map = plan[table] as Map<string, PlannedRow>;
      const key = (primaryKeyOf[table] as (r: typeof row) => string)(row);
      map.set(key, { row: row as PlannedRow["row"], source: `${file.name}: ${path}` });
    };
    addFile(add, file.data);
  }
  const emails = new Map<string, PlannedRow<"users">>();
  for (const planned of plan.users.values()) {
    const other = emails.get(planned.row.email);
    if (other && other.row.id !== planned.row.id)
      problems.push(`${planned.source}.email: ${planned.row.email} is also the e-mail of ${other.source}`);
    emails.set(planned.row.email, planned);
  }
  return { plan, problems };
}

/** The ids each table's rows refer to that the import itself does not bring, by referenced table. */
export function externalReferences(plan: ImportPlan): Map<ImportTable, Map<string, string[]>> {
  const missing = new Map<ImportTable, Map<string, string[]>>();
  for (const [table, column, target] of REFERENCES) {
    for (const planned of plan[table].values()) {
      const value = (planned.row as Record<string, unknown>)[column];
      if (typeof value !== "string" || plan[target].has(value)) continue;
      const byId = missing.get(target) ?? new Map<string, string[]>();
      missing.set(target, byId);
      byId.set(value, [...(byId.get(value) ?? []), `${planned.source}.${column}`]);
    }
  }
  return missing;
}

/** Talking points in an order where an item comes after the one it was carried from. */
export function carriedFromFirst(rows: Array<PlannedRow<"agendaItems">>): Array<PlannedRow<"agendaItems">> {
  const byId = new Map(rows.map((r) => [r.row.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    depth.set(id, 0); // a cycle (impossible in real data) stops here instead of recursing forever
    const from = byId.get(id)?.row.carriedFromId;
    const d = from && byId.has(from) ? depthOf(from) + 1 : 0;
    depth.set(id, d);
    return d;
  };
  return rows
    .map((r) => [depthOf(r.row.id), r] as const)
    .sort(([a], [b]) => a - b)
    .map(([, r]) => r);
}
