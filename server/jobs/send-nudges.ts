import { createTranslator } from "../../shared/i18n/translate.js";
import { cadencePeriodDays } from "../../shared/schemas/cadence.js";
import type { Deps } from "../context.js";
import { findHeldMeetingAt, listLastHeldAt } from "../modules/meetings/sweeps.repo.js";
import { cadenceOf } from "../modules/one-on-ones/cadence.js";
import { listNudgeCandidates } from "../modules/one-on-ones/nudges.repo.js";
import { enqueueEmail } from "../modules/outbox/outbox.service.js";
import { plainName, renderEmail } from "../modules/outbox/render-email.js";

/** Pairs looked at per query; the sweep yields to requests between batches. */
const NUDGE_BATCH = 200;
const DAY_MS = 86_400_000;

type NudgeOneOnOne = Awaited<ReturnType<typeof listNudgeCandidates>>[number];

/**
 * Nudges a leader once per overdue stretch: when the gap since the last held
 * 1:1 passes 1.5 × the cadence. The next held meeting starts a new stretch.
 */
export async function sendOverdueNudges(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const oneOnOne = await listNudgeCandidates(deps.db.kysely);
  let sent = 0;
  for (let start = 0; start < oneOnOne.length; start += NUDGE_BATCH) {
    const batch = oneOnOne.slice(start, start + NUDGE_BATCH);
    // Overdue needs only the last held 1:1 of each pair: one aggregate, not two years of meetings.
    const lastHeld = await listLastHeldAt(
      deps.db.kysely,
      batch.map((s) => s.id),
    );
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
function daysOverdue(s: NudgeOneOnOne, lastHeldAt: string | null, now: Date): number | null {
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

/** Sends the leader of one 1:1 a nudge if it is overdue (once per stretch); 1 when one was queued. */
async function nudgeIfOverdue(deps: Deps, s: NudgeOneOnOne, lastHeldAt: string | null, now: Date): Promise<number> {
  const days = daysOverdue(s, lastHeldAt, now);
  if (days === null) return 0;
  const lastHeld = lastHeldAt ? await findHeldMeetingAt(deps.db.kysely, s.id, lastHeldAt) : undefined;
  const locale = s.leaderLocale;
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
