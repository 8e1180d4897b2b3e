import { expect, it } from "vitest";
import { buildPair, nonParticipants } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("a meeting's two people and their own time zones", (ctx) => {
  const meetingUrl = (id: string) => `/api/v1/meetings/${id}`;

  it("tells each participant the other's time zone, under its current name, and nobody else", async () => {
    const w = await buildPair(ctx.current);
    expect((await w.teammate.client.patch("/api/v1/me", { timezone: "America/Sao_Paulo" })).status).toBe(200);
    // A zone stored before names were made current (Asia/Calcutta) is shown under today's name.
    await ctx.current.deps.db.kysely
      .updateTable("users")
      .set({ timezone: "Asia/Calcutta" })
      .where("id", "=", w.leader.userId)
      .execute();
    for (const participant of [w.leader, w.teammate]) {
      const res = await participant.client.get(meetingUrl(w.meetingId));
      expect(res.status).toBe(200);
      expect(res.body.oneOnOne.leader).toMatchObject({ id: w.leader.userId, timezone: "Asia/Kolkata" });
      expect(res.body.oneOnOne.teammate).toMatchObject({ id: w.teammate.userId, timezone: "America/Sao_Paulo" });
    }
    for (const other of nonParticipants(w)) {
      const denied = await other.client.get(meetingUrl(w.meetingId));
      expect(denied.status).toBe(404);
      expect(JSON.stringify(denied.body)).not.toContain("Sao_Paulo");
    }
  });
});
