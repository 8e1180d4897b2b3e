import { sql } from "kysely";
import type { Db } from "../../server/db/database.js";
import { hashPassword } from "../../server/modules/auth/passwords.js";
import { RowBuffer, WriteQueue, withBulkLoadSettings } from "./bulk-insert.js";
import { DAY } from "./durations.js";
import { writeOneOnOne } from "./one-on-one-content.js";
import { buildOrgChart, listPairs, type OrgChart, type Person } from "./people.js";
import { SEARCH_TERM } from "./phrases.js";
import { Random } from "./random.js";
import { planOneOnOne } from "./schedule.js";
import { type Workspace, writeWorkspace } from "./workspace.js";

export interface GenerateOptions {
  people: number;
  seed: number;
  now: Date;
  log?: (line: string) => void;
}

export interface GeneratedFacts {
  /** Every user's password (the same for all). */
  password: string;
  orgId: string;
  /** A leader with exactly 12 direct reports, each with a 1:1 with them. */
  leader: { id: string; email: string };
  /** A scheduled (upcoming) meeting of one of the leader's 1:1s, with exactly 30 agenda items. */
  meetingId: string;
  /** A word in the leader's pairs' notes and agenda and in many other pairs' content across the organization. */
  searchTerm: string;
  /** Rows written, by table. */
  counts: Record<string, number>;
  seconds: number;
}

export const BENCH_PASSWORD = "rapport-bench-password";
/** The smallest organization that holds the featured leader, their 12 reports and someone above them. */
export const MIN_PEOPLE = 14;

const WINDOW_DAYS = 730;
/**
 * Rows per transaction. SQLite: 250k was 13% faster than 50k at 4,000 people
 * (fewer commits rewrite the same index pages). PostgreSQL: ~50k, two at once.
 */
const ROWS_PER_TRANSACTION = { sqlite: 250_000, postgres: 50_000 } as const;

/**
 * Writes one organization of `people` people with two years of 1:1 history
 * up to `now` into an empty, migrated database: reproducible for the same
 * (people, seed, now), ids included; streamed chunk by chunk of 1:1.
 */
export async function generateOrganization(db: Db, options: GenerateOptions): Promise<GeneratedFacts> {
  const { people, seed, now } = options;
  if (!Number.isInteger(people) || people < MIN_PEOPLE) throw new Error(`people must be an integer ≥ ${MIN_PEOPLE}`);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const log = options.log ?? (() => {});
  const windowStart = now.getTime() - WINDOW_DAYS * DAY;
  const chart = buildOrgChart(seed, people, WINDOW_DAYS);
  // One scrypt hash at the server's cost, shared by everyone: hashing 10,000 would take an hour.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const counts: Record<string, number> = {};

  const { orgId, meetingId } = await withBulkLoadSettings(db, async () => {
    const buffer = new RowBuffer(counts);
    const workspace = writeWorkspace(buffer, new Random(seed, 0x0a9), chart, windowStart, passwordHash);
    await buffer.flush(db);
    log(`${people} people written (${elapsed().toFixed(1)} s)`);
    const upcoming = await writeAllOneOnOne(
      db,
      { chart, workspace, seed, now, windowStart, counts },
      (done, total, n) => log(`${done}/${total} 1:1, ${n} meetings (${elapsed().toFixed(1)} s)`),
    );
    return { orgId: workspace.orgId, meetingId: upcoming };
  });
  // Autovacuum analyses a production database soon after a bulk load; measure it in that state.
  if (db.engine === "postgres") await sql`analyze`.execute(db.kysely);
  const leader = chart.people[chart.featuredLeader] as Person;
  return {
    password: BENCH_PASSWORD,
    orgId,
    leader: { id: leader.id, email: leader.email },
    meetingId,
    searchTerm: SEARCH_TERM,
    counts,
    seconds: Number(elapsed().toFixed(2)),
  };
}

interface OneOnOneRun {
  chart: OrgChart;
  workspace: Workspace;
  seed: number;
  now: Date;
  windowStart: number;
  counts: Record<string, number>;
}

/**
 * Generates and writes every 1:1, one chunk of 1:1 per transaction;
 * returns the featured meeting's id. Each 1:1 has its own random stream,
 * so the data does not depend on the chunking.
 */
async function writeAllOneOnOne(
  db: Db,
  run: OneOnOneRun,
  progress: (done: number, total: number, meetings: number) => void,
): Promise<string> {
  const { chart, workspace, seed, now } = run;
  const pairs = listPairs(chart, seed);
  const featuredTeammate = chart.reports[chart.featuredLeader]?.[0];
  const queue = new WriteQueue(db, db.engine === "postgres" ? 2 : 1);
  let buffer = new RowBuffer(run.counts);
  let meetingId: string | null = null;
  let meetings = 0;
  try {
    for (const [index, pair] of pairs.entries()) {
      const random = new Random(seed, 0x5e, index);
      const featured = pair.kind === "manager" && pair.teammate.index === featuredTeammate;
      const ledByFeatured = pair.leader.index === chart.featuredLeader;
      const joined = Math.max(pair.teammate.joinedDay, pair.leader.joinedDay) + (pair.kind === "manager" ? 0 : 30);
      const snapshot =
        !featured && random.chance(0.15) ? workspace.orgTemplate : workspace.systemSnapshot(pair.leader.locale);
      const plan = planOneOnOne(random, {
        id: random.uuid(),
        organizationId: workspace.orgId,
        leaderId: pair.leader.id,
        teammateId: pair.teammate.id,
        kind: pair.kind,
        timezone: pair.leader.timezone,
        startAfter: new Date(run.windowStart + joined * DAY),
        now,
        templateId: snapshot.templateId,
        featured,
        alwaysActive: ledByFeatured,
        monthly: pair.kind === "skip-level",
      });
      meetings += plan.meetings.length;
      const upcoming = writeOneOnOne(random, buffer, plan, snapshot, now, {
        featured,
        mentionSearchTerm: ledByFeatured,
      });
      if (featured) meetingId = upcoming;
      // Lets a write in flight (PostgreSQL) send its next statement.
      if (index % 4 === 0) await new Promise(setImmediate);
      if (buffer.size >= ROWS_PER_TRANSACTION[db.engine] || index === pairs.length - 1) {
        await queue.add(buffer);
        buffer = new RowBuffer(run.counts);
        progress(index + 1, pairs.length, meetings);
      }
    }
  } finally {
    await queue.drain();
  }
  if (!meetingId) throw new Error("The featured pair has no upcoming meeting");
  return meetingId;
}
