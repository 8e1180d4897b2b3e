import { z } from "zod";
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

export const userSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
  timezone: z.string(),
  createdAt: isoDateTime,
});
export type User = z.infer<typeof userSchema>;

export const organizationSchema = z.object({
  id: idSchema,
  name: z.string(),
  defaultLocale: localeSchema,
  defaultTimezone: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const signupBodySchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema,
  organizationName: nameSchema,
  locale: localeSchema.optional(),
  timezone: timezoneSchema.optional(),
});
export type SignupBody = z.infer<typeof signupBodySchema>;

export const signupResponseSchema = z.object({ user: userSchema, organization: organizationSchema });

export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBodySchema>;
export const userResponseSchema = z.object({ user: userSchema });

export const membershipSchema = z.object({
  organization: organizationSchema,
  role: roleSchema,
  managerId: idSchema.nullable(),
  status: membershipStatusSchema,
});
export type Membership = z.infer<typeof membershipSchema>;

export const meResponseSchema = z.object({ user: userSchema, memberships: z.array(membershipSchema) });
export type MeResponse = z.infer<typeof meResponseSchema>;

export const updateMeBodySchema = patchBodySchema({ name: nameSchema, locale: localeSchema, timezone: timezoneSchema });
export type UpdateMeBody = z.infer<typeof updateMeBodySchema>;

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
