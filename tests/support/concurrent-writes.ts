import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Db } from "../../server/db/database.js";

/**
 * Writes that keep coming while a backup runs: talking points marked `cw<nnnnnn>`, numbered
 * from 1 in commit order, so a consistent snapshot holds exactly the first k of them.
 */

const WRITER = fileURLToPath(new URL("./sqlite-writer.mjs", import.meta.url));
const MARKER = /cw(\d{6})/;

/** Where the writes go: a scheduled meeting and one of its participants. */
export interface WriteTarget {
  meetingId: string;
  oneOnOneId: string;
  authorId: string;
  sectionKey: string;
}

export interface ConcurrentWriter {
  /** Resolves once `count` writes have committed. */
  reached(count: number): Promise<void>;
  /** Commits so far. */
  written(): number;
  /** Stops after the write in progress; resolves with the number committed. */
  stop(): Promise<number>;
}

/** The write number a row carries, or null for rows no concurrent write made. */
export function concurrentWriteNumber(row: unknown): number | null {
  const match = MARKER.exec(JSON.stringify(row));
  return match ? Number(match[1]) : null;
}

function waiter(current: () => number) {
  const waiting: { count: number; resolve: () => void }[] = [];
  return {
    reached: (count: number) =>
      new Promise<void>((resolve) => {
        if (current() >= count) resolve();
        else waiting.push({ count, resolve });
      }),
    notify: () => {
      for (const w of waiting.filter((x) => current() >= x.count)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    },
  };
}

/** Starts a separate process that writes into the SQLite file, as a running server would. */
export function startSqliteWriter(filename: string, target: WriteTarget): ConcurrentWriter {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", WRITER, filename, target.meetingId, target.oneOnOneId, target.authorId, target.sectionKey],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  let count = 0;
  const { reached, notify } = waiter(() => count);
  const done = new Promise<number>((resolve, reject) => {
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const [word, value] = line.split(" ");
        count = Number(value);
        if (word === "done") resolve(count);
      }
      notify();
    });
    child.once("exit", (code) => reject(new Error(`The writer exited with ${code} before it was stopped`)));
  });
  done.catch(() => {});
  return {
    // A writer that dies fails the wait instead of leaving it hanging.
    reached: (target) => Promise.race([reached(target), done.then(() => {})]),
    written: () => count,
    stop: () => {
      child.stdin.end();
      return done;
    },
  };
}

/** Writes into PostgreSQL from this process (its pool is asynchronous), one talking point per transaction. */
export function startPostgresWriter(db: Db, target: WriteTarget): ConcurrentWriter {
  let count = 0;
  let stopping = false;
  const { reached, notify } = waiter(() => count);
  const loop = (async () => {
    while (!stopping) {
      const n = count + 1;
      const marker = `cw${String(n).padStart(6, "0")}`;
      const now = new Date().toISOString();
      await db.kysely
        .insertInto("agendaItems")
        .values({
          id: marker,
          meetingId: target.meetingId,
          oneOnOneId: target.oneOnOneId,
          sectionKey: target.sectionKey,
          authorId: target.authorId,
          body: `Talking point ${marker} written during a backup`,
          position: 1000 + n,
          discussed: 0,
          carriedFromId: null,
          standingItemId: null,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      count = n;
      notify();
    }
    return count;
  })();
  return {
    reached,
    written: () => count,
    stop: () => {
      stopping = true;
      return loop;
    },
  };
}

/** A scheduled meeting of the demo leader's first teammate, to write talking points into. */
export async function demoWriteTarget(db: Db, leaderId: string): Promise<WriteTarget> {
  const meeting = await db.kysely
    .selectFrom("meetings")
    .innerJoin("oneOnOnes", "oneOnOnes.id", "meetings.oneOnOneId")
    .select(["meetings.id", "meetings.oneOnOneId", "meetings.sections"])
    .where("meetings.status", "=", "scheduled")
    .where("oneOnOnes.leaderId", "=", leaderId)
    .orderBy("meetings.id")
    .executeTakeFirstOrThrow();
  const sections = JSON.parse(meeting.sections) as { key: string }[];
  return {
    meetingId: meeting.id,
    oneOnOneId: meeting.oneOnOneId,
    authorId: leaderId,
    sectionKey: sections[0]?.key ?? "progress",
  };
}

/** How many concurrent writes committed between two instants (ISO strings): proof they overlapped a backup. */
export async function writesBetween(db: Db, from: string, to: string): Promise<number> {
  const rows = await db.kysely
    .selectFrom("agendaItems")
    .select("id")
    .where("id", "like", "cw%")
    .where("createdAt", ">=", from)
    .where("createdAt", "<=", to)
    .execute();
  return rows.length;
}
