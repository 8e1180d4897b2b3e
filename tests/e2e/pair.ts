import { type APIRequestContext, type Browser, type BrowserContext, expect } from "@playwright/test";

export const password = "a long enough password";

/** Same-origin JSON calls from a browser context (sharing its session cookie). */
export async function api(
  request: APIRequestContext,
  baseURL: string,
  method: "post" | "get" | "put",
  path: string,
  data?: unknown,
) {
  const res = await request[method](path, { headers: { origin: baseURL }, ...(data ? { data } : {}) });
  expect(res.ok(), `${method} ${path}: ${await res.text()}`).toBe(true);
  return res.json();
}

export interface E2ePair {
  leader: BrowserContext;
  teammate: BrowserContext;
  orgId: string;
  teammateId: string;
  oneOnOneId: string;
  meetingId: string;
}

/**
 * A leader who signs up, a teammate who accepts the invitation, each in their own
 * browser context, and their weekly 1:1 whose first meeting is `firstIn` ms away.
 */
export async function createPair(
  browser: Browser,
  base: string,
  names: { org: string; leader: string; teammate: string },
  firstIn = 2 * 3600 * 1000,
): Promise<E2ePair> {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const leader = await browser.newContext({ locale: "en-US", timezoneId: "UTC" });
  const teammate = await browser.newContext({ locale: "en-US", timezoneId: "UTC" });
  const signup = await api(leader.request, base, "post", "/api/v1/auth/signup", {
    email: `leader-${stamp}@example.com`,
    password,
    name: names.leader,
    organizationName: names.org,
  });
  const orgId = signup.organization.id;
  const invite = await api(leader.request, base, "post", `/api/v1/orgs/${orgId}/invitations`, {
    email: `teammate-${stamp}@example.com`,
    role: "member",
  });
  const token = invite.acceptUrl.split("/invite/")[1];
  const accepted = await api(teammate.request, base, "post", `/api/v1/invitations/${token}/accept`, {
    name: names.teammate,
    password,
  });
  const oneOnOne = await api(leader.request, base, "post", "/api/v1/one-on-ones", {
    teammateId: accepted.user.id,
    cadence: { frequency: "weekly" },
    firstMeetingAt: new Date(Date.now() + firstIn).toISOString(),
    timezone: "UTC",
    durationMinutes: 30,
    organizationId: orgId,
  });
  return {
    leader,
    teammate,
    orgId,
    teammateId: accepted.user.id,
    oneOnOneId: oneOnOne.id,
    meetingId: oneOnOne.nextMeeting.id,
  };
}
