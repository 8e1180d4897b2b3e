import { z } from "zod";
import { idSchema, isoDateTime, pageQueryFields } from "./common.js";

export const outboxQuerySchema = z.object(pageQueryFields());
export const outboxMessageSchema = z.object({
  id: idSchema,
  toEmail: z.string(),
  kind: z.string(),
  subject: z.string(),
  status: z.enum(["pending", "sending", "sent", "failed", "logged"]),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
  /**
   * The text, only for invitations and the admin's own messages: others may hold 1:1 content (P3).
   * Secret links in it (invitations, set-password links, signed URLs) are replaced by their path prefix and "…" (P7).
   */
  body: z.string().nullable(),
  /** How many secret links the shown text had hidden. */
  linksHidden: z.number().int(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export const outboxListSchema = z.object({
  smtpConfigured: z.boolean(),
  messages: z.array(outboxMessageSchema),
  nextCursor: z.string().nullable(),
});
export type OutboxList = z.infer<typeof outboxListSchema>;
