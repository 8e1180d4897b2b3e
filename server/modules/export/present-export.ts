import type { Selectable } from "kysely";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportSection,
  type UserExport,
  type WorkspaceExport,
} from "../../../shared/schemas/export.js";
import type { MeetingsTable, OneOnOnesTable, TemplatesTable } from "../../db/schema.js";
import type { loadWorkspaceRows, UserRows } from "./export.repo.js";

type Keyed = { id?: string; createdAt?: string; meetingId?: string | null; userId?: string };

/** A key that orders records the same way on every engine (code-unit order, not the database's collation). */
function sortKey(row: Keyed): string {
  return `${row.createdAt ?? ""}\u0000${row.id ?? `${row.meetingId ?? ""}\u0000${row.userId ?? ""}`}`;
}

/** Records in a stable order: by creation time, then id. */
export function stableOrder<T extends Keyed>(rows: T[]): T[] {
  return rows
    .map((row) => [sortKey(row), row] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
}

const sections = (json: string) => JSON.parse(json) as ExportSection[];

/** A 1:1 as exported. The teammate's rating-sharing choice stays out: an imported 1:1 starts with ratings private. */
function presentOneOnOne(row: Selectable<OneOnOnesTable>) {
  const { teammateSharesRatings: _choice, ...oneOnOne } = row;
  return oneOnOne;
}

function presentMeeting(row: Selectable<MeetingsTable>) {
  return { ...row, sections: sections(row.sections) };
}

function presentTemplate(row: Selectable<TemplatesTable>) {
  return { ...row, sections: sections(row.sections) };
}

/** The user's export document from their rows; drops what never leaves the server (password hash, live-document state). */
export function presentUserExport(rows: UserRows, exportedAt: string): UserExport {
  const { passwordHash: _secret, ...user } = rows.user;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    kind: "user",
    exportedAt,
    user,
    organizations: stableOrder(rows.organizations),
    people: stableOrder(rows.people.map((p) => ({ id: p.id, name: p.name, email: p.email }))),
    templates: stableOrder(rows.templates.map(presentTemplate)),
    oneOnOnes: stableOrder(rows.oneOnOnes.map(presentOneOnOne)),
    meetings: stableOrder(rows.meetings.map(presentMeeting)),
    standingItems: stableOrder(rows.standingItems),
    agendaItems: stableOrder(rows.agendaItems.map((a) => ({ ...a, discussed: Boolean(a.discussed) }))),
    notes: stableOrder(rows.notes),
    actionItems: stableOrder(rows.actionItems),
    checkIns: stableOrder(rows.checkIns),
    ratings: stableOrder(rows.ratings),
    feedback: stableOrder(rows.feedback),
    goals: stableOrder(rows.goals),
    goalProgress: stableOrder(rows.goalProgress),
  };
}

/** The workspace structure document: people without password hashes, templates, 1:1; no content (P3). */
export function presentWorkspaceExport(
  rows: Awaited<ReturnType<typeof loadWorkspaceRows>>,
  exportedAt: string,
): WorkspaceExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    kind: "workspace",
    exportedAt,
    organization: rows.organization,
    people: stableOrder(rows.people),
    templates: stableOrder(rows.templates.map(presentTemplate)),
    oneOnOnes: stableOrder(rows.oneOnOnes.map(presentOneOnOne)),
  };
}
