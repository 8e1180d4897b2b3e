import { type Account, callApi, type HttpPair } from "./server-process.js";

/**
 * Writers that keep a pair's two participants busy over HTTP (talking points,
 * actions, shared and private notes) and a ledger of every write the server
 * acknowledged with a 2xx, to check later that each one is stored. No vitest
 * here: the fault tests share it.
 */

interface NoteAck {
  version: number;
  body: string;
}

/** What the server said it stored. */
export interface WriteLedger {
  /** Talking point id -> what was acknowledged. */
  agenda: Map<string, { meetingId: string; body: string; discussed: boolean }>;
  /** Action id -> what was acknowledged. */
  actions: Map<string, { meetingId: string; title: string; status: "open" | "done" }>;
  /** `meetingId` -> the highest acknowledged save of its shared note. */
  sharedNotes: Map<string, NoteAck>;
  /** `meetingId userId` -> the highest acknowledged save of that person's private note. */
  privateNotes: Map<string, NoteAck>;
  /** Every 2xx write, of every kind. */
  acknowledged: number;
  /** Writes that got an answer other than 2xx or 409 (a 409 is the expected answer to a stale note save). */
  failures: Array<{ status: number; body: unknown; what: string }>;
  /** Writes whose request failed without an answer (the server went away). */
  unanswered: number;
  /** Talking points whose add got no answer: `meetingId` and body. Stored or not, nobody was told. */
  unansweredAgenda: Array<{ meetingId: string; body: string }>;
}

export function emptyLedger(): WriteLedger {
  return {
    agenda: new Map(),
    actions: new Map(),
    sharedNotes: new Map(),
    privateNotes: new Map(),
    acknowledged: 0,
    failures: [],
    unanswered: 0,
    unansweredAgenda: [],
  };
}

/** One participant writing to one meeting, as fast as the server answers. */
interface Writer {
  base: () => string;
  who: Account;
  meetingId: string;
  /** The version of each note this writer last saw, to send as baseVersion. */
  versions: Record<NoteKind, number>;
}

type NoteKind = "shared" | "private";

const isOk = (status: number) => status >= 200 && status < 300;

function recordNote(map: Map<string, NoteAck>, key: string, ack: NoteAck): void {
  const known = map.get(key);
  if (!known || ack.version > known.version) map.set(key, ack);
}

/**
 * One round of a participant's writes. Returns false once the server stopped
 * answering (the writer then stops: what it sent meanwhile was never acknowledged).
 */
async function writeRound(w: Writer, ledger: WriteLedger, round: number): Promise<boolean> {
  const tag = `${w.who.userId.slice(-6)}-${round}-${Math.random().toString(36).slice(2, 8)}`;
  const meeting = `/api/v1/meetings/${w.meetingId}`;
  const send = async (what: string, method: string, path: string, body: unknown) => {
    try {
      const answer = await callApi(w.base(), w.who.cookie, method, path, body);
      if (isOk(answer.status)) ledger.acknowledged++;
      else if (answer.status !== 409) ledger.failures.push({ status: answer.status, body: answer.body, what });
      return answer;
    } catch {
      ledger.unanswered++;
      return null;
    }
  };

  const item = await send("add a talking point", "POST", `${meeting}/agenda-items`, { body: `Point ${tag}` });
  if (!item) {
    ledger.unansweredAgenda.push({ meetingId: w.meetingId, body: `Point ${tag}` });
    return false;
  }
  if (isOk(item.status)) {
    const id = item.body.agendaItem.id as string;
    ledger.agenda.set(id, { meetingId: w.meetingId, body: `Point ${tag}`, discussed: false });
    const ticked = await send("tick a talking point", "PATCH", `/api/v1/agenda-items/${id}`, { discussed: true });
    if (!ticked) return false;
    if (isOk(ticked.status)) ledger.agenda.set(id, { meetingId: w.meetingId, body: `Point ${tag}`, discussed: true });
  }

  const action = await send("add an action", "POST", `${meeting}/action-items`, {
    title: `Action ${tag}`,
    ownerId: w.who.userId,
  });
  if (!action) return false;
  if (isOk(action.status)) {
    const id = action.body.actionItem.id as string;
    ledger.actions.set(id, { meetingId: w.meetingId, title: `Action ${tag}`, status: "open" });
    if (round % 2 === 0) {
      const done = await send("finish an action", "PATCH", `/api/v1/action-items/${id}`, { status: "done" });
      if (!done) return false;
      if (isOk(done.status)) ledger.actions.set(id, { meetingId: w.meetingId, title: `Action ${tag}`, status: "done" });
    }
  }

  /** Saves one of the writer's notes on the version it last saw: a 2xx goes in the ledger, a 409 catches up. */
  const saveNote = async (kind: NoteKind, what: string, notes: Map<string, NoteAck>, key: string) => {
    const body = `${kind === "shared" ? "Shared" : "Private"} ${tag}`;
    const saved = await send(what, "PUT", `${meeting}/notes/${kind}`, { body, baseVersion: w.versions[kind] });
    if (!saved) return false;
    if (isOk(saved.status)) {
      w.versions[kind] = saved.body.version;
      recordNote(notes, key, { version: saved.body.version, body });
    } else if (saved.status === 409) {
      w.versions[kind] = saved.body.current.version;
    }
    return true;
  };
  if (!(await saveNote("shared", "save the shared note", ledger.sharedNotes, w.meetingId))) return false;
  return saveNote("private", "save a private note", ledger.privateNotes, `${w.meetingId} ${w.who.userId}`);
}

export interface WriteLoad {
  /** Asks the writers to stop after their current round. */
  stop(): void;
  /** Resolves when every writer stopped (asked to, or because the server went away). */
  done: Promise<void>;
}

/**
 * Starts both participants of each pair writing to their meeting until told to
 * stop or until the server stops answering. `base` is read before every request.
 */
export function startWriters(base: () => string, pairs: HttpPair[], ledger: WriteLedger): WriteLoad {
  let stopped = false;
  const writers: Writer[] = pairs.flatMap((pair) =>
    [pair.leader, pair.teammate].map((who) => ({
      base,
      who,
      meetingId: pair.meetingId,
      versions: {
        shared: ledger.sharedNotes.get(pair.meetingId)?.version ?? 0,
        private: ledger.privateNotes.get(`${pair.meetingId} ${who.userId}`)?.version ?? 0,
      },
    })),
  );
  const run = async (w: Writer) => {
    for (let round = 0; !stopped; round++) {
      if (!(await writeRound(w, ledger, round))) return;
    }
  };
  const done = Promise.all(writers.map(run)).then(() => {});
  return {
    stop: () => {
      stopped = true;
    },
    done,
  };
}

/** An acknowledged write that the server does not hold. */
export interface LostWrite {
  what: string;
  expected: unknown;
  found: unknown;
}

/**
 * Reads every meeting of the ledger back through the API, as each participant,
 * and lists the acknowledged writes that are missing or older than acknowledged.
 * A note may be newer than its last acknowledged save: a save can commit and the
 * server die before it answered.
 */
export async function findLostWrites(base: string, pairs: HttpPair[], ledger: WriteLedger): Promise<LostWrite[]> {
  const lost: LostWrite[] = [];
  for (const pair of pairs) {
    for (const who of [pair.leader, pair.teammate]) {
      const res = await callApi(base, who.cookie, "GET", `/api/v1/meetings/${pair.meetingId}`);
      if (res.status !== 200)
        throw new Error(`Reading the meeting answered ${res.status}: ${JSON.stringify(res.body)}`);
      const detail = res.body;
      const items = new Map<string, { body: string; discussed: boolean }>(
        detail.agendaItems.map((i: { id: string; body: string; discussed: boolean }) => [i.id, i]),
      );
      const actions = new Map<string, { title: string; status: string }>(
        detail.actionItems.map((a: { id: string; title: string; status: string }) => [a.id, a]),
      );
      // Both see the same talking points and actions: check them once, as the leader.
      for (const [id, want] of who === pair.leader ? ledger.agenda : []) {
        if (want.meetingId !== pair.meetingId) continue;
        const got = items.get(id);
        if (!got || got.body !== want.body || (want.discussed && !got.discussed))
          lost.push({ what: `talking point ${id}`, expected: want, found: got ?? null });
      }
      for (const [id, want] of who === pair.leader ? ledger.actions : []) {
        if (want.meetingId !== pair.meetingId) continue;
        const got = actions.get(id);
        if (!got || got.title !== want.title || (want.status === "done" && got.status !== "done"))
          lost.push({ what: `action ${id}`, expected: want, found: got ?? null });
      }
      const notes: Array<[string, NoteAck | undefined, { body: string; version: number }]> = [
        ["shared note", ledger.sharedNotes.get(pair.meetingId), detail.sharedNote],
        ["private note", ledger.privateNotes.get(`${pair.meetingId} ${who.userId}`), detail.myPrivateNote],
      ];
      for (const [what, want, got] of notes) {
        if (!want) continue;
        if (got.version < want.version || (got.version === want.version && got.body !== want.body))
          lost.push({ what: `${what} of ${pair.meetingId} (${who.name})`, expected: want, found: got });
      }
    }
  }
  return lost;
}
