import { z } from "zod";
import { idSchema, isoDateTime, pageQueryFields } from "./common.js";

/** Every security-relevant event the server records. Events only: never what anyone wrote. */
export const AUDIT_ACTIONS = [
  "sign_up",
  "sign_in.success",
  "sign_in.failure",
  "sign_out",
  "password.changed",
  "token.created",
  "token.revoked",
  "calendar_feed.rotated",
  "invitation.created",
  "invitation.resent",
  "invitation.revoked",
  "invitation.accepted",
  "member.role_changed",
  "member.manager_changed",
  "member.status_changed",
  "one_on_one.created",
  "meeting.completed",
  "meeting.canceled",
  "meeting.rescheduled",
  "webhook.created",
  "webhook.updated",
  "webhook.deleted",
  "webhook.secret_rotated",
  "sso.configured",
  "sso.removed",
  "sso.sign_in.failure",
  "sso.joined",
  "sso.domain_verified",
  "sso.link_pending",
  "sso.linked",
  "meeting.started",
  "meeting.unstarted",
  "meeting.recap_amended",
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const AUDIT_TARGET_TYPES = ["user", "invitation", "api_token", "one_on_one", "meeting", "webhook"] as const;
export const auditTargetTypeSchema = z.enum(AUDIT_TARGET_TYPES);
export type AuditTargetType = z.infer<typeof auditTargetTypeSchema>;

export const auditQuerySchema = z.object(pageQueryFields());

export const auditEventSchema = z.object({
  id: idSchema,
  action: auditActionSchema,
  createdAt: isoDateTime,
  /** The address the request came from. */
  ip: z.string().nullable(),
  /** Who did it; null when the account no longer exists. */
  actor: z.object({ id: idSchema, name: z.string() }).nullable(),
  /**
   * What it was done to. `name` is a person's name (user) or the invited address (invitation);
   * `pair` names the two people of a 1:1 (metadata admins may see, P3). Nothing else is shown.
   */
  target: z
    .object({
      type: auditTargetTypeSchema,
      id: idSchema,
      name: z.string().nullable(),
      pair: z.object({ leaderName: z.string(), teammateName: z.string() }).nullable(),
    })
    .nullable(),
  /** Role, status or manager (by name) before and after, for member changes. */
  change: z.object({ from: z.string().nullable(), to: z.string().nullable() }).nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListSchema = z.object({
  events: z.array(auditEventSchema),
  nextCursor: z.string().nullable(),
});
export type AuditList = z.infer<typeof auditListSchema>;
