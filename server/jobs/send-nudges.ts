import { createTranslator } from "../../shared/i18n/translate.js";
import type { Locale } from "../../shared/schemas/common.js";
import type { Deps } from "../context.js";
import { computeCadenceHealth, type HealthMeeting } from "../modules/insights/cadence-health.js";
import { healthSeriesOf, loadPairHistory } from "../modules/insights/insights.service.js";
import { enqueueEmail } from "../modules/outbox/outbox.service.js";
import { renderEmail } from "../modules/outbox/render-email.js";

/** Pairs whose histories are read at once; a company has thousands. */
const NUDGE_BATCH = 200;

/** Active series with a cadence, with what a nudge e-mail needs. */
function nudgeCandidates(deps: Deps) {
  return deps.db.kysely
    .selectFrom("oneOnOnes")
    .innerJoin("users as leader", "leader.id", "oneOnOnes.leaderId")
    .innerJoin("users as teammate", "teammate.id", "oneOnOnes.teammateId")
    .selectAll("oneOnOnes")
    .select(["leader.email as leaderEmail", "leader.locale as leaderLocale", "teammate.name as teammateName"])
    .where("oneOnOnes.status", "=", "active")
    .where("oneOnOnes.cadenceFrequency", "!=", "none")
    .execute();
}

type NudgeSeries = Awaited<ReturnType<typeof nudgeCandidates>>[number];

/**
 * Nudges a leader once per overdue stretch: when the gap since the last held
 * 1:1 passes 1.5 × the cadence. The next held meeting starts a new stretch.
 */
export async function sendOverdueNudges(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const series = await nudgeCandidates(deps);
  let sent = 0;
  for (let start = 0; start < series.length; start += NUDGE_BATCH) {
    const batch = series.slice(start, start + NUDGE_BATCH);
    const { meetings } = await loadPairHistory(
      deps.db.kysely,
      batch.map((s) => s.id),
      { moods: false, ratings: false },
    );
    const bySeries = new Map<string, Array<HealthMeeting & { id: string }>>();
    for (const m of meetings) {
      const list = bySeries.get(m.oneOnOneId) ?? [];
      list.push(m);
      bySeries.set(m.oneOnOneId, list);
    }
    for (const s of batch) sent += await nudgeIfOverdue(deps, s, bySeries.get(s.id) ?? [], now);
  }
  return sent;
}

/** Sends the leader of one series a nudge if it is overdue (once per stretch); 1 when one was queued. */
async function nudgeIfOverdue(
  deps: Deps,
  s: NudgeSeries,
  mine: Array<HealthMeeting & { id: string }>,
  now: Date,
): Promise<number> {
  const health = computeCadenceHealth(healthSeriesOf(s), mine, now);
  if (!health.overdue) return 0;
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
  return id ? 1 : 0;
}
