import { expect, it } from "vitest";
import { buildMember } from "../../../tests/support/factories.js";
import { TestClient } from "../../../tests/support/http-client.js";
import { buildPair } from "../../../tests/support/pairs.js";
import { describeEachEngine } from "../../../tests/support/test-app.js";

describeEachEngine("home", (ctx) => {
  it("offers 'Start a 1:1' only to someone who leads (a report or a 1:1) or administers the workspace", async () => {
    const w = await buildPair(ctx.current, { kind: "mentor" });
    const startOf = async (client: TestClient) => {
      const res = await client.get("/api/v1/home");
      expect(res.status).toBe(200);
      return res.body.abilities.startOneOnOne as boolean;
    };
    // The leader leads a 1:1; the admin administers; the outsider owns their own workspace.
    for (const who of [w.leader, w.admin, w.outsider]) expect(await startOf(who.client)).toBe(true);
    // A teammate who leads no one, and a colleague with nothing, don't.
    for (const who of [w.teammate, w.colleague]) expect(await startOf(who.client)).toBe(false);
    // Someone with a direct report but no 1:1 yet leads someone.
    await buildMember(
      ctx.current,
      { client: w.admin.client, orgId: w.orgId },
      { name: "Rae Report", managerId: w.colleague.userId },
    );
    expect(await startOf(w.colleague.client)).toBe(true);
    expect((await new TestClient(ctx.current.app).get("/api/v1/home")).status).toBe(401);
  });
});
