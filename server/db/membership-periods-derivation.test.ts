import { expect, it } from "vitest";
import { buildMember, buildOwner } from "../../tests/support/factories.js";
import { describeEachEngine } from "../../tests/support/test-app.js";
import { deriveExistingPeriods } from "./migrations/0018_rating_sharing_and_membership_periods.js";

const MINUTE = 60_000;

describeEachEngine("migration 0018: membership periods from existing data", (ctx) => {
  it("derives the same periods from memberships and recorded status changes as the live code keeps", async () => {
    const t = ctx.current;
    const owner = await buildOwner(t);
    const left = await buildMember(t, owner, { name: "Left Once" });
    const back = await buildMember(t, owner, { name: "Back Again" });
    const stayed = await buildMember(t, owner, { name: "Stayed" });
    const status = async (userId: string, value: "active" | "deactivated") => {
      t.clock.advance(MINUTE);
      const res = await owner.client.patch(`/api/v1/orgs/${owner.orgId}/people/${userId}`, { status: value });
      expect(res.status).toBe(200);
    };
    await status(left.userId, "deactivated");
    await status(back.userId, "deactivated");
    await status(back.userId, "active");
    await status(back.userId, "deactivated");
    await status(back.userId, "active");
    const db = t.deps.db.kysely;
    const snapshot = async () => ({
      periods: await db
        .selectFrom("membershipPeriods")
        .select(["organizationId", "userId", "startedAt", "endedAt"])
        .where("organizationId", "=", owner.orgId)
        .orderBy("userId")
        .orderBy("startedAt")
        .execute(),
      since: await db
        .selectFrom("memberships")
        .select(["userId", "activeSince"])
        .where("organizationId", "=", owner.orgId)
        .orderBy("userId")
        .execute(),
    });
    const live = await snapshot();
    expect(live.periods.filter((p) => p.userId === back.userId)).toHaveLength(2);
    expect(live.periods.filter((p) => p.userId === left.userId)).toHaveLength(1);
    expect(live.periods.filter((p) => p.userId === stayed.userId)).toHaveLength(0);
    expect(live.since.find((m) => m.userId === back.userId)?.activeSince).not.toBeNull();

    // As the data was before the migration: no periods, no active_since. Nothing else is touched.
    await db.deleteFrom("membershipPeriods").where("organizationId", "=", owner.orgId).execute();
    await db.updateTable("memberships").set({ activeSince: null }).where("organizationId", "=", owner.orgId).execute();
    const auditBefore = await db.selectFrom("auditEvents").select("id").execute();
    await deriveExistingPeriods(db);
    expect(await snapshot()).toEqual(live);
    expect(await db.selectFrom("auditEvents").select("id").execute()).toEqual(auditBefore);
  });
});
