// Attacker: a workspace admin who wants one person's mood, which P4 hides (groups under 5).
// Chain: (1) the workspace mood average over 6 people minus a team's over 5 gives the sixth person's
// mood exactly; (2) moving a teammate out of a team and reading the team's figure again gives that
// teammate's mood as the difference of the two answers.
// Rule: P4 with complementary suppression (finding 5) — no two published figures differ by fewer than
// 5 people, and a closed period's figures do not move when someone changes team.
import { expect, it } from "vitest";
import { buildMember, buildOwner, PASSWORD, type SignedInUser } from "../support/factories.js";
import { describeAttack } from "./support/attack-world.js";

const DAY = 24 * 3600 * 1000;

type Average = { value: number | null; people: number; suppressed: boolean; reason: string | null };
type Analytics = {
  overall: { averageMood: Average; averageRating: Average };
  teams: Array<{ manager: { id: string }; averageMood: Average; averageRating: Average }>;
};

describeAttack("analytics subtraction", (w) => {
  /** A manager 1:1 per person whose first meeting the teammate checks in to with `mood` and the leader completes. */
  async function holdOne(leader: SignedInUser, teammate: SignedInUser, mood: number) {
    const t = w.current;
    const oneOnOne = await leader.client.post("/api/v1/one-on-ones", {
      teammateId: teammate.userId,
      cadence: { frequency: "weekly" },
      firstMeetingAt: new Date(t.clock.now().getTime() + DAY).toISOString(),
      timezone: "UTC",
      durationMinutes: 30,
    });
    expect(oneOnOne.status, JSON.stringify(oneOnOne.body)).toBe(201);
    const meetingId = oneOnOne.body.nextMeeting.id;
    expect((await teammate.client.post(`/api/v1/meetings/${meetingId}/check-in`, { mood })).status).toBe(200);
    expect((await teammate.client.post(`/api/v1/meetings/${meetingId}/rating`, { score: mood })).status).toBe(200);
    return meetingId as string;
  }

  async function workspace(teamSize: number, sixthMood: number | null) {
    const t = w.current;
    t.clock.set("2026-03-02T08:00:00.000Z");
    const owner = await buildOwner(t, "Ada Admin");
    const manager = await buildMember(t, owner, { name: "Mona Manager" });
    const team: Array<SignedInUser & { meetingId: string }> = [];
    for (let i = 0; i < teamSize; i++) {
      const person = await buildMember(t, owner, { name: `Team ${i}`, managerId: manager.userId });
      team.push({ ...person, meetingId: await holdOne(manager, person, 4) });
    }
    let sixth: SignedInUser | null = null;
    if (sixthMood !== null) {
      sixth = await buildMember(t, owner, { name: "Sam Sixth", managerId: owner.userId });
      await holdOne(owner, sixth, sixthMood);
    }
    // The figures are read in the next month, when March is a closed period.
    t.clock.set("2026-04-06T08:00:00.000Z");
    const login = await owner.client.post("/api/v1/auth/login", { email: owner.email, password: PASSWORD });
    expect(login.status).toBe(200);
    const read = async (): Promise<Analytics> => {
      const res = await owner.client.get(`/api/v1/orgs/${owner.orgId}/analytics`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };
    const teamOf = (a: Analytics) => a.teams.find((x) => x.manager.id === manager.userId);
    return { owner, manager, team, sixth, read, teamOf };
  }

  it("never publishes a team figure that the workspace figure minus it would turn into one person's mood", async () => {
    const ws = await workspace(5, 1);
    const analytics = await ws.read();
    const overall = analytics.overall.averageMood;
    const team = ws.teamOf(analytics)?.averageMood;
    expect(team?.value, "the team's average would give Sam's mood away by subtraction").toBeNull();
    // The legitimate path: the workspace average over 6 people is still shown.
    expect(overall).toMatchObject({ value: 3.5, people: 6, suppressed: false, reason: null });
    // 6 × 3.5 − 5 × 4 = 1 would be Sam's mood: the team's figure is hidden, and the page is told why.
    expect(team).toEqual({ value: null, people: 5, suppressed: true, reason: "complementary" });
    expect(ws.teamOf(analytics)?.averageRating).toMatchObject({ value: null, reason: "complementary" });
    for (const t of analytics.teams)
      for (const figure of [t.averageMood, t.averageRating])
        if (!figure.suppressed) expect(overall.people - figure.people).not.toBeLessThan(5);
  });

  it("shows a team when nothing under 5 would be left over; a closed month's figures stay put when someone moves or edits", async () => {
    const ws = await workspace(6, null);
    const before = await ws.read();
    expect(ws.teamOf(before)?.averageMood.value).toBe(4);
    // Move one teammate to another manager, then read again: the difference would be their mood.
    const moved = ws.team[0] as SignedInUser & { meetingId: string };
    // A rating changed after the month closed: the difference would be that person's change.
    await moved.client.post("/api/v1/auth/login", { email: moved.email, password: PASSWORD });
    const edit = await moved.client.post(`/api/v1/meetings/${moved.meetingId}/rating`, { score: 1 });
    expect(edit.status).toBe(200);
    const patch = await ws.owner.client.patch(`/api/v1/orgs/${ws.owner.orgId}/people/${moved.userId}`, {
      managerId: ws.owner.userId,
    });
    expect(patch.status, JSON.stringify(patch.body)).toBe(200);
    const after = await ws.read();
    expect(ws.teamOf(after)?.averageMood.people, "the team's figure moved with the person").toBe(6);
    expect(ws.teamOf(after)?.averageMood).toEqual(ws.teamOf(before)?.averageMood);
    expect(ws.teamOf(after)?.averageRating).toEqual(ws.teamOf(before)?.averageRating);
    expect(after.overall).toEqual(before.overall);
    // The legitimate path: a team of 6 with nobody else checking in is shown, and so is the workspace.
    expect(ws.teamOf(before)?.averageMood).toEqual({ value: 4, people: 6, suppressed: false, reason: null });
    expect(before.overall.averageMood).toEqual({ value: 4, people: 6, suppressed: false, reason: null });
  });
});
