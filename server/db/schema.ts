import type { Generated } from "kysely";
import type { Locale } from "../../shared/schemas/common.js";
import type { IntegrationTables } from "./schema-integrations.js";

/**
 * Table types. Timestamps are ISO-8601 UTC strings and booleans are 0/1
 * integers on both engines (see docs/decisions/0002-portable-column-types.md).
 */
export interface OrganizationsTable {
  id: string;
  name: string;
  defaultLocale: Locale;
  defaultTimezone: string;
  createdAt: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  locale: Locale;
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
  /** Start of the current active period; null: since createdAt. Finished periods are in membershipPeriods. */
  activeSince: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The mood and rating averages of a closed month as first published (JSON of PublishedAverage by group). */
export interface AggregateSnapshotsTable {
  organizationId: string;
  periodFrom: string;
  figures: string;
  createdAt: string;
}

/** A finished period in which a person was an active member of a workspace (the audit log keeps to these). */
export interface MembershipPeriodsTable {
  id: string;
  organizationId: string;
  userId: string;
  startedAt: string;
  endedAt: string;
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
  /** `set_password`: the link an import issued for one imported account (`userId`) to choose its first password. */
  purpose: Generated<"invitation" | "set_password">;
  /** The account a set-password link is bound to; null for invitations. */
  userId: string | null;
}

export interface SessionsTable {
  id: string;
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  /** The one workspace a sign-in through that workspace's identity provider reaches; null reaches all. */
  organizationId: string | null;
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
  /** Space-separated `TokenScope`s, e.g. "read" or "read write". */
  scopes: Generated<string>;
  /** The one workspace the token reaches, when a session held to it minted the token (ADR 0017); null reaches all. */
  organizationId: string | null;
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
  status: "pending" | "sending" | "sent" | "failed" | "logged";
  attempts: Generated<number>;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  /** When a pending or failed message may be tried (again). */
  nextAttemptAt: string | null;
  /** A claim: the node sending it holds it until then. */
  lockedUntil: string | null;
  toUserId: string | null;
  /** A calendar invitation sent with the message (REQUEST or CANCEL). */
  icsMethod: string | null;
  icsContent: string | null;
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

export interface TemplatesTable {
  id: string;
  organizationId: string;
  ownerId: string | null;
  scope: "organization" | "personal";
  name: string;
  /** JSON array of {key, title, minutes, prompts}. */
  sections: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OneOnOnesTable {
  id: string;
  organizationId: string;
  leaderId: string;
  teammateId: string;
  kind: "manager" | "skip-level" | "mentor" | "peer";
  cadenceFrequency: "weekly" | "biweekly" | "every_n_weeks" | "monthly_nth_weekday" | "none";
  cadenceInterval: number | null;
  cadenceWeekday: string | null;
  cadenceNth: number | null;
  firstMeetingAt: string;
  /** Where the current cadence rule starts; moves when the cadence changes so past meetings stay put. */
  anchorAt: string;
  timezone: string;
  durationMinutes: number;
  templateId: string | null;
  status: "active" | "paused" | "ended";
  reminderMinutesBefore: Generated<number>;
  /** Bumped whenever the schedule changes, for calendar clients (RFC 5545 SEQUENCE). */
  sequence: Generated<number>;
  /** 1 when the teammate shares their "was this useful?" ratings with the leader; off (0) by default. */
  teammateSharesRatings: Generated<number>;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface MeetingsTable {
  id: string;
  oneOnOneId: string;
  organizationId: string;
  scheduledAt: string;
  originalScheduledAt: string | null;
  durationMinutes: number;
  status: "scheduled" | "completed" | "canceled";
  /** Null when the snapshot is the default template, which is shown in each viewer's language. */
  templateId: string | null;
  templateName: string;
  /** JSON snapshot of the template sections the meeting was created with. */
  sections: string;
  startedAt: string | null;
  completedAt: string | null;
  canceledAt: string | null;
  cancelReason: string | null;
  rescheduleReason: string | null;
  sequence: Generated<number>;
  /** The scheduledAt the pre-meeting reminder went out for; a moved meeting gets a new one. */
  remindedFor: string | null;
  /** When its shared notes, next steps or ticks last changed after it was completed. */
  editedAfterAt: Generated<string | null>;
  createdAt: string;
  updatedAt: string;
  /** The section both people are on while the meeting runs (null: the first, timed from startedAt). */
  sectionKey: string | null;
  sectionStartedAt: string | null;
  /** When the section clock was paused; null while it runs. */
  sectionPausedAt: string | null;
}

/** When a participant was last connected to a meeting's page (written at most once a minute). */
export interface MeetingPresenceTable {
  meetingId: string;
  userId: string;
  lastSeenAt: string;
}

export interface StandingItemsTable {
  id: string;
  oneOnOneId: string;
  sectionKey: string;
  authorId: string;
  body: string;
  createdAt: string;
  removedAt: string | null;
}

export interface AgendaItemsTable {
  id: string;
  meetingId: string;
  oneOnOneId: string;
  sectionKey: string;
  authorId: string;
  body: string;
  position: number;
  discussed: Generated<number>;
  carriedFromId: string | null;
  standingItemId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change, for optimistic concurrency (default 0). */
  version: Generated<number>;
}

export interface NotesTable {
  id: string;
  meetingId: string;
  kind: "shared" | "private";
  /** "shared", or the author's user id for a private note. */
  ownerKey: string;
  authorId: string | null;
  body: string;
  version: number;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** The Yjs document of a shared note (binary update); null until first opened live, and for private notes. */
  yState: Uint8Array | null;
}

export interface ActionItemsTable {
  id: string;
  oneOnOneId: string;
  meetingId: string;
  ownerId: string;
  title: string;
  dueDate: string | null;
  status: "open" | "done" | "dropped";
  completedAt: string | null;
  goalId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change, for optimistic concurrency (default 0). */
  version: Generated<number>;
}

export interface RatingsTable {
  meetingId: string;
  userId: string;
  score: number;
  createdAt: string;
  updatedAt: string;
}

export interface CheckInsTable {
  meetingId: string;
  oneOnOneId: string;
  userId: string;
  mood: number;
  energy: number | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FeedbackTable {
  id: string;
  oneOnOneId: string;
  meetingId: string;
  fromUserId: string;
  toUserId: string;
  kind: "praise" | "improvement" | "upward";
  body: string;
  example: string | null;
  createdAt: string;
}

export interface GoalsTable {
  id: string;
  oneOnOneId: string;
  teammateId: string;
  title: string;
  why: string | null;
  targetDate: string | null;
  status: "active" | "achieved" | "dropped";
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface GoalProgressTable {
  id: string;
  goalId: string;
  meetingId: string | null;
  authorId: string;
  body: string;
  createdAt: string;
}

export interface CalendarFeedsTable {
  userId: string;
  version: number;
  rotatedAt: string;
}

export interface NotificationPreferencesTable {
  userId: string;
  reminders: Generated<number>;
  recaps: Generated<number>;
  digest: Generated<number>;
  nudges: Generated<number>;
  updatedAt: string;
}

export type * from "./schema-integrations.js";

export interface Database extends IntegrationTables {
  organizations: OrganizationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  membershipPeriods: MembershipPeriodsTable;
  aggregateSnapshots: AggregateSnapshotsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  auditEvents: AuditEventsTable;
  outboxMessages: OutboxMessagesTable;
  rateLimits: RateLimitsTable;
  settings: SettingsTable;
  templates: TemplatesTable;
  oneOnOnes: OneOnOnesTable;
  meetings: MeetingsTable;
  meetingPresence: MeetingPresenceTable;
  standingItems: StandingItemsTable;
  agendaItems: AgendaItemsTable;
  notes: NotesTable;
  actionItems: ActionItemsTable;
  ratings: RatingsTable;
  checkIns: CheckInsTable;
  feedback: FeedbackTable;
  goals: GoalsTable;
  goalProgress: GoalProgressTable;
  calendarFeeds: CalendarFeedsTable;
  notificationPreferences: NotificationPreferencesTable;
}
