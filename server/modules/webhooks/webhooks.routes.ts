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
import { defineRoutes } from "../../http/module-routes.js";
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

const base = "/orgs/:orgId/webhooks";
const one = `${base}/:webhookId`;

/** Webhook endpoints and their delivery logs, for workspace admins (members 403, others 404). */
export const webhooksRoutes = defineRoutes("webhooks", (api, deps) => {
  api.get(
    base,
    { summary: "List the workspace's webhook endpoints", params: orgParamsSchema, ok: webhookListSchema },
    async ({ actor, params }) => ({ webhooks: await listWebhooks(deps, actor, params.orgId) }),
  );
  api.post(
    base,
    {
      summary: "Register an HTTPS endpoint for events (the signing secret is shown once)",
      params: orgParamsSchema,
      body: createWebhookSchema,
      created: webhookWithSecretSchema,
    },
    async ({ actor, params, body }) => createWebhook(deps, actor, params.orgId, body),
  );
  api.get(
    one,
    { summary: "One webhook endpoint", params: webhookParamsSchema, ok: webhookSchema },
    async ({ actor, params }) => getWebhook(deps, actor, params.orgId, params.webhookId),
  );
  api.patch(
    one,
    {
      summary: "Change a webhook endpoint's URL, description, events or whether it is on",
      params: webhookParamsSchema,
      body: updateWebhookSchema,
      ok: webhookSchema,
    },
    async ({ actor, params, body }) => updateWebhook(deps, actor, params.orgId, params.webhookId, body),
  );
  api.delete(
    one,
    { summary: "Remove a webhook endpoint and its delivery log", params: webhookParamsSchema, noContent: true },
    async ({ actor, params }) => deleteWebhook(deps, actor, params.orgId, params.webhookId),
  );
  api.post(
    `${one}/rotate-secret`,
    {
      summary: "Issue a new signing secret (shown once; the old one also signs for 24 hours; session only)",
      // A leaked API token must not mint a signing secret it was never shown (and forge deliveries with it).
      sessionOnly: true,
      params: webhookParamsSchema,
      ok: webhookWithSecretSchema,
    },
    async ({ actor, params }) => rotateWebhookSecret(deps, actor, params.orgId, params.webhookId),
  );
  api.post(
    `${one}/test`,
    {
      summary: "Send a webhook.test event to this endpoint now; answers with its log entry",
      params: webhookParamsSchema,
      ok: webhookDeliverySchema,
    },
    async ({ actor, params }) => sendTestEvent(deps, actor, params.orgId, params.webhookId),
  );
  api.get(
    `${one}/deliveries`,
    {
      summary: "The endpoint's delivery log, newest first",
      params: webhookParamsSchema,
      query: webhookDeliveriesQuerySchema,
      ok: webhookDeliveryListSchema,
    },
    async ({ actor, params, query }) => listDeliveries(deps, actor, params.orgId, params.webhookId, query),
  );
});
