import http from "node:http";
import https from "node:https";
import type { Selectable } from "kysely";
import type { Deps } from "../../context.js";
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from "../../db/schema.js";
import { claimDue } from "../outbox/outbox.repo.js";
import { guardedLookup, webhookUrlProblem } from "./webhook-address.js";
import { SIGNATURE_HEADER, signatureHeader, webhookSecret } from "./webhook-signature.js";
import { findEndpoint, updateDelivery } from "./webhooks.repo.js";

export const MAX_ATTEMPTS = 8;
const DEFAULT_TIMEOUT_MS = 10_000;
/** How much of a receiver's answer is read, and how much of it the log keeps. */
const READ_LIMIT = 16 * 1024;
export const LOGGED_BODY_CHARS = 1000;
/** 1, 2, 4 … minutes between tries, at most six hours (8 tries over about 4 hours). */
export const webhookBackoffMs = (attempts: number) =>
  Math.min(6 * 3600 * 1000, 60_000 * 2 ** Math.max(0, attempts - 1));

interface Outcome {
  status: number | null;
  body: string | null;
  error: string | null;
  durationMs?: number;
}

/** One POST: no redirects followed, a hard deadline, the answer read up to a limit. */
function post(
  url: URL,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  allowLoopback: boolean,
): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      req.destroy();
      resolve(outcome);
    };
    const send = url.protocol === "https:" ? https.request : http.request;
    const req = send(url, {
      method: "POST",
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      lookup: guardedLookup(allowLoopback) as never,
      agent: false,
    });
    const deadline = setTimeout(
      () => finish({ status: null, body: null, error: `timed out after ${timeoutMs} ms` }),
      timeoutMs,
    );
    req.on("error", (err) => finish({ status: null, body: null, error: err.message }));
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () =>
        finish({
          status: res.statusCode ?? null,
          body: Buffer.concat(chunks).toString("utf8").slice(0, LOGGED_BODY_CHARS),
          error: null,
        });
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= READ_LIMIT) done();
      });
      res.on("end", done);
      res.on("error", done);
    });
    req.end(body);
  });
}

/** The secrets that sign now: the current one, and the previous one during its grace period. */
export function signingSecrets(deps: Deps, endpoint: Selectable<WebhookEndpointsTable>): string[] {
  const secrets = [webhookSecret(deps.secret, endpoint.id, endpoint.secretVersion)];
  const graceUntil = endpoint.previousSecretExpiresAt;
  if (endpoint.previousSecretVersion !== null && graceUntil && graceUntil > deps.clock.now().toISOString())
    secrets.push(webhookSecret(deps.secret, endpoint.id, endpoint.previousSecretVersion));
  return secrets;
}

async function attempt(deps: Deps, delivery: Selectable<WebhookDeliveriesTable>, timeoutMs: number): Promise<boolean> {
  const attempts = Number(delivery.attempts) + 1;
  const started = deps.clock.now();
  const endpoint = await findEndpoint(deps.db.kysely, delivery.endpointId);
  const allowLoopback = deps.config.webhooksAllowInsecureLoopback;
  let outcome: Outcome;
  const problem = endpoint ? webhookUrlProblem(endpoint.url, allowLoopback) : "endpoint removed";
  if (!endpoint || problem) outcome = { status: null, body: null, error: problem };
  else if (!endpoint.enabled) outcome = { status: null, body: null, error: "endpoint disabled" };
  else {
    const timestamp = Math.floor(started.getTime() / 1000);
    const wallStart = Date.now();
    outcome = await post(
      new URL(endpoint.url),
      delivery.payload,
      {
        "content-type": "application/json",
        "user-agent": "Rapport-Webhooks/1",
        "rapport-event": delivery.eventType,
        "rapport-delivery": delivery.id,
        [SIGNATURE_HEADER.toLowerCase()]: signatureHeader(signingSecrets(deps, endpoint), timestamp, delivery.payload),
      },
      timeoutMs,
      allowLoopback,
    );
    outcome.durationMs = Date.now() - wallStart;
  }
  const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  const error =
    outcome.error ??
    (ok
      ? null
      : outcome.status !== null && outcome.status >= 300 && outcome.status < 400
        ? `HTTP ${outcome.status}: redirects are not followed`
        : `HTTP ${outcome.status}`);
  const nowIso = deps.clock.now().toISOString();
  const retryAt =
    !ok && attempts < MAX_ATTEMPTS
      ? new Date(deps.clock.now().getTime() + webhookBackoffMs(attempts)).toISOString()
      : null;
  await updateDelivery(deps.db.kysely, delivery.id, {
    status: ok ? "delivered" : "failed",
    attempts,
    lockedUntil: null,
    lastAttemptAt: nowIso,
    deliveredAt: ok ? nowIso : null,
    nextAttemptAt: retryAt,
    responseStatus: outcome.status,
    responseBody: outcome.body,
    lastError: error ? error.slice(0, LOGGED_BODY_CHARS) : null,
    durationMs: outcome.durationMs ?? null,
  });
  if (!ok) deps.log.warn({ deliveryId: delivery.id, attempts, error }, "webhook delivery failed");
  return ok;
}

/**
 * Sends the webhook deliveries that are due (the scheduler's sweep), in
 * parallel; failures are retried with exponential backoff. Returns how many were delivered.
 */
export async function deliverDueWebhooks(
  deps: Deps,
  options: { limit?: number; onlyId?: string; timeoutMs?: number; rounds?: number } = {},
): Promise<number> {
  const limit = options.limit ?? 25;
  let delivered = 0;
  // A backlog drains within one sweep, a batch at a time (at most `rounds` batches).
  for (let round = 0; round < (options.rounds ?? 20); round++) {
    const claimed = await claimDue(deps.db, deps.clock.now(), "webhookDeliveries", { limit, onlyId: options.onlyId });
    const results = await Promise.all(
      claimed.map((d) =>
        attempt(deps, d, options.timeoutMs ?? DEFAULT_TIMEOUT_MS).catch((err) => {
          deps.log.error({ err, deliveryId: d.id }, "webhook delivery crashed");
          return false;
        }),
      ),
    );
    delivered += results.filter(Boolean).length;
    if (claimed.length < limit) break;
  }
  return delivered;
}
