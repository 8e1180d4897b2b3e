import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { TestClient } from "./http-client.js";
import type { TestApp } from "./test-app.js";

export const PASSWORD = "correct horse battery";

export interface SignedInUser {
  client: TestClient;
  userId: string;
  email: string;
  name: string;
}

const unique = () => randomBytes(4).toString("hex");

/** The token of an invitation or set-password link (`…/invite/<token>`). */
export const inviteTokenOf = (acceptUrl: string): string => acceptUrl.split("/invite/")[1] as string;

/** What a sign-up names besides the test password: the person, their workspace and any optional field. */
export type SignUpFields = { email: string; name: string; organizationName: string } & Record<string, unknown>;

/** Posts a sign-up with the test password; the raw response, for tests that look at its status or cookie. */
export function signUp(client: TestClient, fields: SignUpFields) {
  return client.post("/api/v1/auth/signup", { password: PASSWORD, ...fields });
}

/** Changes the signed-in person's password from the test password; the raw response. */
export function changePassword(client: TestClient, newPassword: string) {
  return client.put("/api/v1/me/password", { currentPassword: PASSWORD, newPassword });
}

/** Signs up a new user with their own workspace. */
export async function buildOwner(t: TestApp, name = "Olivia Owner"): Promise<SignedInUser & { orgId: string }> {
  const client = new TestClient(t.app, t.baseUrl);
  client.ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const email = `owner-${unique()}@example.com`;
  const res = await signUp(client, { email, name, organizationName: `Org ${unique()}` });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { client, userId: res.body.user.id, email, name, orgId: res.body.organization.id };
}

/** Invites someone into the owner's workspace and accepts as them. */
export async function buildMember(
  t: TestApp,
  owner: { client: TestClient; orgId: string },
  options: { name?: string; role?: "owner" | "admin" | "member"; managerId?: string } = {},
): Promise<SignedInUser> {
  const email = `member-${unique()}@example.com`;
  const name = options.name ?? "Maya Member";
  const invite = await owner.client.post(`/api/v1/orgs/${owner.orgId}/invitations`, {
    email,
    role: options.role ?? "member",
    ...(options.managerId ? { managerId: options.managerId } : {}),
  });
  expect(invite.status, JSON.stringify(invite.body)).toBe(201);
  const client = new TestClient(t.app, t.baseUrl);
  client.ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
  const token = inviteTokenOf(invite.body.acceptUrl);
  const accepted = await client.post(`/api/v1/invitations/${token}/accept`, { name, password: PASSWORD });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  return { client, userId: accepted.body.user.id, email, name };
}
