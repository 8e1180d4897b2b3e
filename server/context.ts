import type { FastifyBaseLogger } from "fastify";
import type { Locale } from "../shared/schemas/common.js";
import type { Clock } from "./clock.js";
import type { Config } from "./config.js";
import type { Db } from "./db/database.js";
import type { RateLimitRule } from "./http/rate-limit.js";
import type { LiveHub } from "./live/hub.js";
import type { Mailer } from "./modules/outbox/mailer.js";

export interface RateLimits {
  loginPerIp: RateLimitRule;
  /** Password attempts for one e-mail from one address: the lockout a guesser meets (ADR 0014). */
  loginPerEmailAndIp: RateLimitRule;
  /** Password attempts for one e-mail from anywhere: a much higher count, a longer back-off. */
  loginPerEmail: RateLimitRule;
  /** Password confirmations of a signed-in person (sudo mode, password change). */
  passwordConfirmPerUser: RateLimitRule;
  signupPerIp: RateLimitRule;
  signupPerEmail: RateLimitRule;
  invitationAcceptPerIp: RateLimitRule;
  /** Invitations sent (or resent) by a workspace with fewer than three active members, per hour. */
  invitationsPerNewWorkspace: RateLimitRule;
  /** Invitations sent (or resent) by a workspace once three or more people are active in it, per hour. */
  invitationsPerWorkspace: RateLimitRule;
  /** Invitations sent (or resent) by one person, across all their workspaces, per hour. */
  invitationsPerInviter: RateLimitRule;
}

export const defaultRateLimits: RateLimits = {
  loginPerIp: { limit: 30, windowSeconds: 15 * 60 },
  loginPerEmailAndIp: { limit: 10, windowSeconds: 15 * 60 },
  loginPerEmail: { limit: 100, windowSeconds: 60 * 60 },
  passwordConfirmPerUser: { limit: 10, windowSeconds: 15 * 60 },
  signupPerIp: { limit: 20, windowSeconds: 60 * 60 },
  signupPerEmail: { limit: 5, windowSeconds: 60 * 60 },
  invitationAcceptPerIp: { limit: 20, windowSeconds: 15 * 60 },
  invitationsPerNewWorkspace: { limit: 20, windowSeconds: 60 * 60 },
  invitationsPerWorkspace: { limit: 200, windowSeconds: 60 * 60 },
  invitationsPerInviter: { limit: 200, windowSeconds: 60 * 60 },
};

/** The DNS answers services need: TXT records (domain verification) and addresses (outbound address guard). */
export interface DnsResolver {
  resolveTxt(name: string): Promise<string[][]>;
  lookup(hostname: string): Promise<Array<{ address: string; family: number }>>;
}

/** What services need from the outside world; passed explicitly, never imported. */
export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  mailer: Mailer;
  log: FastifyBaseLogger;
  rateLimits: RateLimits;
  /** log2 of the scrypt cost; lowered only in tests. */
  passwordCost: number;
  /** The server secret (SESSION_SECRET or the stored one): signs cookies and calendar feed URLs. */
  secret: string;
  /** Live meeting pages: events, shared-notes documents, presence. */
  live: LiveHub;
  /** DNS, injectable so tests can publish TXT records and point names at any address. */
  dns: DnsResolver;
}

/** The signed-in caller. */
export interface Actor {
  userId: string;
  via: "session" | "token";
  sessionId: string | null;
  tokenId: string | null;
  /** When the session's sign-in happened (sessions only): recent sign-ins may do sensitive things. */
  signedInAt: string | null;
  /** A session from a workspace's identity provider reaches that workspace only (P7); null: no such limit. */
  organizationScope: string | null;
  /** The browser tab the request came from (`x-rapport-client`), so live events don't echo back to it. */
  client: string | null;
  /** The caller's language, read with the credential: what the server writes for them (templates, recaps) speaks it. */
  locale: Locale;
}

/** Request facts a service may record (audit, rate limits) without seeing HTTP objects. */
export interface RequestMeta {
  ip: string;
  userAgent: string | null;
  /** SHA-256 of the session token the browser presented, if any: signing in ends that session. */
  presentedSessionHash?: string | null;
}
