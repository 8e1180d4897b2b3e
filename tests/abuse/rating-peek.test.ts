// Attacker: the leader of a 1:1 who wants to know how useful their teammate found it, which the
// teammate rated for themself ("was this useful?").
// Chain: the teammate rates a meeting -> the leader reads the pair's insights (GET /one-on-ones/:id/insights),
// their own data export, and the live channel of the meeting page.
// Rule: finding 6 — a rating is private to its author; the teammate may share theirs with the leader,
// per 1:1, off by default. The leader's rating is never shown to the teammate either.
import { expect, it } from "vitest";
import { LiveClient } from "../support/live-client.js";
import { openLiveSocket } from "../support/live-connect.js";
import { buildPair } from "../support/pairs.js";
import { describeAttack } from "./support/attack-world.js";

type RatingPoint = { meetingId: string; leaderScore: number | null; teammateScore: number | null };

describeAttack("peeking at the other participant's rating", (w) => {
  it("keeps the teammate's rating from the leader until the teammate shares it, in insights, export and live", async () => {
    const pair = await buildPair(w.current);
    const insightsUrl = `/api/v1/one-on-ones/${pair.oneOnOneId}/insights`;
    const live = new LiveClient().attach(
      await openLiveSocket(w.current.baseUrl, pair.meetingId, {
        cookie: pair.leader.client.sessionCookie ?? "",
        origin: w.current.baseUrl,
      }),
    );
    expect((await pair.leader.client.post(`/api/v1/meetings/${pair.meetingId}/rating`, { score: 5 })).status).toBe(200);
    expect((await pair.teammate.client.post(`/api/v1/meetings/${pair.meetingId}/rating`, { score: 2 })).status).toBe(
      200,
    );

    // Insights: the leader sees their own rating only, and is told the teammate's are private.
    const leaderView = await pair.leader.client.get(insightsUrl);
    expect(leaderView.status).toBe(200);
    expect(leaderView.body.ratings.map((r: RatingPoint) => r.teammateScore)).toEqual([null]);
    expect(leaderView.body.ratings.map((r: RatingPoint) => r.leaderScore)).toEqual([5]);
    expect(leaderView.body.ratingSharing).toEqual({ sharedWithLeader: false, canChange: false });
    // …and the teammate theirs only.
    const teammateView = await pair.teammate.client.get(insightsUrl);
    expect(teammateView.body.ratings).toEqual([expect.objectContaining({ leaderScore: null, teammateScore: 2 })]);
    expect(teammateView.body.ratingSharing).toEqual({ sharedWithLeader: false, canChange: true });

    // Export: the leader's holds the leader's rating only.
    const exported = await pair.leader.client.get("/api/v1/export");
    expect(exported.status).toBe(200);
    expect(exported.body.ratings.map((r: { userId: string }) => r.userId)).toEqual([pair.leader.userId]);

    // Live: no event of the teammate's rating reaches the leader's meeting page.
    await pair.teammate.client.post(`/api/v1/meetings/${pair.meetingId}/agenda-items`, { body: "Marker" });
    await live.waitForEvent("agenda.changed");
    const fromTeammate = () => live.events.filter((e) => e.by === pair.teammate.userId).map((e) => e.type);
    expect(fromTeammate()).toEqual(["agenda.changed"]);

    // The leader cannot switch sharing on for the teammate; strangers do not even see the 1:1.
    const sharingUrl = `/api/v1/one-on-ones/${pair.oneOnOneId}/rating-sharing`;
    const byLeader = await pair.leader.client.put(sharingUrl, { sharedWithLeader: true });
    expect(byLeader.status).toBe(403);
    expect(byLeader.body.error.code).toBe("teammate_only");
    for (const other of [pair.admin, pair.colleague, pair.outsider])
      expect((await other.client.put(sharingUrl, { sharedWithLeader: true })).status).toBe(404);

    // The legitimate path: the teammate shares, and the leader sees the shared rating (and hears of new ones).
    const share = await pair.teammate.client.put(sharingUrl, { sharedWithLeader: true });
    expect(share.status).toBe(200);
    expect(share.body).toEqual({ sharedWithLeader: true, canChange: true });
    const shared = await pair.leader.client.get(insightsUrl);
    expect(shared.body.ratings).toEqual([expect.objectContaining({ leaderScore: 5, teammateScore: 2 })]);
    expect(shared.body.ratingSharing).toEqual({ sharedWithLeader: true, canChange: false });
    const meetingPage = await pair.leader.client.get(`/api/v1/meetings/${pair.meetingId}`);
    expect(meetingPage.body.ratingSharing).toEqual({ sharedWithLeader: true, canChange: false });
    expect(meetingPage.body.myRating).toBe(5);
    await pair.teammate.client.post(`/api/v1/meetings/${pair.meetingId}/rating`, { score: 3 });
    await expect.poll(fromTeammate).toEqual(["agenda.changed", "rating.changed"]);
    // Sharing never makes the leader's own rating visible to the teammate.
    const teammateAfter = await pair.teammate.client.get(insightsUrl);
    expect(teammateAfter.body.ratings).toEqual([expect.objectContaining({ leaderScore: null, teammateScore: 3 })]);

    // Stopping sharing hides it again.
    await pair.teammate.client.put(sharingUrl, { sharedWithLeader: false });
    const hidden = await pair.leader.client.get(insightsUrl);
    expect(hidden.body.ratings.map((r: RatingPoint) => r.teammateScore)).toEqual([null]);
    live.detach();
  });
});
