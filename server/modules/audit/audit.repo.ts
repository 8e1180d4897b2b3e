import type { Kysely, Transaction } from "kysely";
import type { Clock } from "../../clock.js";
import { newId } from "../../db/ids.js";
import type { Database } from "../../db/schema.js";

export type AuditAction =
  | "sign_in.success"
  | "sign_in.failure"
  | "sign_up"
  | "sign_out"
  | "password.changed"
  | "token.created"
  | "token.revoked"
  | "invitation.created"
  | "invitation.revoked"
  | "invitation.resent"
  | "invitation.accepted"
  | "member.role_changed"
  | "member.manager_changed"
  | "member.status_changed"
  | "sso.configured"
  | "sso.removed"
  | "sso.sign_in.failure";

export interface AuditEntry {
  organizationId?: string | null;
  actorUserId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  metadata?: Record<string, unknown>;
}

/** Records a security-relevant event. Never pass content (notes, bodies) in metadata. */
export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  clock: Clock,
  entry: AuditEntry,
): Promise<void> {
  await db
    .insertInto("auditEvents")
    .values({
      id: newId(),
      organizationId: entry.organizationId ?? null,
      actorUserId: entry.actorUserId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.ip ?? null,
      metadata: entry.metadata ? JSON.stringify(entry.metadata) : null,
      createdAt: clock.now().toISOString(),
    })
    .execute();
}
