import { z } from "zod";
import { emailSchema, idSchema, isoDateTime } from "./common.js";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** An issuer URL: https, or http on loopback only (a provider running on the same machine, as in tests). */
export const issuerUrlSchema = z
  .string()
  .trim()
  .max(500)
  .url()
  .refine(
    (value) => {
      // Zod runs this even when .url() has already failed: an unparsable value is simply not acceptable.
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      if (url.search || url.hash) return false;
      return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
    },
    { message: "must be an https URL without query or fragment" },
  )
  .transform((value) => value.replace(/\/$/, ""));

/** A DNS domain such as example.com, stored lower-case. */
export const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "must be a domain such as example.com");

/** A workspace's identity provider as admins see it; the client secret itself is never sent back. */
export const ssoConfigSchema = z.object({
  issuerUrl: z.string(),
  clientId: z.string(),
  clientSecretSet: z.boolean(),
  emailDomain: z.string(),
  /** When the domain's DNS TXT record was found; null: unverified, so the domain routes nobody and creates no accounts. */
  domainVerifiedAt: isoDateTime.nullable(),
  /** The TXT record to publish on the domain to verify it. */
  domainTxtRecord: z.string(),
  enabled: z.boolean(),
  updatedAt: isoDateTime,
});
export type SsoConfig = z.infer<typeof ssoConfigSchema>;

export const ssoSettingsResponseSchema = z.object({
  sso: ssoConfigSchema.nullable(),
  /** The redirect URI to register with the identity provider. */
  redirectUri: z.string(),
});
export type SsoSettingsResponse = z.infer<typeof ssoSettingsResponseSchema>;

export const putSsoConfigBodySchema = z.object({
  issuerUrl: issuerUrlSchema,
  clientId: z.string().trim().min(1).max(300),
  /** Required the first time; leave out to keep the stored one. */
  clientSecret: z.string().min(1).max(2000).optional(),
  emailDomain: emailDomainSchema,
  enabled: z.boolean(),
  /** Needed unless the session signed in within the last 15 minutes. */
  currentPassword: z.string().min(1).max(200).optional(),
});
export type PutSsoConfigBody = z.infer<typeof putSsoConfigBodySchema>;

/** A change that needs a recent sign-in: the current password, unless the session signed in within 15 minutes. */
export const ssoSudoBodySchema = z.object({ currentPassword: z.string().min(1).max(200).optional() }).nullish();
export type SsoSudoBody = z.infer<typeof ssoSudoBodySchema>;

/** A provider's sign-in waiting for the existing account's owner to confirm with their password. */
export const ssoPendingLinkResponseSchema = z.object({ organizationName: z.string(), email: z.string() });
export type SsoPendingLinkResponse = z.infer<typeof ssoPendingLinkResponseSchema>;

/** The account's password, to confirm linking the workspace's sign-in to it. */
export const ssoConfirmLinkBodySchema = z.object({ password: z.string().min(1).max(200) });
export type SsoConfirmLinkBody = z.infer<typeof ssoConfirmLinkBodySchema>;

/** Where to start: a workspace, or a work e-mail whose domain picks the workspace. */
export const ssoStartQuerySchema = z.object({
  orgId: idSchema.optional(),
  email: emailSchema.optional(),
  /** A path of this app to land on afterwards. */
  next: z.string().max(500).optional(),
});
export type SsoStartQuery = z.infer<typeof ssoStartQuerySchema>;

export const ssoCallbackQuerySchema = z.record(z.string(), z.string());

export { SSO_ERROR_CODES, type SsoErrorCode } from "../sso-errors.js";
