import { createTranslator } from "../../shared/i18n/translate.js";
import type { Locale } from "../../shared/schemas/common.js";
import type { Deps } from "../context.js";
import { computeCadenceHealth, type HealthMeeting } from "../modules/insights/cadence-health.js";
import { healthSeriesOf, loadPairHistory } from "../modules/insights/insights.service.js";
import { enqueueEmail } from "../modules/outbox/outbox.service.js";
import { renderEmail } from "../modules/outbox/render-email.js";

/**
 * Nudges a leader once per overdue stretch: when the gap since the last held
 * 1:1 passes 1.5 × the cadence. The next held meeting starts a new stretch.
 */
export async function sendOverdueNudges(deps: Deps): Promise<number> {
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const series = await db
    .selectFrom("oneOnOnes")
    .innerJoin("users as leader", "leader.id", "oneOnOnes.leaderId")
    .innerJoin("users as teammate", "teammate.id", "oneOnOnes.teammateId")
    .selectAll("oneOnOnes")
    .select(["leader.email as leaderEmail", "leader.locale as leaderLocale", "teammate.name as teammateName"])
    .where("oneOnOnes.status", "=", "active")
    .where("oneOnOnes.cadenceFrequency", "!=", "none")
    .execute();
  if (series.length === 0) return 0;
  const { meetings } = await loadPairHistory(
    db,
    series.map((s) => s.id),
  );
  let sent = 0;
  for (const s of series) {
    const mine = meetings.filter((m) => m.oneOnOneId === s.id) as Array<HealthMeeting & { id: string }>;
    const health = computeCadenceHealth(healthSeriesOf(s), mine, now);
    if (!health.overdue) continue;
    const lastHeld = [...mine].reverse().find((m) => m.status === "completed");
    const locale = s.leaderLocale as Locale;
    const t = createTranslator(locale);
    const params = {
      name: s.teammateName,
      days: health.daysSinceLast ?? Math.floor((now.getTime() - new Date(s.firstMeetingAt).getTime()) / 86_400_000),
    };
    const id = await enqueueEmail(deps, {
      organizationId: s.organizationId,
      kind: "nudge",
      idempotencyKey: `nudge:${s.id}:${lastHeld?.id ?? "never"}`,
      toUserId: s.leaderId,
      preference: "nudges",
      email: renderEmail(s.leaderEmail, {
        locale,
        subject: t("email.nudge.subject", params),
        paragraphs: [
          t("email.nudge.body", params),
          t("email.preferences", { url: `${deps.config.appUrl}/settings#notifications` }),
        ],
        cta: { label: t("email.nudge.cta"), url: `${deps.config.appUrl}/one-on-ones/${s.id}` },
      }),
    });
    if (id) sent++;
  }
  return sent;
}
