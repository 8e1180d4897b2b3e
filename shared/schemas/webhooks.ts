import { z } from "zod";
import { WEBHOOK_EVENTS } from "../webhook-events.js";
import { idSchema, isoDateTime, pageQueryFields, patchBodySchema } from "./common.js";

export { WEBHOOK_EVENTS, type WebhookEventType } from "../webhook-events.js";
export const webhookEventSchema = z.enum(WEBHOOK_EVENTS);
/** The event "send test event" sends; never subscribed to, only sent on request. */
export const WEBHOOK_TEST_EVENT = "webhook.test";
/** The payload format; bumped only for changes that could break a receiver. */
export const WEBHOOK_PAYLOAD_VERSION = 1;

const urlSchema = z.string().trim().min(1).max(2048);
const eventsSchema = z
  .array(webhookEventSchema)
  .min(1, "Choose at least one event")
  .max(WEBHOOK_EVENTS.length)
  .refine((v) => new Set(v).size === v.length, { message: "Each event once" });

export const webhookParamsSchema = z.object({ orgId: idSchema, webhookId: idSchema });

export const createWebhookSchema = z.object({
  url: urlSchema,
  description: z.string().trim().max(200).optional(),
  events: eventsSchema,
  enabled: z.boolean().optional(),
});
export type CreateWebhookBody = z.infer<typeof createWebhookSchema>;

export const updateWebhookSchema = patchBodySchema({
  url: urlSchema,
  description: z.string().trim().max(200),
  events: eventsSchema,
  enabled: z.boolean(),
});
export type UpdateWebhookBody = z.infer<typeof updateWebhookSchema>;

export const webhookSchema = z.object({
  id: idSchema,
  url: z.string(),
  description: z.string(),
  events: z.array(webhookEventSchema),
  enabled: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Until then the secret before the last rotation still signs too (a second v1 in the header). */
  previousSecretExpiresAt: isoDateTime.nullable(),
});
export type Webhook = z.infer<typeof webhookSchema>;

export const webhookListSchema = z.object({ webhooks: z.array(webhookSchema) });
export type WebhookList = z.infer<typeof webhookListSchema>;

/** Answer to creation and rotation: the signing secret, shown this once. */
export const webhookWithSecretSchema = z.object({ webhook: webhookSchema, secret: z.string() });
export type WebhookWithSecret = z.infer<typeof webhookWithSecretSchema>;

export const webhookDeliveryStatusSchema = z.enum(["pending", "sending", "delivered", "failed"]);
export type WebhookDeliveryStatus = z.infer<typeof webhookDeliveryStatusSchema>;

export const webhookDeliverySchema = z.object({
  id: idSchema,
  eventId: idSchema,
  eventType: z.string(),
  status: webhookDeliveryStatusSchema,
  attempts: z.number().int(),
  /** Null once delivered, or after the last try. */
  nextAttemptAt: isoDateTime.nullable(),
  lastAttemptAt: isoDateTime.nullable(),
  responseStatus: z.number().int().nullable(),
  /** The start of the receiver's answer (at most 1,000 characters). */
  responseBody: z.string().nullable(),
  lastError: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  createdAt: isoDateTime,
  deliveredAt: isoDateTime.nullable(),
  /** The JSON body sent (metadata only). */
  payload: z.string(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveriesQuerySchema = z.object(pageQueryFields());
export const webhookDeliveryListSchema = z.object({
  deliveries: z.array(webhookDeliverySchema),
  nextCursor: z.string().nullable(),
});
export type WebhookDeliveryList = z.infer<typeof webhookDeliveryListSchema>;
