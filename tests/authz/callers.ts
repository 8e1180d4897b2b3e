import { TEST_ORIGIN } from "../support/test-app.js";
import { ACTORS, type Caller } from "./actors.js";
import type { World } from "./world.js";

/** Every caller: anonymous, then each actor by session and by API token, then the leader's cookie sent cross-site. */
export function buildCallers(w: World): Caller[] {
  const callers: Caller[] = [
    {
      name: "anonymous",
      actor: "anonymous",
      via: "none",
      user: null,
      cookie: null,
      bearer: null,
      origin: TEST_ORIGIN,
      ip: "203.0.113.200",
    },
  ];
  ACTORS.forEach((actor, i) => {
    if (actor === "anonymous") return;
    const user = w.users[actor];
    // Answers to the leader's sign-in held to another workspace may carry nothing of this one.
    const audience = actor === "scopedLeader" ? { audience: "the leader, signed in to another workspace" } : {};
    const base = { actor, user, ip: `203.0.113.${10 + i}`, ...audience };
    const cookie = user.client.sessionCookie;
    callers.push({ ...base, name: `${actor}:session`, via: "session", cookie, bearer: null, origin: TEST_ORIGIN });
    const bearer = w.tokens[actor].token;
    callers.push({ ...base, name: `${actor}:token`, via: "token", cookie: null, bearer, origin: null });
  });
  const leader = w.users.leader;
  callers.push({
    name: "leader:cross-site",
    actor: "leader",
    via: "cross-site",
    user: leader,
    cookie: leader.client.sessionCookie,
    bearer: null,
    origin: "https://evil.example",
    ip: "203.0.113.250",
  });
  return callers;
}

/** The 1:1's meeting that is still scheduled. */
export async function currentMeeting(w: World, oneOnOneId: string) {
  return w.t.deps.db.kysely
    .selectFrom("meetings")
    .select(["id", "scheduledAt"])
    .where("oneOnOneId", "=", oneOnOneId)
    .where("status", "=", "scheduled")
    .executeTakeFirstOrThrow();
}

/** The version of a note now (0 when there is none): `ownerKey` is "shared" or the author's id. */
export async function noteVersion(w: World, meetingId: string, ownerKey: string): Promise<number> {
  const row = await w.t.deps.db.kysely
    .selectFrom("notes")
    .select("version")
    .where("meetingId", "=", meetingId)
    .where("ownerKey", "=", ownerKey)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}
