import type { Selectable } from "kysely";
import {
  WEBHOOK_PAYLOAD_VERSION,
  type WEBHOOK_TEST_EVENT,
  type WebhookEventType,
} from "../../../shared/schemas/webhooks.js";
import type { Clock } from "../../clock.js";
import type { Executor } from "../../db/executor.js";
import { newId } from "../../db/ids.js";
import type { ActionItemsTable, MeetingsTable, OneOnOnesTable, WebhookDeliveriesTable } from "../../db/schema.js";
import { insertDeliveries, listEnabledEndpoints } from "./webhooks.repo.js";

/*
 * Payloads are built here and nowhere else, from explicit fields: metadata only.
 * Webhook endpoints are chosen by workspace admins, who see metadata only (P3),
 * so no body, title, note, check-in, rating or feedback ever goes out — not even
 * shared content, which belongs to the two participants (P1), and never private
 * notes (P2). Ids let a receiver call the API as a participant for more.
 */

/** The pair as a payload shows it: who, what kind, which cadence. */
export function presentOneOnOneForWebhook(oneOnOne: Selectable<OneOnOnesTable>) {
  return {
    id: oneOnOne.id,
    leaderId: oneOnOne.leaderId,
    teammateId: oneOnOne.teammateId,
    kind: oneOnOne.kind,
    cadence: {
      frequency: oneOnOne.cadenceFrequency,
      interval: oneOnOne.cadenceInterval,
      weekday: oneOnOne.cadenceWeekday,
      nth: oneOnOne.cadenceNth,
    },
    timezone: oneOnOne.timezone,
    durationMinutes: oneOnOne.durationMinutes,
    status: oneOnOne.status,
    createdAt: oneOnOne.createdAt,
  };
}

/** A meeting as a payload shows it: times and status. */
export function presentMeetingForWebhook(meeting: Selectable<MeetingsTable>) {
  return {
    id: meeting.id,
    oneOnOneId: meeting.oneOnOneId,
    status: meeting.status,
    scheduledAt: meeting.scheduledAt,
    startedAt: meeting.startedAt,
    completedAt: meeting.completedAt,
  };
}

/** An action as a payload shows it: owner, dates and status — not its title, which is the pair's content (P1). */
export function presentActionForWebhook(action: Selectable<ActionItemsTable>) {
  return {
    id: action.id,
    oneOnOneId: action.oneOnOneId,
    meetingId: action.meetingId,
    ownerId: action.ownerId,
    createdBy: action.createdBy,
    status: action.status,
    dueDate: action.dueDate,
    createdAt: action.createdAt,
    completedAt: action.completedAt,
  };
}

export type WebhookEventData =
  | {
      type: "oneOnOne.created";
      oneOnOne: Selectable<OneOnOnesTable>;
      nextMeeting: Pick<Selectable<MeetingsTable>, "id" | "scheduledAt"> | null;
    }
  | {
      type: "meeting.completed";
      meeting: Selectable<MeetingsTable>;
      oneOnOne: Selectable<OneOnOnesTable>;
      nextMeeting: Selectable<MeetingsTable> | null;
    }
  | { type: "action.created" | "action.done"; action: Selectable<ActionItemsTable> };

/** The `data` of an event: every field named, nothing copied from a row wholesale. */
export function eventData(event: WebhookEventData): Record<string, unknown> {
  switch (event.type) {
    case "oneOnOne.created":
      return {
        oneOnOne: presentOneOnOneForWebhook(event.oneOnOne),
        nextMeeting: event.nextMeeting
          ? { id: event.nextMeeting.id, scheduledAt: event.nextMeeting.scheduledAt }
          : null,
      };
    case "meeting.completed":
      return {
        meeting: presentMeetingForWebhook(event.meeting),
        oneOnOne: { id: event.oneOnOne.id, leaderId: event.oneOnOne.leaderId, teammateId: event.oneOnOne.teammateId },
        nextMeeting: event.nextMeeting
          ? { id: event.nextMeeting.id, scheduledAt: event.nextMeeting.scheduledAt }
          : null,
      };
    case "action.created":
    case "action.done":
      return { action: presentActionForWebhook(event.action) };
  }
}

/** The JSON body of one event, identical on every attempt. */
export function eventBody(input: {
  eventId: string;
  type: WebhookEventType | typeof WEBHOOK_TEST_EVENT;
  organizationId: string;
  createdAt: string;
  data: Record<string, unknown>;
}): string {
  return JSON.stringify({
    id: input.eventId,
    type: input.type,
    version: WEBHOOK_PAYLOAD_VERSION,
    createdAt: input.createdAt,
    organizationId: input.organizationId,
    data: input.data,
  });
}

/** A delivery not yet attempted, due now. */
export function pendingDelivery(input: {
  endpointId: string;
  organizationId: string;
  eventId: string;
  eventType: string;
  payload: string;
  now: string;
}): Selectable<WebhookDeliveriesTable> {
  const { now, ...event } = input;
  return {
    id: newId(),
    ...event,
    status: "pending",
    attempts: 0,
    nextAttemptAt: now,
    lockedUntil: null,
    lastAttemptAt: null,
    responseStatus: null,
    responseBody: null,
    lastError: null,
    durationMs: null,
    createdAt: now,
    deliveredAt: null,
  };
}

/**
 * Records one delivery per enabled endpoint of the workspace subscribed to the
 * event. Pass the transaction of the change so the event exists if and only if
 * the change does; the scheduler's sweep sends it.
 */
export async function enqueueWebhookEvent(
  db: Executor,
  clock: Clock,
  organizationId: string,
  event: WebhookEventData,
): Promise<number> {
  const endpoints = await listEnabledEndpoints(db, organizationId);
  const subscribed = endpoints.filter((e) => (JSON.parse(e.events) as string[]).includes(event.type));
  if (subscribed.length === 0) return 0;
  const now = clock.now().toISOString();
  const eventId = newId();
  const payload = eventBody({ eventId, type: event.type, organizationId, createdAt: now, data: eventData(event) });
  await insertDeliveries(
    db,
    subscribed.map((e) =>
      pendingDelivery({ endpointId: e.id, organizationId, eventId, eventType: event.type, payload, now }),
    ),
  );
  return subscribed.length;
}
