import { z } from "zod";
import { ERROR_CODES } from "../errors.js";
import { type Locale, SUPPORTED_LOCALES } from "../i18n/locales.js";
import { currentZoneName } from "../time-zones.js";

/** Locales the product ships in; the first is the fallback. */
export const LOCALES = SUPPORTED_LOCALES;
export type { Locale };
export const localeSchema = z.enum(LOCALES);

/** True when the runtime knows the IANA time zone name. */
export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone; a legacy alias (Asia/Calcutta) is stored under its current name (Asia/Kolkata). */
export const timezoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { message: "Unknown time zone" })
  .transform(currentZoneName);

export const idSchema = z.string().min(1).max(64);
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .email()
  .transform((v) => v.toLowerCase());
export const passwordSchema = z.string().min(8, "At least 8 characters").max(200);
export const nameSchema = z.string().trim().min(1).max(120);
export const isoDateTime = z.string();

export const roleSchema = z.enum(["owner", "admin", "member"]);
export type Role = z.infer<typeof roleSchema>;
export const membershipStatusSchema = z.enum(["active", "deactivated"]);
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;

export const errorResponseSchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string(), field: z.string().optional() }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/**
 * The query fields of a list read a page at a time, newest first: `before`, an ISO timestamp or the `nextCursor`
 * of the previous page, and `limit`, how many (1 to 100).
 */
export const pageQueryFields = (defaultLimit = 50) => ({
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(defaultLimit),
});

/** A PATCH body: any of these fields, and at least one of them. */
export const patchBodySchema = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z
    .object(shape)
    .partial()
    .refine((v) => Object.keys(v).length > 0, { message: "Nothing to update" });

export const orgParamsSchema = z.object({ orgId: idSchema });
