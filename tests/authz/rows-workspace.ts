import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { inviteTokenOf, PASSWORD } from "../support/factories.js";
import type { FakeDns } from "../support/test-app.js";
import { adminsOnly, open, workspace } from "./actors.js";
import { type Row, row } from "./row.js";
import { fromSpareSession } from "./spare-session.js";
import { ok, type World } from "./world.js";

const org = (w: World, rest: string) => `/api/v1/orgs/${w.orgId}${rest}`;
const sections = [{ key: "talk", title: "Talk", minutes: 30, prompts: [] }];

interface PendingInvitation {
  id: string;
  token: string;
}

/** A pending invitation by the owner, to someone new. */
async function invite(w: World): Promise<PendingInvitation> {
  const email = `invitee-${randomBytes(4).toString("hex")}@example.com`;
  const created = ok(await w.users.owner.client.post(org(w, "/invitations"), { email }), 201, "invitation");
  return { id: created.id, token: inviteTokenOf(created.acceptUrl) };
}

/** The workspace: people, invitations, templates, and the admins' metadata views. */
export const workspaceRows: Row[] = [
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/people",
    expect: workspace(200),
    url: (w) => org(w, "/people"),
    check: ({ res, allowed, w }) => {
      if (allowed) expect(res.body.people.map((p: { userId: string }) => p.userId)).toContain(w.users.leader.userId);
    },
  }),
  row({
    method: "PATCH",
    path: "/api/v1/orgs/{orgId}/people/{userId}",
    expect: adminsOnly(200),
    url: (w) => org(w, `/people/${w.subject.userId}`),
    body: (w) => ({ managerId: w.users.colleague.userId }),
  }),
  row({
    method: "POST",
    path: "/api/v1/orgs/{orgId}/invitations",
    expect: adminsOnly(201),
    url: (w) => org(w, "/invitations"),
    body: () => ({ email: `invitee-${randomBytes(4).toString("hex")}@example.com` }),
  }),
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/invitations",
    expect: adminsOnly(200),
    url: (w) => org(w, "/invitations"),
  }),
  row<PendingInvitation>({
    method: "DELETE",
    path: "/api/v1/orgs/{orgId}/invitations/{invitationId}",
    expect: adminsOnly(204),
    target: invite,
    fresh: true,
    url: (w, i) => org(w, `/invitations/${i.id}`),
  }),
  row<PendingInvitation>({
    method: "POST",
    path: "/api/v1/orgs/{orgId}/invitations/{invitationId}/resend",
    expect: adminsOnly(200),
    target: invite,
    url: (w, i) => org(w, `/invitations/${i.id}/resend`),
  }),
  // The link is the credential: whoever holds it may read and accept it.
  row<PendingInvitation>({
    method: "GET",
    path: "/api/v1/invitations/{token}",
    expect: open(200),
    target: invite,
    url: (_, i) => `/api/v1/invitations/${i.token}`,
  }),
  row<PendingInvitation>({
    method: "POST",
    path: "/api/v1/invitations/{token}/accept",
    expect: open(200),
    target: invite,
    fresh: true,
    url: (_, i) => `/api/v1/invitations/${i.token}/accept`,
    body: () => ({ name: "Ivy Invitee", password: PASSWORD }),
    // Accepting starts a session, which rotates the one the browser had.
    as: fromSpareSession,
  }),
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/templates",
    expect: workspace(200),
    url: (w) => org(w, "/templates"),
    check: ({ res, caller, allowed, w }) => {
      if (!allowed) return;
      const names = res.body.templates.map((t: { name: string }) => t.name);
      expect(names.includes(w.markers.personalTemplate), "the leader's personal template").toBe(
        caller.actor === "leader",
      );
    },
  }),
  row({
    method: "POST",
    path: "/api/v1/orgs/{orgId}/templates",
    variant: "workspace template",
    expect: adminsOnly(201),
    url: (w) => org(w, "/templates"),
    body: () => ({ name: "Team template", scope: "organization", sections }),
  }),
  row({
    method: "POST",
    path: "/api/v1/orgs/{orgId}/templates",
    variant: "personal template",
    expect: workspace(201),
    url: (w) => org(w, "/templates"),
    body: () => ({ name: "My template", scope: "personal", sections }),
  }),
  row({
    method: "PATCH",
    path: "/api/v1/templates/{id}",
    variant: "the leader's personal template",
    expect: { leader: 200, anonymous: 401, signedIn: 404 },
    url: (w) => `/api/v1/templates/${w.personalTemplateId}`,
    body: (w) => ({ name: w.markers.personalTemplate }),
  }),
  row({
    method: "PATCH",
    path: "/api/v1/templates/{id}",
    variant: "a workspace template",
    expect: adminsOnly(200),
    url: (w) => `/api/v1/templates/${w.orgTemplateId}`,
    body: () => ({ name: "Workspace template" }),
  }),
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/analytics",
    expect: adminsOnly(200),
    url: (w) => org(w, "/analytics"),
    check: ({ res, allowed }) => {
      if (!allowed) return;
      // P4: one teammate's check-ins make no average.
      const groups = [res.body.overall, ...res.body.teams];
      for (const g of groups) {
        expect(g.averageMood).toMatchObject({ value: null, suppressed: true });
        expect(g.averageRating).toMatchObject({ value: null, suppressed: true });
      }
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/outbox",
    expect: adminsOnly(200),
    url: (w) => org(w, "/outbox?limit=100"),
    check: ({ res, caller, allowed }) => {
      if (!allowed) return;
      const messages = res.body.messages as Array<{ kind: string; toEmail: string; body: string | null }>;
      const othersMail = messages.filter((m) => m.kind !== "invitation" && m.toEmail !== caller.user?.email);
      expect(othersMail.length, "others' 1:1 e-mails are listed").toBeGreaterThan(0);
      for (const m of othersMail) expect(m.body, `${m.kind} to ${m.toEmail}`).toBeNull();
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/audit",
    expect: adminsOnly(200),
    url: (w) => org(w, "/audit?limit=100"),
    // Events only: the leak check over every answer proves no content is in them.
    check: ({ res, allowed }) => {
      if (allowed) expect(res.body.events.length, "the workspace's events").toBeGreaterThan(0);
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/export",
    expect: adminsOnly(200),
    url: (w) => org(w, "/export"),
    // Structure only (P3): people, reporting lines, templates, 1:1; the leak check proves no content is in it.
    check: ({ res, allowed, w }) => {
      if (!allowed) return;
      expect(res.body.kind).toBe("workspace");
      expect(Object.keys(res.body).sort()).toEqual(
        ["exportedAt", "format", "kind", "oneOnOnes", "organization", "people", "templates", "version"].sort(),
      );
      expect(res.body.oneOnOnes.map((o: { id: string }) => o.id)).toContain(w.oneOnOneId);
    },
  }),
  // Webhooks (admins): the endpoints point at the loopback receiver, whose deliveries the leak check reads.
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/webhooks",
    expect: adminsOnly(200),
    url: (w) => org(w, "/webhooks"),
    check: ({ res, allowed, w }) => {
      if (allowed) expect(res.body.webhooks.map((h: { id: string }) => h.id)).toContain(w.webhook.id);
    },
  }),
  row({
    method: "POST",
    path: "/api/v1/orgs/{orgId}/webhooks",
    expect: adminsOnly(201),
    url: (w) => org(w, "/webhooks"),
    body: (w, _, c) => ({ url: w.webhookUrl(`/matrix/created/${c.name}`), events: ["action.done"] }),
    check: ({ res, allowed }) => {
      if (allowed) expect(res.body.secret).toMatch(/^whsec_/);
    },
    after: async ({ res, w }) => {
      const removed = await w.users.owner.client.delete(org(w, `/webhooks/${res.body.webhook.id}`));
      expect(removed.status).toBe(204);
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/webhooks/{webhookId}",
    expect: adminsOnly(200),
    url: (w) => org(w, `/webhooks/${w.webhook.id}`),
    check: ({ res, allowed, w }) => {
      if (allowed) expect(res.body.id).toBe(w.webhook.id);
    },
  }),
  row({
    method: "PATCH",
    path: "/api/v1/orgs/{orgId}/webhooks/{webhookId}",
    expect: adminsOnly(200),
    url: (w) => org(w, `/webhooks/${w.webhook.id}`),
    body: (_, __, c) => ({ description: `Matrix receiver (${c.name})` }),
  }),
  row<{ id: string }>({
    method: "DELETE",
    path: "/api/v1/orgs/{orgId}/webhooks/{webhookId}",
    expect: adminsOnly(204),
    target: async (w) => {
      const created = ok(
        await w.users.owner.client.post(org(w, "/webhooks"), {
          url: w.webhookUrl("/matrix/to-delete"),
          events: ["action.created"],
        }),
        201,
        "webhook to delete",
      );
      return { id: created.webhook.id };
    },
    fresh: true,
    url: (w, target) => org(w, `/webhooks/${target.id}`),
    check: async ({ allowed, target, w }) => {
      const after = await w.users.owner.client.get(org(w, `/webhooks/${target.id}`));
      expect(after.status, "the endpoint afterwards").toBe(allowed ? 404 : 200);
    },
  }),
  row({
    method: "POST",
    path: "/api/v1/orgs/{orgId}/webhooks/{webhookId}/rotate-secret",
    sessionOnly: true,
    expect: adminsOnly(200),
    url: (w) => org(w, `/webhooks/${w.webhook.id}/rotate-secret`),
    check: ({ res, allowed }) => {
      if (allowed) expect(res.body.secret).toMatch(/^whsec_/);
    },
  }),
  row({
    method: "POST",
    path: "/api/v1/orgs/{orgId}/webhooks/{webhookId}/test",
    expect: adminsOnly(200),
    url: (w) => org(w, `/webhooks/${w.webhook.id}/test`),
    check: ({ res, allowed }) => {
      if (allowed) expect([res.body.eventType, res.body.status]).toEqual(["webhook.test", "delivered"]);
    },
  }),
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/webhooks/{webhookId}/deliveries",
    expect: adminsOnly(200),
    url: (w) => org(w, `/webhooks/${w.webhook.id}/deliveries`),
    check: ({ res, allowed }) => {
      if (allowed) expect(res.body.deliveries.length, "the world's deliveries").toBeGreaterThan(0);
    },
  }),
  // Single sign-on settings (admins); the client secret is never sent back.
  row({
    method: "GET",
    path: "/api/v1/orgs/{orgId}/sso",
    sessionOnly: true,
    expect: adminsOnly(200),
    url: (w) => org(w, "/sso"),
    check: ({ res, allowed }) => {
      if (allowed) expect(JSON.stringify(res.body)).not.toContain(SSO_SECRET);
    },
  }),
  row({
    method: "PUT",
    path: "/api/v1/orgs/{orgId}/sso",
    sessionOnly: true,
    expect: adminsOnly(200),
    url: (w) => org(w, "/sso"),
    body: () => SSO_SETTINGS,
    check: ({ res, allowed }) => {
      if (!allowed) return;
      expect(res.body.sso).toMatchObject({ clientSecretSet: true, emailDomain: SSO_SETTINGS.emailDomain });
      expect(JSON.stringify(res.body)).not.toContain(SSO_SECRET);
    },
  }),
  row({
    method: "DELETE",
    path: "/api/v1/orgs/{orgId}/sso",
    sessionOnly: true,
    expect: adminsOnly(204),
    target: async (w) => {
      ok(await w.users.owner.client.put(org(w, "/sso"), SSO_SETTINGS), 200, "sso settings");
    },
    fresh: true,
    url: (w) => org(w, "/sso"),
    check: async ({ allowed, w }) => {
      const after = await w.users.owner.client.get(org(w, "/sso"));
      expect(after.body.sso === null, "the settings afterwards").toBe(allowed);
    },
  }),
  row({
    method: "POST",
    path: "/api/v1/orgs/{orgId}/sso/verify-domain",
    sessionOnly: true,
    expect: adminsOnly(200),
    target: async (w) => {
      ok(await w.users.owner.client.put(org(w, "/sso"), SSO_SETTINGS), 200, "sso settings");
      const settings = ok(await w.users.owner.client.get(org(w, "/sso")), 200, "sso settings");
      // The matrix's app resolves through the tests' fake DNS: publish the workspace's record there.
      (w.t.deps.dns as FakeDns).txt.set(SSO_SETTINGS.emailDomain, [[settings.sso.domainTxtRecord]]);
    },
    fresh: true,
    url: (w) => org(w, "/sso/verify-domain"),
    body: () => ({}),
    check: ({ res, allowed }) => {
      if (allowed) expect(res.body.sso.domainVerifiedAt).not.toBeNull();
    },
  }),
];

const SSO_SECRET = "matrix-client-secret-zz9";
const SSO_SETTINGS = {
  issuerUrl: "https://login.matrix.example",
  clientId: "rapport",
  clientSecret: SSO_SECRET,
  emailDomain: "matrix.example",
  enabled: true,
};
