import { DateTime } from "luxon";
import { createTranslator } from "../../shared/i18n/translate.js";
import type { Deps } from "../context.js";
import { listOpenActionsForDigest } from "../modules/actions/digest.repo.js";
import { enqueueEmail } from "../modules/outbox/outbox.service.js";
import { renderEmail } from "../modules/outbox/render-email.js";

/**
 * On Monday from 08:00 in each person's own time zone, sends one digest of
 * the open and overdue actions they own (none when they have none).
 */
export async function sendWeeklyDigests(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const rows = await listOpenActionsForDigest(deps.db.kysely);
  const byOwner = new Map<string, typeof rows>();
  for (const r of rows) byOwner.set(r.ownerId, [...(byOwner.get(r.ownerId) ?? []), r]);
  let sent = 0;
  for (const [ownerId, actions] of byOwner) {
    const first = actions[0] as (typeof actions)[number];
    const local = DateTime.fromJSDate(now, { zone: first.timezone });
    if (local.weekday !== 1 || local.hour < 8) continue;
    const locale = first.locale;
    const t = createTranslator(locale);
    const today = local.toISODate() as string;
    const line = (a: (typeof actions)[number]) =>
      `• ${a.title}${a.dueDate ? ` (${t("email.digest.due", { date: a.dueDate })})` : ""}`;
    const overdue = actions.filter((a) => a.dueDate !== null && a.dueDate < today);
    const open = actions.filter((a) => !overdue.includes(a));
    const paragraphs = [
      t("email.digest.intro"),
      ...(overdue.length ? [`${t("email.digest.overdue")}\n${overdue.map(line).join("\n")}`] : []),
      ...(open.length ? [`${t("email.digest.open")}\n${open.map(line).join("\n")}`] : []),
      t("email.preferences", { url: `${deps.config.appUrl}/settings#notifications` }),
    ];
    const id = await enqueueEmail(deps, {
      organizationId: first.organizationId,
      kind: "digest",
      idempotencyKey: `digest:${ownerId}:${today}`,
      toUserId: ownerId,
      preference: "digest",
      email: renderEmail(first.email, {
        locale,
        subject: t("email.digest.subject"),
        paragraphs,
        cta: { label: t("email.digest.cta"), url: `${deps.config.appUrl}/` },
      }),
    });
    if (id) sent++;
  }
  return sent;
}
