import type { Generated } from "kysely";

/**
 * Table types. Timestamps are ISO-8601 UTC strings and booleans are 0/1
 * integers on both engines (see docs/decisions/0002-portable-column-types.md).
 */
export interface OrganizationsTable {
  id: string;
  name: string;
  defaultLocale: string;
  defaultTimezone: string;
  createdAt: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  locale: string;
  timezone: string;
  createdAt: string;
  updatedAt: string;
}

export interface MembershipsTable {
  organizationId: string;
  userId: string;
  role: "owner" | "admin" | "member";
  status: "active" | "deactivated";
  managerId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface InvitationsTable {
  id: string;
  organizationId: string;
  email: string;
  name: string | null;
  role: "owner" | "admin" | "member";
  managerId: string | null;
  tokenHash: string;
  invitedBy: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface SessionsTable {
  id: string;
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiTokensTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditEventsTable {
  id: string;
  organizationId: string | null;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  metadata: string | null;
  createdAt: string;
}

export interface OutboxMessagesTable {
  id: string;
  organizationId: string | null;
  toEmail: string;
  kind: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  idempotencyKey: string;
  status: "pending" | "sent" | "failed" | "logged";
  attempts: Generated<number>;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface RateLimitsTable {
  key: string;
  windowStart: string;
  count: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  organizations: OrganizationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  auditEvents: AuditEventsTable;
  outboxMessages: OutboxMessagesTable;
  rateLimits: RateLimitsTable;
  settings: SettingsTable;
}
