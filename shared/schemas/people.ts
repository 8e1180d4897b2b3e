import { z } from "zod";
import { organizationSchema, userSchema } from "./auth.js";
import {
  emailSchema,
  idSchema,
  isoDateTime,
  localeSchema,
  membershipStatusSchema,
  nameSchema,
  passwordSchema,
  patchBodySchema,
  roleSchema,
  timezoneSchema,
} from "./common.js";

export const personSchema = z.object({
  userId: idSchema,
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  managerId: idSchema.nullable(),
  status: membershipStatusSchema,
  joinedAt: isoDateTime,
});
export type Person = z.infer<typeof personSchema>;
export const peopleResponseSchema = z.object({ people: z.array(personSchema) });

export const personParamsSchema = z.object({ orgId: idSchema, userId: idSchema });
export const updatePersonBodySchema = patchBodySchema({
  role: roleSchema,
  managerId: idSchema.nullable(),
  status: membershipStatusSchema,
});
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;
export const personResponseSchema = z.object({ person: personSchema });

export const createInvitationBodySchema = z.object({
  email: emailSchema,
  name: nameSchema.optional(),
  role: roleSchema.default("member"),
  managerId: idSchema.nullable().optional(),
});
export type CreateInvitationBody = z.input<typeof createInvitationBodySchema>;

/** `set_password`: the link an import issued for an imported account to choose its first password (P7). */
export const invitationPurposeSchema = z.enum(["invitation", "set_password"]);
export const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string().nullable(),
  role: roleSchema,
  managerId: idSchema.nullable(),
  expiresAt: isoDateTime,
  createdAt: isoDateTime,
  purpose: invitationPurposeSchema,
});
export type Invitation = z.infer<typeof invitationSchema>;
/**
 * What became of the e-mail carrying a link: handed to the SMTP server (`sent`), waiting for a retry
 * after SMTP failed (`queued`), or kept in the outbox only because the instance has no SMTP (`not_sent`).
 */
export const emailDeliverySchema = z.enum(["sent", "queued", "not_sent"]);
export type EmailDelivery = z.infer<typeof emailDeliverySchema>;
/** `acceptUrl` is null for a set-password link: it goes to the person's mailbox only, never to an admin. */
export const createdInvitationSchema = invitationSchema.extend({
  acceptUrl: z.string().nullable(),
  emailDelivery: emailDeliverySchema,
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;
export const invitationListSchema = z.object({ invitations: z.array(invitationSchema) });
export const invitationParamsSchema = z.object({ orgId: idSchema, invitationId: idSchema });

export const invitationTokenParamsSchema = z.object({ token: z.string().min(10).max(200) });
export const invitationPreviewSchema = z.object({
  email: z.string(),
  name: z.string().nullable(),
  organization: z.object({ name: z.string() }),
  inviterName: z.string(),
  expiresAt: isoDateTime,
  existingAccount: z.boolean(),
  purpose: invitationPurposeSchema,
  /** Why accepting would be refused, said before the person types anything. */
  blockedReason: z.enum(["account_awaiting_first_password"]).nullable(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/**
 * `name` is required for a new account; an existing account keeps its name and signs in with its password.
 * `locale` and `timezone` are a new account's own (the page offers the browser's); else it gets the workspace's.
 */
export const acceptInvitationBodySchema = z.object({
  name: nameSchema.optional(),
  password: passwordSchema,
  locale: localeSchema.optional(),
  timezone: timezoneSchema.optional(),
});
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;
export const acceptInvitationResponseSchema = z.object({
  user: userSchema,
  organization: organizationSchema,
});
