import type { Actor, Deps, RequestMeta } from "../../context.js";
import { notFound } from "../../http/errors.js";
import { recordAudit } from "../audit/audit.repo.js";
import { requireReachOfEveryWorkspace } from "../organizations/membership-policy.js";
import { buildFeed, type FeedOneOnOne } from "./build-feed.js";
import { findFeedVersion, listFeedMeetings, listFeedOneOnOne, saveFeedVersion } from "./calendar.repo.js";
import { feedTokenMatches, signFeedToken, userIdOfFeedToken } from "./feed-token.js";

const currentVersion = (deps: Deps, userId: string) => findFeedVersion(deps.db.kysely, userId);

const feedUrl = (deps: Deps, userId: string, version: number) =>
  `${deps.config.appUrl}/calendar/${signFeedToken(deps.secret, userId, version)}.ics`;

/** The caller's secret calendar feed URL (it lists every workspace's 1:1s: a sign-in held to one may not see it). */
export async function getFeedUrl(deps: Deps, actor: Actor): Promise<string> {
  await requireReachOfEveryWorkspace(deps, actor);
  return feedUrl(deps, actor.userId, await currentVersion(deps, actor.userId));
}

/** A new feed URL; the old one stops working at once. */
export async function rotateFeedUrl(deps: Deps, actor: Actor, meta: RequestMeta): Promise<string> {
  await requireReachOfEveryWorkspace(deps, actor);
  const next = (await currentVersion(deps, actor.userId)) + 1;
  const now = deps.clock.now().toISOString();
  await saveFeedVersion(deps.db.kysely, actor.userId, next, now);
  await recordAudit(deps.db.kysely, deps.clock, {
    actorUserId: actor.userId,
    action: "calendar_feed.rotated",
    ip: meta.ip,
  });
  return feedUrl(deps, actor.userId, next);
}

/** Every 1:1 a user takes part in (in workspaces where they are active), with people and meetings. */
export async function loadFeedOneOnOne(deps: Deps, userId: string, onlyOneOnOneId?: string): Promise<FeedOneOnOne[]> {
  const oneOnOne = await listFeedOneOnOne(deps.db.kysely, userId, onlyOneOnOneId);
  if (oneOnOne.length === 0) return [];
  const meetings = await listFeedMeetings(
    deps.db.kysely,
    oneOnOne.map((s) => s.id),
  );
  return oneOnOne.map(({ leaderName, leaderEmail, teammateName, teammateEmail, ...row }) => ({
    oneOnOne: row,
    leader: { name: leaderName, email: leaderEmail },
    teammate: { name: teammateName, email: teammateEmail },
    meetings: meetings.filter((m) => m.oneOnOneId === row.id),
  }));
}

/** The ICS feed behind a secret URL; an unknown, forged or rotated token answers 404. */
export async function renderFeed(deps: Deps, token: string): Promise<string> {
  const userId = userIdOfFeedToken(token);
  if (!userId || !feedTokenMatches(deps.secret, token, userId, await currentVersion(deps, userId)))
    throw notFound("Calendar");
  return buildFeed(deps.config.appUrl, await loadFeedOneOnOne(deps, userId));
}
