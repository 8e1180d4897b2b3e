import { type Expression, type ExpressionBuilder, expressionBuilder, type Selectable } from "kysely";
import type { Actor, Deps } from "../../context.js";
import type { Executor } from "../../db/executor.js";
import { preparedQuery } from "../../db/prepared-query.js";
import type { Database, MeetingsTable, OneOnOnesTable } from "../../db/schema.js";
import { notFound } from "../../http/errors.js";
import { callerIsActiveIn } from "../organizations/membership-policy.js";

export type PairRole = "leader" | "teammate";

/** Who reads: a user id (or a prepared-query parameter) and the workspace their sign-in is held to. */
interface Reader {
  userId: string | Expression<string>;
  organizationScope: string | null;
}

/**
 * The participant predicate (P1, P5, P6) as SQL, the only place it is written: the reader
 * leads or is the teammate of the 1:1 at `1:1` (a table name or alias such as
 * "oneOnOnes" or "s") and is still an active member of its workspace, signed in in a way
 * that reaches it (ADR 0017). Every query that reads pair content for someone uses this.
 */
export function isParticipant<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  oneOnOne: string,
  reader: Reader,
) {
  const base = eb as unknown as ExpressionBuilder<Database, "oneOnOnes">;
  const column = (name: "leaderId" | "teammateId") => `${oneOnOne}.${name}` as `oneOnOnes.${typeof name}`;
  return base.and([
    base.or([base(column("leaderId"), "=", reader.userId), base(column("teammateId"), "=", reader.userId)]),
    callerIsActiveIn(base, `${oneOnOne}.organizationId`, reader),
  ]);
}

/** The ids of every 1:1 whose content the reader may see, as a subquery for `in (…)`. */
export function visibleOneOnOneIds(db: Executor, reader: Reader) {
  return db
    .selectFrom("oneOnOnes")
    .select("oneOnOnes.id")
    .where((eb) => isParticipant(eb, "oneOnOnes", reader));
}

/**
 * The private-note rule (P2) as SQL, the only place it is written: a note row at `notes`
 * is visible to `userId` when it is the shared note or their own private note.
 */
export function isVisibleNote<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  notes: string,
  userId: string | Expression<string>,
) {
  const base = eb as unknown as ExpressionBuilder<Database, "notes">;
  return base(`${notes}.ownerKey` as "notes.ownerKey", "in", ["shared", userId as string]);
}

/** The private-note rule for a hand-written `sql` template (the search): a note-like row at `alias` with an `owner_key`. */
export function visibleNoteSql(alias: string, userId: string) {
  return isVisibleNote(expressionBuilder<Database, "notes">(), alias, userId);
}

/**
 * The one visibility check for pair content (P1, P5, P6): the caller must be
 * the leader or the teammate of the 1:1 and still an active member of its
 * workspace, signed in in a way that reaches that workspace (ADR 0017). Anyone else — admins included — gets the same 404 as for nothing.
 */
export async function requireParticipant(deps: Deps, actor: Actor, oneOnOneId: string) {
  const oneOnOne = await deps.db.kysely
    .selectFrom("oneOnOnes")
    .selectAll("oneOnOnes")
    .where("oneOnOnes.id", "=", oneOnOneId)
    .where((eb) => isParticipant(eb, "oneOnOnes", actor))
    .executeTakeFirst();
  if (!oneOnOne) throw notFound("1:1");
  const role: PairRole = oneOnOne.leaderId === actor.userId ? "leader" : "teammate";
  return { oneOnOne, role };
}

/** Every column of a 1:1, selected beside a meeting's under an `s_` prefix. */
const ONE_ON_ONE_COLUMNS = [
  "id",
  "organizationId",
  "leaderId",
  "teammateId",
  "kind",
  "cadenceFrequency",
  "cadenceInterval",
  "cadenceWeekday",
  "cadenceNth",
  "firstMeetingAt",
  "anchorAt",
  "timezone",
  "durationMinutes",
  "templateId",
  "status",
  "reminderMinutesBefore",
  "sequence",
  "teammateSharesRatings",
  "createdBy",
  "createdAt",
  "updatedAt",
] as const satisfies ReadonlyArray<keyof OneOnOnesTable>;

type OneOnOneColumn = (typeof ONE_ON_ONE_COLUMNS)[number];
type Prefixed<C extends OneOnOneColumn> = `s${Capitalize<C>}`;
type PrefixedSelection = { [C in OneOnOneColumn]: `s.${C} as ${Prefixed<C>}` }[OneOnOneColumn];

const prefixed = <C extends OneOnOneColumn>(column: C) =>
  `s${column[0]?.toUpperCase()}${column.slice(1)}` as Prefixed<C>;
const PREFIXED_KEYS: ReadonlySet<string> = new Set(ONE_ON_ONE_COLUMNS.map(prefixed));

const meetingWithOneOnOne = preparedQuery((db, p: { meetingId: string; userId: string; scope: string | null }) =>
  db
    .selectFrom("meetings")
    .innerJoin("oneOnOnes as s", "s.id", "meetings.oneOnOneId")
    .selectAll("meetings")
    .select(ONE_ON_ONE_COLUMNS.map((column) => `s.${column} as ${prefixed(column)}` as PrefixedSelection))
    .where("meetings.id", "=", p.meetingId)
    .where((eb) => isParticipant(eb, "s", { userId: p.userId, organizationScope: p.scope })),
);

/**
 * A meeting the caller takes part in, with its 1:1; 404 otherwise. One query:
 * every meeting route starts here, so the visibility check costs a single round trip.
 */
export async function requireMeetingParticipant(deps: Deps, actor: Actor, meetingId: string) {
  const [row] = await meetingWithOneOnOne(deps.db.kysely, {
    meetingId,
    userId: actor.userId,
    scope: actor.organizationScope,
  });
  if (!row) throw notFound("Meeting");
  // Typed by the listed columns: a column missing from the list is missing from the type, and callers fail to compile.
  const oneOnOne = Object.fromEntries(
    ONE_ON_ONE_COLUMNS.map((column) => [column, row[prefixed(column)]]),
  ) as Selectable<Pick<OneOnOnesTable, OneOnOneColumn>>;
  const meeting = Object.fromEntries(
    Object.entries(row).filter(([key]) => !PREFIXED_KEYS.has(key)),
  ) as Selectable<MeetingsTable>;
  const role: PairRole = oneOnOne.leaderId === actor.userId ? "leader" : "teammate";
  return { meeting, oneOnOne, role };
}
