import { randomBytes } from "node:crypto";
import type { Answer, HttpUser } from "./http-user.js";

/**
 * What a leader and a teammate do with Rapport, over the API as the page does
 * it, once signed in: look at home (and the leader at the dashboard), prepare the next
 * 1:1 (talking points, the check-in, an action, private notes), run it (tick
 * points, write shared notes, add and close actions, rate it) and complete it,
 * which opens the next one. Over and over until told to stop.
 */

export const LOAD_PASSWORD = "load-users-password";

export interface LoadPair {
  leader: HttpUser;
  teammate: HttpUser;
  leaderEmail: string;
  teammateEmail: string;
  /** The meeting they are preparing or running now. */
  meetingId: string;
  /** When that meeting is scheduled: the pair moves it to now before holding it early. */
  scheduledAt: string;
  meetingsCompleted: number;
}

export interface Pace {
  stopped(): boolean;
  /** A person's pause between two actions. */
  think(): Promise<void>;
}

const word = () => randomBytes(3).toString("hex");

function expectOk(answer: Answer, what: string): Answer {
  if (answer.status < 200 || answer.status >= 300) {
    throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return answer;
}

/** The leader signs up (a workspace of their own), invites the teammate, who accepts; then a weekly 1:1. */
export async function setUpPair(leader: HttpUser, teammate: HttpUser, index: number): Promise<LoadPair> {
  const leaderEmail = `leader-${index}-${word()}@load.example`;
  const teammateEmail = `teammate-${index}-${word()}@load.example`;
  const signup = expectOk(
    await leader.call(
      "set-up",
      "POST",
      "/auth/signup",
      {
        email: leaderEmail,
        password: LOAD_PASSWORD,
        name: `Leader ${index}`,
        organizationName: `Load ${index}`,
      },
      [201],
    ),
    "Sign-up",
  );
  leader.userId = signup.body.user.id;
  const orgId = signup.body.organization.id as string;
  const invite = expectOk(
    await leader.call(
      "set-up",
      "POST",
      `/orgs/${orgId}/invitations`,
      {
        email: teammateEmail,
        role: "member",
        managerId: leader.userId,
      },
      [201],
    ),
    "Invitation",
  );
  const token = String(invite.body.acceptUrl).split("/invite/")[1];
  const accepted = expectOk(
    await teammate.call("set-up", "POST", `/invitations/${token}/accept`, {
      name: `Teammate ${index}`,
      password: LOAD_PASSWORD,
    }),
    "Accepting the invitation",
  );
  teammate.userId = accepted.body.user.id;
  const oneOnOne = expectOk(
    await leader.call(
      "set-up",
      "POST",
      "/one-on-ones",
      {
        teammateId: teammate.userId,
        cadence: { frequency: "weekly" },
        firstMeetingAt: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
        timezone: "UTC",
        durationMinutes: 45,
      },
      [201],
    ),
    "Creating the 1:1",
  );
  return {
    leader,
    teammate,
    leaderEmail,
    teammateEmail,
    meetingId: oneOnOne.body.nextMeeting.id,
    scheduledAt: oneOnOne.body.nextMeeting.scheduledAt,
    meetingsCompleted: 0,
  };
}

/** Runs `steps` one after the other with a pause before each, until the load stops. */
async function act(pace: Pace, steps: Array<() => Promise<unknown>>): Promise<void> {
  for (const step of steps) {
    if (pace.stopped()) return;
    await pace.think();
    if (pace.stopped()) return;
    await step();
  }
}

const openMeeting = (who: HttpUser, pair: LoadPair) =>
  who.call("GET /meetings/:id", "GET", `/meetings/${pair.meetingId}`);

/** Adds a line to the shared notes; on 409 merges into what is there now and saves again, as the page does. */
async function appendToSharedNotes(who: HttpUser, pair: LoadPair, onConflict: () => void): Promise<void> {
  const opened = await openMeeting(who, pair);
  if (opened.status !== 200) return;
  let note = opened.body.sharedNote as { body: string; version: number };
  const line = `- ${who === pair.leader ? "Leader" : "Teammate"}: ${word()} ${word()}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const body = note.body ? `${note.body}\n${line}` : line;
    const saved = await who.call(
      "PUT /meetings/:id/notes/shared",
      "PUT",
      `/meetings/${pair.meetingId}/notes/shared`,
      { body, baseVersion: note.version },
      [200, 409],
    );
    if (saved.status !== 409) return;
    onConflict();
    note = saved.body.current;
  }
}

async function prepare(who: HttpUser, pair: LoadPair, pace: Pace): Promise<void> {
  const isLeader = who === pair.leader;
  const meeting = () => `/meetings/${pair.meetingId}`;
  let privateVersion = 0;
  const addTopic = () =>
    who.call(
      "POST /meetings/:id/agenda-items",
      "POST",
      `${meeting()}/agenda-items`,
      { body: `Topic ${word()}` },
      [201],
    );
  await act(pace, [
    () => who.call("GET /me", "GET", "/me"),
    () => who.call("GET /home", "GET", "/home"),
    ...(isLeader ? [() => who.call("GET /dashboard", "GET", "/dashboard")] : []),
    async () => {
      const opened = await openMeeting(who, pair);
      privateVersion = opened.body?.myPrivateNote?.version ?? 0;
    },
    // Two talking points per preparation.
    addTopic,
    addTopic,
    isLeader
      ? () =>
          who.call(
            "POST /meetings/:id/action-items",
            "POST",
            `${meeting()}/action-items`,
            { title: `Follow up on ${word()}`, ownerId: pair.teammate.userId, dueDate: "2030-01-15" },
            [201],
          )
      : () =>
          who.call("POST /meetings/:id/check-in", "POST", `${meeting()}/check-in`, {
            mood: 1 + Math.floor(Math.random() * 5),
            energy: 1 + Math.floor(Math.random() * 5),
          }),
    () =>
      who.call("PUT /meetings/:id/notes/private", "PUT", `${meeting()}/notes/private`, {
        body: `Thoughts ${word()}`,
        baseVersion: privateVersion,
      }),
  ]);
}

async function run(who: HttpUser, pair: LoadPair, pace: Pace, onConflict: () => void): Promise<void> {
  const isLeader = who === pair.leader;
  const meeting = () => `/meetings/${pair.meetingId}`;
  let detail: any = null;
  await act(pace, [
    async () => {
      detail = (await openMeeting(who, pair)).body;
    },
    () => appendToSharedNotes(who, pair, onConflict),
    isLeader
      ? async () => {
          const open = (detail?.agendaItems ?? []).filter((i: any) => !i.discussed).slice(0, 3);
          for (const item of open) {
            await who.call("PATCH /agenda-items/:id", "PATCH", `/agenda-items/${item.id}`, { discussed: true });
          }
        }
      : () =>
          who.call(
            "POST /meetings/:id/action-items",
            "POST",
            `${meeting()}/action-items`,
            { title: `Try ${word()}`, ownerId: who.userId },
            [201],
          ),
    async () => {
      // Close one of my actions left from an earlier meeting.
      const mine = (detail?.actionItems ?? []).find((a: any) => a.ownerId === who.userId && a.followUp);
      if (mine) await who.call("PATCH /action-items/:id", "PATCH", `/action-items/${mine.id}`, { status: "done" });
    },
    () => appendToSharedNotes(who, pair, onConflict),
    ...(isLeader ? [] : [() => who.call("POST /meetings/:id/rating", "POST", `${meeting()}/rating`, { score: 4 })]),
  ]);
}

/** One signed-in pair until the load stops: prepare together, run together, the leader completes; again. */
export async function runPair(pair: LoadPair, pace: Pace, onConflict: () => void): Promise<void> {
  while (!pace.stopped()) {
    await Promise.all([prepare(pair.leader, pair, pace), prepare(pair.teammate, pair, pace)]);
    await Promise.all([run(pair.leader, pair, pace, onConflict), run(pair.teammate, pair, pace, onConflict)]);
    if (pace.stopped()) return;
    await pace.think();
    // The load holds a week's 1:1s in minutes: like a pair meeting early, it moves the meeting to now first
    // (a meeting can't be completed more than a day before its time).
    if (Date.parse(pair.scheduledAt) - Date.now() > 12 * 3600_000) {
      const moved = await pair.leader.call(
        "POST /meetings/:id/reschedule",
        "POST",
        `/meetings/${pair.meetingId}/reschedule`,
        {
          scheduledAt: new Date().toISOString(),
          reason: "Meeting early this week",
        },
      );
      if (moved.status !== 200) return;
    }
    const completed = await pair.leader.call(
      "POST /meetings/:id/complete",
      "POST",
      `/meetings/${pair.meetingId}/complete`,
      { rating: 5 },
    );
    if (completed.status !== 200) return;
    pair.meetingId = completed.body.nextMeeting.id;
    pair.scheduledAt = completed.body.nextMeeting.scheduledAt;
    pair.meetingsCompleted++;
  }
}
