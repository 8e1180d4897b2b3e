import type { SignedInUser } from "../support/factories.js";

/** Everyone the matrix calls each route as (DESIGN §3). */
export const ACTORS = [
  "anonymous",
  /** The two participants of the pair under test. */
  "leader",
  "teammate",
  /**
   * A member of the same workspace outside the pair; since the pair's content
   * was written, the teammate's manager (P6: a new leader gets none of it).
   */
  "colleague",
  /** The leader of another pair in the same workspace. */
  "otherPair",
  /** A workspace admin and the workspace owner, neither in the pair. */
  "admin",
  "owner",
  /** The owner of another workspace. */
  "outsider",
  /**
   * The other pair's teammate until deactivated in this workspace; still active
   * in another one, so still signed in, but no longer a member here.
   */
  "formerMember",
  /** Deactivated in their only workspace: their sessions ended and their tokens stopped. */
  "deactivated",
  /**
   * The leader, also a member of the outsider's workspace, signed in through that workspace's identity
   * provider: the session, and the token it minted, are held there (ADR 0017), so here the leader is a stranger.
   */
  "scopedLeader",
] as const;
export type ActorName = (typeof ACTORS)[number];
export type SignedInActor = Exclude<ActorName, "anonymous">;

/** Actors that the rules treat alike. */
export const GROUPS = {
  anonymous: ["anonymous", "deactivated"],
  participant: ["leader", "teammate"],
  member: ["colleague", "otherPair"],
  admin: ["admin", "owner"],
  stranger: ["outsider", "formerMember", "scopedLeader"],
} as const satisfies Record<string, readonly ActorName[]>;
export type Group = keyof typeof GROUPS;

export const groupOf = (actor: ActorName): Group =>
  (Object.keys(GROUPS) as Group[]).find((g) => (GROUPS[g] as readonly ActorName[]).includes(actor)) as Group;

/** How a caller authenticates: a browser session, a personal API token, nothing, or a session cookie sent cross-site. */
export type Via = "none" | "session" | "token" | "cross-site";

export interface Caller {
  /** `actor:via`, e.g. "leader:token". */
  name: string;
  actor: ActorName;
  via: Via;
  user: SignedInUser | null;
  /** Who reads the answers, for the leak check, when not `user.userId` (a sign-in held to another workspace). */
  audience?: string;
  cookie: string | null;
  bearer: string | null;
  origin: string | null;
  ip: string;
}

/** A status, or a status with the error code it must carry. */
export type Outcome = number | { status: number; code: string };
type Key = ActorName | Group | "signedIn" | `${ActorName}:${Via}`;
/** What each caller gets: looked up by caller name, then actor, then group, then `signedIn` for all but anonymous. */
export type Expectation = Partial<Record<Key, Outcome>>;

export const statusOf = (o: Outcome) => (typeof o === "number" ? o : o.status);
export const codeOf = (o: Outcome) => (typeof o === "number" ? null : o.code);
/** The request did what it asked; anything else must have changed nothing. */
export const isAllowed = (o: Outcome) => statusOf(o) < 300;

/** Pair content (P1, P3, P5): the two participants; anyone else gets the 404 of something that does not exist. */
export const pairOnly = (ok: Outcome, more: Expectation = {}): Expectation => ({
  participant: ok,
  anonymous: 401,
  signedIn: 404,
  ...more,
});
/** Workspace directory: any active member; strangers get 404 (P5). */
export const workspace = (ok: Outcome): Expectation => ({
  participant: ok,
  member: ok,
  admin: ok,
  stranger: 404,
  anonymous: 401,
});
/** Workspace administration: admins; members are told 403; strangers 404 (P5). */
export const adminsOnly = (ok: Outcome): Expectation => ({
  admin: ok,
  participant: { status: 403, code: "admin_required" },
  member: { status: 403, code: "admin_required" },
  stranger: 404,
  anonymous: 401,
});
/** The caller's own things: anyone signed in. */
export const signedIn = (ok: Outcome): Expectation => ({
  signedIn: ok,
  anonymous: { status: 401, code: "unauthorized" },
});
/** No sign-in needed. */
export const open = (ok: Outcome): Expectation => ({ signedIn: ok, anonymous: ok });

interface Routed {
  method: string;
  path: string;
  expect: Expectation;
  transport?: "websocket";
  sessionOnly?: boolean;
}

/**
 * What the caller must get. Two rules hold for every API route whatever the
 * row says: a deactivated person's token is refused (401), and a session
 * cookie sent from another site cannot change anything or open a live channel (403). A session-only
 * route (tokens, password, calendar feed URL) refuses every API token with 403 session_required.
 */
export function expectedOutcome(row: Routed, caller: Caller): Outcome {
  const api = row.path.startsWith("/api/v1/");
  if (api && caller.actor === "deactivated" && caller.via === "token") return { status: 401, code: "unauthorized" };
  if (row.sessionOnly && caller.via === "token") return { status: 403, code: "session_required" };
  if (api && caller.via === "cross-site" && (row.method !== "GET" || row.transport === "websocket")) {
    return { status: 403, code: "cross_site_request" };
  }
  const group = groupOf(caller.actor);
  const keys: Key[] = [caller.name as Key, caller.actor, group];
  if (group !== "anonymous") keys.push("signedIn");
  for (const key of keys) {
    const outcome = row.expect[key];
    if (outcome !== undefined) return outcome;
  }
  throw new Error(`${row.method} ${row.path}: no expectation for ${caller.name}`);
}

/** The person behind an actor, for what belongs to the person whatever the sign-in (their calendar feed, tokens). */
export const personOf = (actor: ActorName): ActorName => (actor === "scopedLeader" ? "leader" : actor);
