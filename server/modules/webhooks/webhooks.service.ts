import type { Selectable, Updateable } from "kysely";
import type {
  CreateWebhookBody,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEventType,
  WebhookWithSecret,
} from "../../../shared/schemas/webhooks.js";
import { WEBHOOK_TEST_EVENT } from "../../../shared/schemas/webhooks.js";
import type { Actor, Deps } from "../../context.js";
import { withTransaction } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import { type PageQuery, pageByCreatedAt } from "../../db/keyset.js";
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from "../../db/schema.js";
import { badRequest, conflict, notFound } from "../../http/errors.js";
import { type AuditAction, type AuditEntry, recordAudit } from "../audit/audit.repo.js";
import { requireAdmin } from "../organizations/membership-policy.js";
import { webhookUrlProblem } from "./webhook-address.js";
import { deliverDueWebhooks } from "./webhook-delivery.js";
import { eventBody, pendingDelivery } from "./webhook-events.js";
import { webhookSecret } from "./webhook-signature.js";
import {
  countEndpoints,
  deleteEndpoint,
  findDelivery,
  findEndpointOf,
  insertDeliveries,
  insertEndpoint,
  listDeliveryPage,
  listEndpoints,
  updateEndpoint,
  updateEndpointSecret,
} from "./webhooks.repo.js";

/** A workspace keeps at most this many endpoints. */
export const MAX_ENDPOINTS = 20;
/** After a rotation the old secret keeps signing this long, so receivers can switch without missing events. */
export const ROTATION_GRACE_MS = 24 * 3600 * 1000;

function presentWebhook(row: Selectable<WebhookEndpointsTable>): Webhook {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: JSON.parse(row.events) as WebhookEventType[],
    enabled: Boolean(row.enabled),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    previousSecretExpiresAt: row.previousSecretVersion === null ? null : row.previousSecretExpiresAt,
  };
}

function presentDelivery(row: Selectable<WebhookDeliveriesTable>): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: row.nextAttemptAt,
    lastAttemptAt: row.lastAttemptAt,
    responseStatus: row.responseStatus === null ? null : Number(row.responseStatus),
    responseBody: row.responseBody,
    lastError: row.lastError,
    durationMs: row.durationMs === null ? null : Number(row.durationMs),
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt,
    payload: row.payload,
  };
}

function checkUrl(deps: Deps, url: string): void {
  const problem = webhookUrlProblem(url, deps.config.webhooksAllowInsecureLoopback);
  if (problem) throw badRequest("invalid_webhook_url", problem, "url");
}

/** The endpoint of this workspace, or 404 (another workspace's looks like none, P5). */
async function requireEndpoint(
  deps: Deps,
  organizationId: string,
  webhookId: string,
): Promise<Selectable<WebhookEndpointsTable>> {
  const row = await findEndpointOf(deps.db.kysely, organizationId, webhookId);
  if (!row) throw notFound("Webhook");
  return row;
}

/** Records an admin's change to an endpoint in the audit log: where it points, never its secret. */
function auditEndpointChange(
  deps: Deps,
  actor: Actor,
  row: Selectable<WebhookEndpointsTable>,
  action: AuditAction,
  metadata?: AuditEntry["metadata"],
): Promise<void> {
  return recordAudit(deps.db.kysely, deps.clock, {
    organizationId: row.organizationId,
    actorUserId: actor.userId,
    action,
    targetType: "webhook",
    targetId: row.id,
    ...(metadata ? { metadata } : {}),
  });
}

/** The workspace's webhook endpoints (admins). */
export async function listWebhooks(deps: Deps, actor: Actor, organizationId: string): Promise<Webhook[]> {
  await requireAdmin(deps, actor, organizationId);
  const rows = await listEndpoints(deps.db.kysely, organizationId);
  return rows.map(presentWebhook);
}

/** One endpoint (admins). */
export async function getWebhook(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  webhookId: string,
): Promise<Webhook> {
  await requireAdmin(deps, actor, organizationId);
  return presentWebhook(await requireEndpoint(deps, organizationId, webhookId));
}

/** Registers an endpoint; its signing secret is in the answer and never shown again. */
export async function createWebhook(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  input: CreateWebhookBody,
): Promise<WebhookWithSecret> {
  await requireAdmin(deps, actor, organizationId);
  checkUrl(deps, input.url);
  if ((await countEndpoints(deps.db.kysely, organizationId)) >= MAX_ENDPOINTS)
    throw conflict("too_many_webhooks", `A workspace can have at most ${MAX_ENDPOINTS} webhook endpoints`);
  const now = deps.clock.now().toISOString();
  const row: Selectable<WebhookEndpointsTable> = {
    id: newId(),
    organizationId,
    url: input.url,
    description: input.description ?? "",
    events: JSON.stringify(input.events),
    enabled: input.enabled === false ? 0 : 1,
    secretVersion: 1,
    previousSecretVersion: null,
    previousSecretExpiresAt: null,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  await withTransaction(deps, async (deps) => {
    await insertEndpoint(deps.db.kysely, row);
    await auditEndpointChange(deps, actor, row, "webhook.created", {
      host: new URL(row.url).host,
      events: input.events.join(" "),
    });
  });
  return { webhook: presentWebhook(row), secret: webhookSecret(deps.secret, row.id, row.secretVersion) };
}

/** Changes an endpoint's address, description, events or whether it is on. */
export async function updateWebhook(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  webhookId: string,
  patch: UpdateWebhookBody,
): Promise<Webhook> {
  await requireAdmin(deps, actor, organizationId);
  const row = await requireEndpoint(deps, organizationId, webhookId);
  if (patch.url !== undefined) checkUrl(deps, patch.url);
  const changes: Updateable<WebhookEndpointsTable> = { updatedAt: deps.clock.now().toISOString() };
  if (patch.url !== undefined) changes.url = patch.url;
  if (patch.description !== undefined) changes.description = patch.description;
  if (patch.events !== undefined) changes.events = JSON.stringify(patch.events);
  if (patch.enabled !== undefined) changes.enabled = patch.enabled ? 1 : 0;
  await withTransaction(deps, async (deps) => {
    await updateEndpoint(deps.db.kysely, row.id, changes);
    // Where deliveries went and go now: a repointed endpoint is what an owner reviewing the log looks for.
    await auditEndpointChange(deps, actor, row, "webhook.updated", {
      fields: Object.keys(patch).join(" "),
      ...(patch.url && patch.url !== row.url ? { fromUrl: row.url, toUrl: patch.url } : {}),
    });
  });
  return presentWebhook({ ...row, ...changes });
}

/** Removes an endpoint and its delivery log. */
export async function deleteWebhook(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  webhookId: string,
): Promise<void> {
  await requireAdmin(deps, actor, organizationId);
  const row = await requireEndpoint(deps, organizationId, webhookId);
  await withTransaction(deps, async (deps) => {
    await deleteEndpoint(deps.db.kysely, row.id);
    await auditEndpointChange(deps, actor, row, "webhook.deleted", { host: new URL(row.url).host });
  });
}

/** A new signing secret, shown once; the old one keeps signing alongside it for a day. */
export async function rotateWebhookSecret(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  webhookId: string,
): Promise<WebhookWithSecret> {
  await requireAdmin(deps, actor, organizationId);
  const row = await requireEndpoint(deps, organizationId, webhookId);
  const now = deps.clock.now();
  const changes = {
    secretVersion: row.secretVersion + 1,
    previousSecretVersion: row.secretVersion,
    previousSecretExpiresAt: new Date(now.getTime() + ROTATION_GRACE_MS).toISOString(),
    updatedAt: now.toISOString(),
  };
  await withTransaction(deps, async (deps) => {
    // Compare-and-set on the version: two rotations at once cannot hand out a secret that never signs.
    if (!(await updateEndpointSecret(deps.db.kysely, row.id, row.secretVersion, changes)))
      throw conflict("rotation_conflict", "The secret changed meanwhile");
    await auditEndpointChange(deps, actor, row, "webhook.secret_rotated");
  });
  const updated = { ...row, ...changes };
  return { webhook: presentWebhook(updated), secret: webhookSecret(deps.secret, row.id, updated.secretVersion) };
}

/** Queues a `webhook.test` event for this endpoint only and tries it at once; the answer is its log entry. */
export async function sendTestEvent(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  webhookId: string,
): Promise<WebhookDelivery> {
  await requireAdmin(deps, actor, organizationId);
  const row = await requireEndpoint(deps, organizationId, webhookId);
  const now = deps.clock.now().toISOString();
  const eventId = newId();
  const delivery = pendingDelivery({
    endpointId: row.id,
    organizationId,
    eventId,
    eventType: WEBHOOK_TEST_EVENT,
    payload: eventBody({
      eventId,
      type: WEBHOOK_TEST_EVENT,
      organizationId,
      createdAt: now,
      data: { webhookId: row.id, message: "A test event from Rapport." },
    }),
    now,
  });
  await insertDeliveries(deps.db.kysely, [delivery]);
  await deliverDueWebhooks(deps, { onlyId: delivery.id });
  const after = await findDelivery(deps.db.kysely, delivery.id);
  return presentDelivery(after);
}

/** The endpoint's delivery log, newest first (admins): status, attempts, response code, next attempt. */
export async function listDeliveries(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  webhookId: string,
  query: PageQuery,
): Promise<WebhookDeliveryList> {
  await requireAdmin(deps, actor, organizationId);
  const endpoint = await requireEndpoint(deps, organizationId, webhookId);
  const { page, nextCursor } = await pageByCreatedAt(query, (before, limit) =>
    listDeliveryPage(deps.db.kysely, endpoint.id, before, limit),
  );
  return { deliveries: page.map(presentDelivery), nextCursor };
}
