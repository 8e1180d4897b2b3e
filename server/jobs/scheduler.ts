import type { Deps } from "../context.js";
import { deliverDueMessages } from "../modules/outbox/outbox.service.js";
import { deliverDueWebhooks } from "../modules/webhooks/webhook-delivery.js";
import { sendWeeklyDigests } from "./send-digests.js";
import { sendOverdueNudges } from "./send-nudges.js";
import { sendDueReminders } from "./send-reminders.js";

/** One pass of every sweep; each is idempotent, so several processes may run them at once. */
export async function runSweeps(deps: Deps, options: { includeHourly: boolean }): Promise<void> {
  await sendDueReminders(deps);
  if (options.includeHourly) {
    await sendOverdueNudges(deps);
    await sendWeeklyDigests(deps);
  }
  await deliverDueMessages(deps);
  await deliverDueWebhooks(deps);
}

/** Runs the sweeps every `intervalMs` inside the server process (hourly ones every 60 ticks); returns a stop function. */
export function startScheduler(deps: Deps, intervalMs = 60_000): () => Promise<void> {
  let tick = 0;
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = runSweeps(deps, { includeHourly: tick++ % 60 === 0 }).catch((err) =>
      deps.log.error({ err }, "scheduled sweep failed"),
    );
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
