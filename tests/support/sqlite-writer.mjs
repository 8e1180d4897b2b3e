// A second process writing to a SQLite database as a running server does: one talking point per
// transaction, each marked `cw<nnnnnn>`, until its stdin closes. Prints `wrote <n>` after each commit.
// Usage: node sqlite-writer.mjs <file> <meetingId> <oneOnOneId> <authorId> <sectionKey>
// Run with `--import tsx`: it registers the SQL functions the schema's triggers call, as the server does.
import Database from "better-sqlite3";
import { registerSqlFunctions } from "../../server/db/search-index-terms.ts";

const [file, meetingId, oneOnOneId, authorId, sectionKey] = process.argv.slice(2);
const db = new Database(file, { fileMustExist: true });
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = ON");
registerSqlFunctions(db);
const insert = db.prepare(
  `insert into agenda_items (id, meeting_id, one_on_one_id, section_key, author_id, body, position, discussed, created_at, updated_at)
   values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
);
const write = db.transaction((n) => {
  const marker = `cw${String(n).padStart(6, "0")}`;
  const now = new Date().toISOString();
  insert.run(
    marker,
    meetingId,
    oneOnOneId,
    sectionKey,
    authorId,
    `Talking point ${marker} written during a backup`,
    1000 + n,
    now,
    now,
  );
});

let stopping = false;
process.stdin.on("end", () => {
  stopping = true;
});
process.stdin.resume();

let n = 0;
function next() {
  if (stopping) {
    db.close();
    process.stdout.write(`done ${n}\n`);
    return;
  }
  n += 1;
  write.immediate(n);
  process.stdout.write(`wrote ${n}\n`);
  setImmediate(next);
}
next();
