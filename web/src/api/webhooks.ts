import type {
  CreateWebhookBody,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookList,
  WebhookWithSecret,
} from "../../../shared/schemas/webhooks.js";
import { request } from "./client.js";

const base = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/webhooks`;
const one = (orgId: string, id: string) => `${base(orgId)}/${encodeURIComponent(id)}`;

/** The workspace's webhook endpoints (admins). */
export const listWebhooks = (orgId: string) => request<WebhookList>("GET", base(orgId));

/** Registers an endpoint; the signing secret comes back this once. */
export const createWebhook = (orgId: string, body: CreateWebhookBody) =>
  request<WebhookWithSecret>("POST", base(orgId), body);

/** Changes an endpoint (URL, description, events, on or paused). */
export const updateWebhook = (orgId: string, id: string, body: UpdateWebhookBody) =>
  request<Webhook>("PATCH", one(orgId, id), body);

/** Removes an endpoint and its log. */
export const deleteWebhook = (orgId: string, id: string) => request<void>("DELETE", one(orgId, id));

/** A new signing secret, shown once. */
export const rotateWebhookSecret = (orgId: string, id: string) =>
  request<WebhookWithSecret>("POST", `${one(orgId, id)}/rotate-secret`, {});

/** Sends a webhook.test event now; resolves with its log entry. */
export const sendTestWebhook = (orgId: string, id: string) =>
  request<WebhookDelivery>("POST", `${one(orgId, id)}/test`, {});

/** A page of the endpoint's delivery log, newest first. */
export const listWebhookDeliveries = (orgId: string, id: string, before?: string) =>
  request<WebhookDeliveryList>(
    "GET",
    `${one(orgId, id)}/deliveries${before ? `?before=${encodeURIComponent(before)}` : ""}`,
  );
