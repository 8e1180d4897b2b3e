import type { Actor, Deps } from "../../context.js";
import { findNotificationPreferences, saveNotificationPreferences } from "./outbox.repo.js";

export const NOTIFICATION_KINDS = ["reminders", "recaps", "digest", "nudges"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationPreferences = Record<NotificationKind, boolean>;

const DEFAULTS: NotificationPreferences = { reminders: true, recaps: true, digest: true, nudges: true };

async function load(deps: Deps, userId: string): Promise<NotificationPreferences> {
  const row = await findNotificationPreferences(deps.db.kysely, userId);
  if (!row) return { ...DEFAULTS };
  return {
    reminders: Boolean(row.reminders),
    recaps: Boolean(row.recaps),
    digest: Boolean(row.digest),
    nudges: Boolean(row.nudges),
  };
}

/** True unless the user turned this kind of e-mail off. */
export async function wantsEmail(deps: Deps, userId: string, kind: NotificationKind): Promise<boolean> {
  return (await load(deps, userId))[kind];
}

/** The caller's e-mail preferences (all on by default). */
export const getPreferences = (deps: Deps, actor: Actor) => load(deps, actor.userId);

/** Turns kinds of e-mail on or off for the caller. */
export async function updatePreferences(
  deps: Deps,
  actor: Actor,
  patch: Partial<NotificationPreferences>,
): Promise<NotificationPreferences> {
  const next = { ...(await load(deps, actor.userId)), ...patch };
  const row = {
    userId: actor.userId,
    reminders: next.reminders ? 1 : 0,
    recaps: next.recaps ? 1 : 0,
    digest: next.digest ? 1 : 0,
    nudges: next.nudges ? 1 : 0,
    updatedAt: deps.clock.now().toISOString(),
  };
  await saveNotificationPreferences(deps.db.kysely, row);
  return next;
}
