// Attacker: a workspace admin who wants 1:1 content (P3), and a teammate who left the workspace but
// still has an account (a former member still signed in, or signing in from another workspace).
// Chain: the admin downloads the workspace export (JSON) hoping it carries meetings and notes; the
// former teammate downloads their personal export, JSON and Markdown, hoping it still carries the
// old workspace's 1:1 — including what was written after they left, and the leader's private note.
// Rule: P1, P2, P3. The workspace export is structure only; a personal export holds only the 1:1s of
// workspaces where the person is still active, and only their own private notes and ratings.
import { unzipSync } from "fflate";
import { expect, it } from "vitest";
import { buildOwner } from "../support/factories.js";
import { buildPair } from "../support/pairs.js";
import { describeAttack } from "./support/attack-world.js";

const unzipText = (raw: Buffer) =>
  Object.values(unzipSync(new Uint8Array(raw)))
    .map((bytes) => new TextDecoder().decode(bytes))
    .join("\n");

describeAttack("exports carry nothing beyond what their reader may see", (w) => {
  it("keeps content out of the workspace export and the old workspace out of a leaver's export", async () => {
    const t = w.current;
    const p = await buildPair(t);
    const m = `/api/v1/meetings/${p.meetingId}`;
    expect((await p.leader.client.put(`${m}/notes/shared`, { body: "SHARED-MARKER-1", baseVersion: 0 })).status).toBe(
      200,
    );
    expect(
      (await p.leader.client.put(`${m}/notes/private`, { body: "LEADER-PRIVATE-MARKER", baseVersion: 0 })).status,
    ).toBe(200);
    expect((await p.teammate.client.post(`${m}/agenda-items`, { body: "AGENDA-MARKER" })).status).toBe(201);
    expect((await p.teammate.client.post(`${m}/check-in`, { mood: 2, note: "CHECKIN-MARKER" })).status).toBeLessThan(
      300,
    );
    expect((await p.leader.client.post(`${m}/rating`, { score: 4 })).status).toBeLessThan(300);

    // The admin's workspace export: structure, no content.
    const workspace = await p.admin.client.get(`/api/v1/orgs/${p.orgId}/export`);
    expect(workspace.status).toBe(200);
    const text = JSON.stringify(workspace.body);
    for (const marker of ["SHARED-MARKER", "LEADER-PRIVATE-MARKER", "AGENDA-MARKER", "CHECKIN-MARKER"])
      expect(text).not.toContain(marker);
    expect(Object.keys(workspace.body).sort()).toEqual(
      ["exportedAt", "format", "kind", "oneOnOnes", "organization", "people", "templates", "version"].sort(),
    );
    expect(text).not.toMatch(/passwordHash|tokenHash/);
    // Nor can a member or an outsider take it.
    expect((await p.teammate.client.get(`/api/v1/orgs/${p.orgId}/export`)).status).toBe(403);
    expect((await p.outsider.client.get(`/api/v1/orgs/${p.orgId}/export`)).status).toBe(404);

    // The teammate's own export while active: the pair's shared content, never the leader's private note.
    const before = await p.teammate.client.get("/api/v1/export");
    expect(JSON.stringify(before.body)).toContain("AGENDA-MARKER");
    expect(JSON.stringify(before.body)).not.toContain("LEADER-PRIVATE-MARKER");

    // The teammate leaves (deactivated) but keeps an account through another workspace.
    const elsewhere = await buildOwner(t, "Elsa Elsewhere");
    const invite = await elsewhere.client.post(`/api/v1/orgs/${elsewhere.orgId}/invitations`, {
      email: p.teammate.email,
    });
    expect(
      (await p.admin.client.patch(`/api/v1/orgs/${p.orgId}/people/${p.teammate.userId}`, { status: "deactivated" }))
        .status,
    ).toBe(200);
    const leaver = w.current.client();
    const joined = await leaver.post(`/api/v1/invitations/${invite.body.acceptUrl.split("/invite/")[1]}/accept`, {
      password: "correct horse battery",
    });
    expect(joined.status).toBe(200);
    expect((await p.leader.client.put(`${m}/notes/shared`, { body: "AFTER-LEAVING", baseVersion: 1 })).status).toBe(
      200,
    );
    const json = await leaver.get("/api/v1/export");
    expect(json.status).toBe(200);
    const zip = await leaver.get("/api/v1/export/markdown");
    expect(zip.status).toBe(200);
    for (const body of [JSON.stringify(json.body), unzipText(zip.raw as Buffer)]) {
      for (const marker of ["SHARED-MARKER", "AFTER-LEAVING", "AGENDA-MARKER", "CHECKIN-MARKER", "LEADER-PRIVATE"])
        expect(body).not.toContain(marker);
      expect(body).not.toContain(p.oneOnOneId);
    }
    // The leader still has it all (the legitimate reader).
    const leaderExport = JSON.stringify((await p.leader.client.get("/api/v1/export")).body);
    for (const marker of ["AFTER-LEAVING", "AGENDA-MARKER", "LEADER-PRIVATE-MARKER"])
      expect(leaderExport).toContain(marker);
  });
});
