import { createTranslator } from "../../shared/i18n/translate.js";
import { cadencePeriodDays } from "../../shared/schemas/cadence.js";
import type { Locale } from "../../shared/schemas/common.js";
import type { Deps } from "../context.js";
import { cadenceOf } from "../modules/one-on-ones/series-cadence.js";
import { isActiveMemberOf } from "../modules/organizations/membership-policy.js";
import { enqueueEmail } from "../modules/outbox/outbox.service.js";
import { plainName, renderEmail } from "../modules/outbox/render-email.js";

/** Pairs looked at per query; the sweep yields to requests between batches. */
const NUDGE_BATCH = 200;
const DAY_MS = 86_400_000;

/**
 * Active series with a cadence whose two people are both still active members of
 * the workspace (nobody is nudged about, or by way of, someone who left), with
 * what a nudge e-mail needs.
 */
function nudgeCandidates(deps: Deps) {
  return deps.db.kysely
    .selectFrom("oneOnOnes")
    .innerJoin("users as leader", "leader.id", "oneOnOnes.leaderId")
    .innerJoin("users as teammate", "teammate.id", "oneOnOnes.teammateId")
    .selectAll("oneOnOnes")
    .select(["leader.email as leaderEmail", "leader.locale as leaderLocale", "teammate.name as teammateName"])
    .where("oneOnOnes.status", "=", "active")
    .where("oneOnOnes.cadenceFrequency", "!=", "none")
    .where((eb) => isActiveMemberOf(eb, "oneOnOnes.organizationId", eb.ref("oneOnOnes.leaderId")))
    .where((eb) => isActiveMemberOf(eb, "oneOnOnes.organizationId", eb.ref("oneOnOnes.teammateId")))
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
    // Overdue needs only the last held 1:1 of each pair: one aggregate, not two years of meetings.
    const lastHeld = await deps.db.kysely
      .selectFrom("meetings")
      .select(["oneOnOneId", (eb) => eb.fn.max("scheduledAt").as("lastHeldAt")])
      .where(
        "oneOnOneId",
        "in",
        batch.map((s) => s.id),
      )
      .where("status", "=", "completed")
      .groupBy("oneOnOneId")
      .execute();
    const lastHeldAt = new Map(lastHeld.map((row) => [row.oneOnOneId, row.lastHeldAt as string]));
    for (const s of batch) sent += await nudgeIfOverdue(deps, s, lastHeldAt.get(s.id) ?? null, now);
    // Thousands of pairs: let requests through between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return sent;
}

/**
 * Overdue, as cadence health defines it: longer than 1.5 × the cadence since the
 * last held 1:1 (or since the first slot, when none was held yet).
 */
function daysOverdue(s: NudgeSeries, lastHeldAt: string | null, now: Date): number | null {
  const period = cadencePeriodDays(cadenceOf(s));
  if (period === null) return null;
  const first = new Date(s.firstMeetingAt);
  const since = lastHeldAt
    ? now.getTime() - new Date(lastHeldAt).getTime()
    : first <= now
      ? now.getTime() - first.getTime()
      : 0;
  return since > 1.5 * period * DAY_MS ? Math.floor(since / DAY_MS) : null;
}

/** Sends the leader of one series a nudge if it is overdue (once per stretch); 1 when one was queued. */
async function nudgeIfOverdue(deps: Deps, s: NudgeSeries, lastHeldAt: string | null, now: Date): Promise<number> {
  const days = daysOverdue(s, lastHeldAt, now);
  if (days === null) return 0;
  const lastHeld = lastHeldAt
    ? await deps.db.kysely
        .selectFrom("meetings")
        .select("id")
        .where("oneOnOneId", "=", s.id)
        .where("status", "=", "completed")
        .where("scheduledAt", "=", lastHeldAt)
        .orderBy("id", "desc")
        .executeTakeFirst()
    : undefined;
  const locale = s.leaderLocale as Locale;
  const t = createTranslator(locale);
  const params = { name: plainName(s.teammateName), days };
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
