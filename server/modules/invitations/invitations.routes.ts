import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  acceptInvitationBodySchema,
  acceptInvitationResponseSchema,
  createdInvitationSchema,
  createInvitationBodySchema,
  invitationListSchema,
  invitationParamsSchema,
  invitationPreviewSchema,
  invitationTokenParamsSchema,
} from "../../../shared/schemas/people.js";
import { defineRoutes } from "../../http/module-routes.js";
import { setSessionCookie } from "../../http/session-cookie.js";
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from "./invitations.service.js";

/** Inviting people into a workspace and accepting an invitation. */
export const invitationsRoutes = defineRoutes("invitations", (api, deps) => {
  const secure = deps.config.appUrl.startsWith("https://");
  api.post(
    "/orgs/:orgId/invitations",
    {
      summary: "Invite someone by e-mail (admins)",
      params: orgParamsSchema,
      body: createInvitationBodySchema,
      created: createdInvitationSchema,
    },
    async ({ actor, params, body, meta }) => createInvitation(deps, actor, params.orgId, body, meta),
  );
  api.get(
    "/orgs/:orgId/invitations",
    { summary: "Pending invitations (admins)", params: orgParamsSchema, ok: invitationListSchema },
    async ({ actor, params }) => ({ invitations: await listInvitations(deps, actor, params.orgId) }),
  );
  api.delete(
    "/orgs/:orgId/invitations/:invitationId",
    { summary: "Revoke a pending invitation (admins)", params: invitationParamsSchema, noContent: true },
    async ({ actor, params, meta }) => revokeInvitation(deps, actor, params.orgId, params.invitationId, meta),
  );
  api.post(
    "/orgs/:orgId/invitations/:invitationId/resend",
    {
      summary: "Issue a fresh link for a pending invitation and e-mail it again (admins)",
      params: invitationParamsSchema,
      ok: createdInvitationSchema,
    },
    async ({ actor, params, meta }) => resendInvitation(deps, actor, params.orgId, params.invitationId, meta),
  );
  api.get(
    "/invitations/:token",
    {
      summary: "What an invitation is for",
      auth: "none",
      params: invitationTokenParamsSchema,
      ok: invitationPreviewSchema,
    },
    async ({ params }) => previewInvitation(deps, params.token),
  );
  api.post(
    "/invitations/:token/accept",
    {
      summary: "Accept an invitation with a name and password",
      auth: "none",
      params: invitationTokenParamsSchema,
      body: acceptInvitationBodySchema,
      ok: acceptInvitationResponseSchema,
    },
    async ({ params, body, meta, reply }) => {
      const { user, organization, session } = await acceptInvitation(deps, params.token, body, meta);
      setSessionCookie(reply, session.token, session.expiresAt, secure);
      return { user, organization };
    },
  );
});
