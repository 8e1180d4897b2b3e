import { z } from "zod";
import { orgParamsSchema } from "../../../shared/schemas/common.js";
import {
  createWebhookSchema,
  updateWebhookSchema,
  webhookDeliveriesQuerySchema,
  webhookDeliveryListSchema,
  webhookDeliverySchema,
  webhookListSchema,
  webhookParamsSchema,
  webhookSchema,
  webhookWithSecretSchema,
} from "../../../shared/schemas/webhooks.js";
import { requireActor } from "../../http/authenticate.js";
import { type RoutePlugin, typed } from "../../http/route-types.js";
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listWebhooks,
  rotateWebhookSecret,
  sendTestEvent,
  updateWebhook,
} from "./webhooks.service.js";

const tags = ["webhooks"];
const base = "/orgs/:orgId/webhooks";
const one = `${base}/:webhookId`;

/** Webhook endpoints and their delivery logs, for workspace admins (members 403, others 404). */
export const webhooksRoutes: RoutePlugin = (app, deps) => {
  const r = typed(app);
  r.get(
    base,
    {
      schema: {
        tags,
        summary: "List the workspace's webhook endpoints",
        params: orgParamsSchema,
        response: { 200: webhookListSchema },
      },
    },
    async (request) => ({ webhooks: await listWebhooks(deps, requireActor(request), request.params.orgId) }),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        summary: "Register an HTTPS endpoint for events (the signing secret is shown once)",
        params: orgParamsSchema,
        body: createWebhookSchema,
        response: { 201: webhookWithSecretSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createWebhook(deps, requireActor(request), request.params.orgId, request.body)),
  );
  r.get(
    one,
    {
      schema: { tags, summary: "One webhook endpoint", params: webhookParamsSchema, response: { 200: webhookSchema } },
    },
    async (request) => getWebhook(deps, requireActor(request), request.params.orgId, request.params.webhookId),
  );
  r.patch(
    one,
    {
      schema: {
        tags,
        summary: "Change a webhook endpoint's URL, description, events or whether it is on",
        params: webhookParamsSchema,
        body: updateWebhookSchema,
        response: { 200: webhookSchema },
      },
    },
    async (request) =>
      updateWebhook(deps, requireActor(request), request.params.orgId, request.params.webhookId, request.body),
  );
  r.delete(
    one,
    {
      schema: {
        tags,
        summary: "Remove a webhook endpoint and its delivery log",
        params: webhookParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteWebhook(deps, requireActor(request), request.params.orgId, request.params.webhookId);
      return reply.code(204).send(null);
    },
  );
  r.post(
    `${one}/rotate-secret`,
    {
      // A leaked API token must not mint a signing secret it was never shown (and forge deliveries with it).
      config: { sessionOnly: true },
      schema: {
        tags,
        summary: "Issue a new signing secret (shown once; the old one also signs for 24 hours; session only)",
        params: webhookParamsSchema,
        response: { 200: webhookWithSecretSchema },
      },
    },
    async (request) => rotateWebhookSecret(deps, requireActor(request), request.params.orgId, request.params.webhookId),
  );
  r.post(
    `${one}/test`,
    {
      schema: {
        tags,
        summary: "Send a webhook.test event to this endpoint now; answers with its log entry",
        params: webhookParamsSchema,
        response: { 200: webhookDeliverySchema },
      },
    },
    async (request) => sendTestEvent(deps, requireActor(request), request.params.orgId, request.params.webhookId),
  );
  r.get(
    `${one}/deliveries`,
    {
      schema: {
        tags,
        summary: "The endpoint's delivery log, newest first",
        params: webhookParamsSchema,
        querystring: webhookDeliveriesQuerySchema,
        response: { 200: webhookDeliveryListSchema },
      },
    },
    async (request) =>
      listDeliveries(deps, requireActor(request), request.params.orgId, request.params.webhookId, request.query),
  );
};
