// Attacker: someone whose export file an operator imports (a workspace owner moving instances, or anyone
// who hands over "their" personal export).
// Chain: download your own export -> edit it: repeat a live workspace's organization id, or point talking
// points and feedback at someone else's meeting -> the operator runs `npm run import` on the live database
// -> before: the author became an owner of the live workspace, and wrote into a 1:1 they are not part of.
// Rule: P1, P7 / finding 8. An import adds only to what it creates: a record it adds may not refer to an
// existing row the files do not bring as new (people excepted), nor add a membership to an existing
// workspace; the refusal names the file and record. Re-importing the same files changes nothing.
import { expect, it } from "vitest";
import { AppError } from "../../server/http/errors.js";
import { importExports } from "../../server/modules/export/import.service.js";
import type { UserExport, WorkspaceExport } from "../../shared/schemas/export.js";
import { buildMember, buildOwner } from "../support/factories.js";
import { buildPair, startWeeklyOneOnOne } from "../support/pairs.js";
import { describeAttack } from "./support/attack-world.js";
import { foreignCopies } from "./support/foreign-export.js";

const refusal = (error: unknown) => {
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("import_invalid");
  return (error as AppError).message;
};

describeAttack("an import cannot attach to a live workspace or someone else's meeting", (w) => {
  it("refuses a crafted workspace export and a crafted personal export, and still imports honest files", async () => {
    const t = w.current;
    const victims = await buildPair(t);
    // Mallory runs her own small workspace, with a 1:1 of her own to export.
    const mallory = await buildOwner(t, "Mallory Maker");
    const mo = await buildMember(t, mallory, { name: "Mo Member" });
    const firstMeetingAt = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const { meetingId } = await startWeeklyOneOnOne(mallory.client, mo.userId, firstMeetingAt);
    expect(
      (await mallory.client.post(`/api/v1/meetings/${meetingId}/agenda-items`, { body: "Our point" })).status,
    ).toBe(201);
    const fb = await mallory.client.post(`/api/v1/meetings/${meetingId}/feedback`, { kind: "praise", body: "Nice" });
    expect(fb.status, JSON.stringify(fb.body)).toBe(201);
    const workspace = (await mallory.client.get(`/api/v1/orgs/${mallory.orgId}/export`)).body as WorkspaceExport;
    const personal = (await mallory.client.get("/api/v1/export")).body as UserExport;
    expect(personal.agendaItems.length).toBeGreaterThan(0);

    // 1. A "workspace export" that repeats the victims' organization id.
    const crafted = JSON.parse(JSON.stringify(workspace).replaceAll(mallory.orgId, victims.orgId)) as WorkspaceExport;
    const takeover = refusal(await importExports(t.deps.db, [{ name: "ours.json", content: crafted }]).catch((e) => e));
    expect(takeover).toContain("ours.json: people[0]");
    expect(takeover).toContain(`existing workspace ${victims.orgId}`);
    const me = await mallory.client.get("/api/v1/me");
    expect(me.body.memberships.map((m: { organization: { id: string } }) => m.organization.id)).not.toContain(
      victims.orgId,
    );
    expect((await mallory.client.get(`/api/v1/orgs/${victims.orgId}/people`)).status).toBe(404);

    // 2. A personal export whose talking point and feedback point at the victims' meeting.
    const injected = structuredClone(personal);
    const point = { ...(personal.agendaItems[0] as UserExport["agendaItems"][number]) };
    injected.agendaItems.push({
      ...point,
      id: "00000000-0000-4000-8000-00000000a9e1",
      meetingId: victims.meetingId,
      oneOnOneId: victims.oneOnOneId,
      body: "INJECTED-BY-IMPORT",
      carriedFromId: null,
      standingItemId: null,
    });
    const feedback = personal.feedback[0] as UserExport["feedback"][number];
    injected.feedback.push({
      ...feedback,
      id: "00000000-0000-4000-8000-00000000f33d",
      oneOnOneId: victims.oneOnOneId,
      meetingId: victims.meetingId,
      toUserId: victims.teammate.userId,
      body: "INJECTED-FEEDBACK",
    });
    const into = refusal(await importExports(t.deps.db, [{ name: "mine.json", content: injected }]).catch((e) => e));
    expect(into).toContain(`mine.json: agendaItems[${injected.agendaItems.length - 1}]`);
    expect(into).toContain(`mine.json: feedback[${injected.feedback.length - 1}]`);
    expect(into).toContain(`meetings ${victims.meetingId}, which already exists`);
    const meeting = await victims.leader.client.get(`/api/v1/meetings/${victims.meetingId}`);
    expect(JSON.stringify(meeting.body)).not.toContain("INJECTED-BY-IMPORT");
    const received = await victims.teammate.client.get(`/api/v1/one-on-ones/${victims.oneOnOneId}/feedback`);
    expect(JSON.stringify(received.body)).not.toContain("INJECTED-FEEDBACK");

    // The legitimate paths: the same honest files again change nothing; the same workspace brought in from
    // "another instance" (fresh ids and addresses) imports in full.
    const again = await importExports(t.deps.db, [
      { name: "workspace.json", content: workspace },
      { name: "mallory.json", content: personal },
    ]);
    expect(Object.values(again).every((s) => s.inserted === 0)).toBe(true);
    const { files } = foreignCopies<unknown>([workspace, personal], [mallory.email, mo.email]);
    const moved = await importExports(t.deps.db, [
      { name: "workspace.json", content: files[0] },
      { name: "mallory.json", content: files[1] },
    ]);
    expect(moved.organizations.inserted).toBe(1);
    expect(moved.memberships.inserted).toBe(2);
    expect(moved.agendaItems.inserted).toBe(personal.agendaItems.length);
    expect(moved.feedback.inserted).toBe(personal.feedback.length);
  });
});
