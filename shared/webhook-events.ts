/**
 * The events a webhook endpoint can subscribe to; payloads carry metadata only (see docs/webhooks.md).
 * Kept free of zod so the admin page can list them without loading the schema library.
 */
export const WEBHOOK_EVENTS = ["meeting.completed", "action.created", "action.done", "oneOnOne.created"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];
