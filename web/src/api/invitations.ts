import type { Organization, User } from "../../../shared/schemas/auth.js";
import type {
  AcceptInvitationBody,
  CreatedInvitation,
  CreateInvitationBody,
  Invitation,
  InvitationPreview,
} from "../../../shared/schemas/people.js";
import { request } from "./client.js";

const base = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/invitations`;
const byToken = (token: string) => `/api/v1/invitations/${encodeURIComponent(token)}`;

/** Invites someone by e-mail; the answer carries the link to share. */
export const createInvitation = (orgId: string, body: CreateInvitationBody) =>
  request<CreatedInvitation>("POST", base(orgId), body);

/** Pending invitations of the organization. */
export const listInvitations = (orgId: string) => request<{ invitations: Invitation[] }>("GET", base(orgId));

/** Revokes a pending invitation. */
export const revokeInvitation = (orgId: string, invitationId: string) =>
  request<void>("DELETE", `${base(orgId)}/${encodeURIComponent(invitationId)}`);

/** Issues a fresh link for a pending invitation (the old one stops working) and e-mails it again. */
export const resendInvitation = (orgId: string, invitationId: string) =>
  request<CreatedInvitation>("POST", `${base(orgId)}/${encodeURIComponent(invitationId)}/resend`);

/** What an invitation link is for, shown before accepting. */
export const previewInvitation = (token: string) => request<InvitationPreview>("GET", byToken(token));

/** Accepts an invitation and signs in. */
export const acceptInvitation = (token: string, body: AcceptInvitationBody) =>
  request<{ user: User; organization: Organization }>("POST", `${byToken(token)}/accept`, body);
