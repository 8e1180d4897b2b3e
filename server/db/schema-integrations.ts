import type { Generated } from "kysely";

/** Tables of the integrations: webhooks (migration 0012) and single sign-on (migration 0013). */

export interface WebhookEndpointsTable {
  id: string;
  organizationId: string;
  url: string;
  description: Generated<string>;
  /** JSON array of event types. */
  events: string;
  enabled: Generated<number>;
  secretVersion: Generated<number>;
  /** The secret before the last rotation, still signing until `previousSecretExpiresAt`. */
  previousSecretVersion: number | null;
  previousSecretExpiresAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  endpointId: string;
  organizationId: string;
  eventId: string;
  eventType: string;
  /** The exact JSON body sent on every attempt. */
  payload: string;
  status: "pending" | "sending" | "delivered" | "failed";
  attempts: Generated<number>;
  /** When a pending or failed delivery may be tried (again); null once it gave up. */
  nextAttemptAt: string | null;
  /** A claim: the process sending it holds it until then. */
  lockedUntil: string | null;
  lastAttemptAt: string | null;
  responseStatus: number | null;
  /** The start of the receiver's answer, truncated. */
  responseBody: string | null;
  lastError: string | null;
  durationMs: number | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface SsoConfigsTable {
  organizationId: string;
  issuerUrl: string;
  clientId: string;
  /** The client secret sealed with AES-256-GCM (see modules/sso/secret-box.ts). */
  clientSecretSealed: string;
  emailDomain: string;
  enabled: Generated<number>;
  createdAt: string;
  updatedAt: string;
  /** The value to publish as `rapport-domain-verification=<token>` in a DNS TXT record of the domain. */
  domainVerificationToken: string | null;
  /** The e-mail domain once its TXT record was found (unique); null: unverified, routes nobody. */
  verifiedDomain: string | null;
  domainVerifiedAt: string | null;
}

/** A person's identity at a workspace's provider, linked to their account (P7). */
export interface SsoIdentitiesTable {
  id: string;
  organizationId: string;
  issuer: string;
  subject: string;
  userId: string;
  email: string;
  createdAt: string;
  confirmedAt: string;
}

/** A provider's identity waiting for the existing account's owner to confirm with their password. */
export interface SsoPendingLinksTable {
  id: string;
  tokenHash: string;
  organizationId: string;
  userId: string;
  issuer: string;
  subject: string;
  email: string;
  createdAt: string;
  expiresAt: string;
}

export interface SsoLoginAttemptsTable {
  id: string;
  stateHash: string;
  organizationId: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string | null;
  createdAt: string;
  expiresAt: string;
}

/** The integration tables, as the database lists them. */
export interface IntegrationTables {
  webhookEndpoints: WebhookEndpointsTable;
  webhookDeliveries: WebhookDeliveriesTable;
  ssoConfigs: SsoConfigsTable;
  ssoLoginAttempts: SsoLoginAttemptsTable;
  ssoIdentities: SsoIdentitiesTable;
  ssoPendingLinks: SsoPendingLinksTable;
}
