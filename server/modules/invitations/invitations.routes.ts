import { z } from "zod";
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
import { requireActor } from "../../http/authenticate.js";
import { requestMeta } from "../../http/request-meta.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import { setSessionCookie } from "../../http/session-cookie.js";
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from "./invitations.service.js";

const tags = ["invitations"];

/** Inviting people into a workspace and accepting an invitation. */
export const invitationsRoutes: RoutePlugin = (app, deps) => {
  const secure = deps.config.appUrl.startsWith("https://");
  const r = typed(app);
  r.post(
    "/orgs/:orgId/invitations",
    {
      schema: {
        tags,
        summary: "Invite someone by e-mail (admins)",
        params: orgParamsSchema,
        body: createInvitationBodySchema,
        response: { 201: createdInvitationSchema },
      },
    },
    async (request, reply) => {
      const created = await createInvitation(
        deps,
        requireActor(request),
        request.params.orgId,
        request.body,
        requestMeta(request),
      );
      return reply.code(201).send(created);
    },
  );
  r.get(
    "/orgs/:orgId/invitations",
    {
      schema: {
        tags,
        summary: "Pending invitations (admins)",
        params: orgParamsSchema,
        response: { 200: invitationListSchema },
      },
    },
    async (request) => ({ invitations: await listInvitations(deps, requireActor(request), request.params.orgId) }),
  );
  r.delete(
    "/orgs/:orgId/invitations/:invitationId",
    {
      schema: {
        tags,
        summary: "Revoke a pending invitation (admins)",
        params: invitationParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { orgId, invitationId } = request.params;
      await revokeInvitation(deps, requireActor(request), orgId, invitationId, requestMeta(request));
      return reply.code(204).send(null);
    },
  );
  r.post(
    "/orgs/:orgId/invitations/:invitationId/resend",
    {
      schema: {
        tags,
        summary: "Issue a fresh link for a pending invitation and e-mail it again (admins)",
        params: invitationParamsSchema,
        response: { 200: createdInvitationSchema },
      },
    },
    async (request) => {
      const { orgId, invitationId } = request.params;
      return resendInvitation(deps, requireActor(request), orgId, invitationId, requestMeta(request));
    },
  );
  r.get(
    "/invitations/:token",
    {
      schema: {
        tags,
        summary: "What an invitation is for",
        params: invitationTokenParamsSchema,
        response: { 200: invitationPreviewSchema },
      },
    },
    async (request) => previewInvitation(deps, request.params.token),
  );
  r.post(
    "/invitations/:token/accept",
    {
      schema: {
        tags,
        summary: "Accept an invitation with a name and password",
        params: invitationTokenParamsSchema,
        body: acceptInvitationBodySchema,
        response: { 200: acceptInvitationResponseSchema },
      },
    },
    async (request, reply) => {
      const { user, organization, session } = await acceptInvitation(
        deps,
        request.params.token,
        request.body,
        requestMeta(request),
      );
      setSessionCookie(reply, session.token, session.expiresAt, secure);
      return { user, organization };
    },
  );
};
