import { unzipSync } from "fflate";
import { expect } from "vitest";
import { buildMember, buildOwner, PASSWORD, type SignedInUser } from "../../support/factories.js";
import type { ApiResponse } from "../../support/http-client.js";
import { startWeeklyOneOnOne } from "../../support/pairs.js";
import type { AttackWorld } from "./attack-world.js";

/** Planted in every piece of workspace A's content, so one search finds all of it. */
export const MARK = "QZXAMARK";
export const marked = (what: string) => `${MARK} ${what}`;

/** Every piece of text a response carries, zips unpacked. */
export function textOf(res: ApiResponse): string {
  const type = String(res.headers["content-type"] ?? "");
  if (res.raw && (type.includes("zip") || type.includes("octet-stream"))) {
    const files = unzipSync(new Uint8Array(res.raw));
    return Object.values(files)
      .map((bytes) => Buffer.from(bytes).toString("utf8"))
      .join("\n");
  }
  return typeof res.body === "string" ? res.body : JSON.stringify(res.body);
}

/** Vera's two workspaces: A, hers, full of marked content; B, Bob's, where she is a member. */
export interface WorldA {
  orgA: string;
  orgB: string;
  vera: SignedInUser & { orgId: string };
  tom: SignedInUser;
  bob: SignedInUser & { orgId: string };
  oneOnOneA: string;
  meetingA: string;
  agendaA: string;
  actionA: string;
  goalA: string;
  standingA: string;
  templateA: string;
  webhookA: string | null;
  invitationA: string;
  /** Strings of workspace A that must never reach the scoped session. */
  secrets: string[];
}

/** Builds workspace A (Vera leads a 1:1 with Tom, with every kind of content) and workspace B (Bob's, Vera a member). */
export async function buildVerasWorkspaces(t: AttackWorld): Promise<WorldA> {
  // Workspace A: Vera owns it and leads a 1:1 with Tom, full of content.
  const vera = await buildOwner(t, "Vera Victim");
  const tom = await buildMember(t, vera, { name: "Tom Teammate", managerId: vera.userId });
  const first = new Date(t.clock.now().getTime() + 24 * 3600 * 1000).toISOString();
  const { oneOnOneId: oneOnOneA, meetingId: meetingA } = await startWeeklyOneOnOne(vera.client, tom.userId, first);
  const agenda = await vera.client.post(`/api/v1/meetings/${meetingA}/agenda-items`, {
    body: marked("talking point"),
    sectionKey: "development",
  });
  expect(agenda.status, JSON.stringify(agenda.body)).toBe(201);
  const note = await vera.client.put(`/api/v1/meetings/${meetingA}/notes/private`, {
    body: marked("private note about Tom"),
    baseVersion: 0,
  });
  expect(note.status, JSON.stringify(note.body)).toBe(200);
  const shared = await vera.client.put(`/api/v1/meetings/${meetingA}/notes/shared`, {
    body: marked("shared note"),
    baseVersion: 0,
  });
  expect(shared.status, JSON.stringify(shared.body)).toBe(200);
  const goal = await vera.client.post(`/api/v1/one-on-ones/${oneOnOneA}/goals`, { title: marked("goal") });
  expect(goal.status, JSON.stringify(goal.body)).toBe(201);
  const action = await vera.client.post(`/api/v1/meetings/${meetingA}/action-items`, {
    title: marked("action"),
    ownerId: vera.userId,
  });
  expect(action.status, JSON.stringify(action.body)).toBe(201);
  const standing = await vera.client.post(`/api/v1/one-on-ones/${oneOnOneA}/standing-items`, {
    body: marked("standing item"),
    sectionKey: "check_in",
  });
  expect(standing.status, JSON.stringify(standing.body)).toBe(201);
  const template = await vera.client.post(`/api/v1/orgs/${vera.orgId}/templates`, {
    name: marked("template"),
    scope: "personal",
    sections: [{ key: "wins", title: marked("section"), minutes: 5, prompts: [] }],
  });
  expect(template.status, JSON.stringify(template.body)).toBe(201);
  const webhook = await vera.client.post(`/api/v1/orgs/${vera.orgId}/webhooks`, {
    url: "https://hooks.example.com/rapport",
    description: marked("webhook"),
    events: ["meeting.completed"],
  });
  expect(webhook.status, JSON.stringify(webhook.body)).toBe(201);
  const invitation = await vera.client.post(`/api/v1/orgs/${vera.orgId}/invitations`, {
    email: "pending-a@example.com",
    role: "member",
  });
  expect(invitation.status, JSON.stringify(invitation.body)).toBe(201);

  // Workspace B: Bob owns it and invites Vera, who joins with her password.
  const bob = await buildOwner(t, "Bob Boss");
  const invite = await bob.client.post(`/api/v1/orgs/${bob.orgId}/invitations`, {
    email: vera.email,
    role: "member",
  });
  expect(invite.status, JSON.stringify(invite.body)).toBe(201);
  const joining = t.client();
  const accepted = await joining.post(`/api/v1/invitations/${invite.body.acceptUrl.split("/invite/")[1]}/accept`, {
    password: PASSWORD,
  });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);

  return {
    orgA: vera.orgId,
    orgB: bob.orgId,
    vera,
    tom,
    bob,
    oneOnOneA,
    meetingA,
    agendaA: agenda.body.agendaItem.id,
    actionA: action.body.actionItem.id,
    goalA: goal.body.goal.id,
    standingA: standing.body.id,
    templateA: template.body.template.id,
    webhookA: webhook.status === 201 ? webhook.body.webhook.id : null,
    invitationA: invitation.body.id,
    secrets: [MARK, vera.orgId, oneOnOneA, meetingA, tom.userId, tom.email, "Tom Teammate"],
  };
}
