import type { OperationExamples } from "./types.js";

const webhook = {
  id: "5f0c2b8e-7a41-4d2b-9c3e-8b1f4a6d2e90",
  url: "https://hooks.acme.example/rapport",
  description: "CRM sync",
  events: ["meeting.completed", "action.done"],
  enabled: true,
  createdAt: "2026-03-01T10:00:00.000Z",
  updatedAt: "2026-03-01T10:00:00.000Z",
  previousSecretExpiresAt: null,
};
const secret = "whsec_3q2-7wEXAMPLEoNLYdontUSEthisSECRETanywhere0123";
const delivery = {
  id: "c7a9e2d4-1b3f-4e5a-8c6d-0f1e2d3c4b5a",
  eventId: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
  eventType: "meeting.completed",
  status: "delivered",
  attempts: 1,
  nextAttemptAt: null,
  lastAttemptAt: "2026-03-02T09:31:02.000Z",
  responseStatus: 200,
  responseBody: "ok",
  lastError: null,
  durationMs: 84,
  createdAt: "2026-03-02T09:31:00.000Z",
  deliveredAt: "2026-03-02T09:31:02.000Z",
  payload: JSON.stringify({
    id: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
    type: "meeting.completed",
    version: 1,
    createdAt: "2026-03-02T09:31:00.000Z",
    organizationId: "9b0c3f5e-2d1a-4c8e-9f7b-1a2b3c4d5e6f",
    data: {
      meeting: {
        id: "007bad3f-30c4-458b-8811-32ba613fb5b1",
        oneOnOneId: "5b71e5c2-7800-44db-ac24-6e5759907ed5",
        status: "completed",
        scheduledAt: "2026-03-02T09:00:00.000Z",
        startedAt: "2026-03-02T09:01:00.000Z",
        completedAt: "2026-03-02T09:31:00.000Z",
      },
      oneOnOne: {
        id: "5b71e5c2-7800-44db-ac24-6e5759907ed5",
        leaderId: "61ac8b58-7126-49fc-aa73-2df015c6fad5",
        teammateId: "1ea2e11c-7978-44c6-b784-ba95e686304e",
      },
      nextMeeting: { id: "50d65fe1-3c4e-4864-b0b2-ad87803d4dce", scheduledAt: "2026-03-09T09:00:00.000Z" },
    },
  }),
};

/** Examples for the webhook operations (workspace admins). */
export const webhooksExamples: OperationExamples = {
  "GET /api/v1/orgs/:orgId/webhooks": { response: { webhooks: [webhook] } },
  "POST /api/v1/orgs/:orgId/webhooks": {
    body: { url: webhook.url, description: webhook.description, events: webhook.events },
    response: { webhook, secret },
  },
  "GET /api/v1/orgs/:orgId/webhooks/:webhookId": { response: webhook },
  "PATCH /api/v1/orgs/:orgId/webhooks/:webhookId": {
    body: { enabled: false },
    response: { ...webhook, enabled: false, updatedAt: "2026-03-04T08:00:00.000Z" },
  },
  "POST /api/v1/orgs/:orgId/webhooks/:webhookId/rotate-secret": {
    response: {
      webhook: {
        ...webhook,
        updatedAt: "2026-03-04T08:00:00.000Z",
        previousSecretExpiresAt: "2026-03-05T08:00:00.000Z",
      },
      secret: "whsec_9Zx-EXAMPLEnewSECRETshownONCEonlyDONTuse456789ab",
    },
  },
  "POST /api/v1/orgs/:orgId/webhooks/:webhookId/test": {
    response: {
      ...delivery,
      id: "d8b0f3e5-2c4a-4f6b-9d7e-1a2b3c4d5e6f",
      eventId: "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
      eventType: "webhook.test",
      payload: JSON.stringify({
        id: "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
        type: "webhook.test",
        version: 1,
        createdAt: "2026-03-04T08:05:00.000Z",
        organizationId: "9b0c3f5e-2d1a-4c8e-9f7b-1a2b3c4d5e6f",
        data: { webhookId: webhook.id, message: "A test event from Rapport." },
      }),
    },
  },
  "GET /api/v1/orgs/:orgId/webhooks/:webhookId/deliveries": {
    response: { deliveries: [delivery], nextCursor: null },
  },
};
