// Attacker: someone deactivated from a workspace who kept their calendar-feed URL (a bearer link),
// and who wants to keep seeing their former colleagues' 1:1 schedule — or the pair's trends.
// Chain: deactivation -> the old feed URL, the pair's insights and the leader's dashboard.
// Rule: P5/P6 — a person who left sees nothing new of the workspace; the other person keeps their own view.
import ICAL from "ical.js";
import { expect, it } from "vitest";
import { buildPair } from "../support/pairs.js";
import { describeAttack } from "./support/attack-world.js";

const eventsIn = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((e) => e.getFirstPropertyValue("uid"));

describeAttack("the calendar feed and trends after leaving", (w) => {
  it("shows a deactivated teammate none of the pair's meetings or trends; the leader keeps theirs", async () => {
    const pair = await buildPair(w.current);
    const feedOf = async (client: typeof pair.leader.client) =>
      new URL((await client.get("/api/v1/calendar-feed")).body.url).pathname;
    const teammateFeed = await feedOf(pair.teammate.client);
    const leaderFeed = await feedOf(pair.leader.client);
    expect(eventsIn((await w.current.client().get(teammateFeed)).body)).toContain(`${pair.oneOnOneId}@rapport`);

    const off = await pair.admin.client.patch(`/api/v1/orgs/${pair.orgId}/people/${pair.teammate.userId}`, {
      status: "deactivated",
    });
    expect(off.status).toBe(200);

    const after = await w.current.client().get(teammateFeed);
    // The link may still answer (it is the person's own feed), but it holds nothing of the workspace they left.
    if (after.status === 200) expect(eventsIn(after.body)).toEqual([]);
    else expect(after.status).toBe(404);
    expect((await pair.teammate.client.get(`/api/v1/one-on-ones/${pair.oneOnOneId}/insights`)).status).not.toBe(200);

    // The legitimate path: the leader's feed, trends and dashboard are theirs still.
    expect(eventsIn((await w.current.client().get(leaderFeed)).body)).toContain(`${pair.oneOnOneId}@rapport`);
    expect((await pair.leader.client.get(`/api/v1/one-on-ones/${pair.oneOnOneId}/insights`)).status).toBe(200);
  });
});
