import { z } from "zod";
import { idSchema, isoDateTime } from "./common.js";

export {
  LIVE_CLIENT_HEADER,
  LIVE_MESSAGE_AWARENESS,
  LIVE_MESSAGE_EVENT,
  LIVE_MESSAGE_SYNC,
  SHARED_NOTE_TEXT,
} from "../live-protocol.js";

export const liveEventTypeSchema = z.enum([
  "meeting.changed",
  "agenda.changed",
  "actions.changed",
  "feedback.changed",
  "checkIn.changed",
  "rating.changed",
  "goals.changed",
  "sharedNote.changed",
  "privateNote.changed",
  "meeting.section",
]);
export type LiveEventType = z.infer<typeof liveEventTypeSchema>;

export const liveEventSchema = z.object({
  type: liveEventTypeSchema,
  meetingId: idSchema,
  /** Who made the change. */
  by: idSchema,
  at: isoDateTime,
  /** The browser tab the change came from (its `x-rapport-client` header), if any. */
  origin: z.string().nullable(),
});
export type LiveEvent = z.infer<typeof liveEventSchema>;
