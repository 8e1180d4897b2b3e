import { randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { type ApiResponse, TestClient } from "../support/http-client.js";
import { connect } from "../support/live-connect.js";
import { describeChanges, type SnapshotOptions, takeSnapshot } from "../support/table-digest.js";
import type { TestApp } from "../support/test-app.js";
import { type Caller, codeOf, expectedOutcome, isAllowed, type Outcome, statusOf } from "./actors.js";
import { type Exposure, findLeaks, type MarkerRule } from "./leaks.js";
import { type Method, type Row, rowName } from "./row.js";
import type { World } from "./world.js";

export interface Matrix {
  w: World;
  callers: Caller[];
  rules: MarkerRule[];
  /** Every response so far, for the final leak check. */
  exposures: Exposure[];
  stats: { calls: number; checks: number };
}

/** Sends one request with exactly the caller's credentials. */
export async function send(t: TestApp, caller: Caller, method: Method, url: string, body?: unknown) {
  const client = new TestClient(t.app);
  client.sessionCookie = caller.cookie;
  client.bearer = caller.bearer;
  client.origin = caller.origin;
  client.ip = caller.ip;
  return client.request(method, url, body);
}

/** Opens the live channel as the caller: 101 when admitted, else the status of the refusal. */
async function upgrade(t: TestApp, caller: Caller, url: string): Promise<ApiResponse> {
  const meetingId = /\/meetings\/([^/]+)\/events$/.exec(url)?.[1] ?? "";
  const headers: Record<string, string> = {};
  if (caller.cookie) headers.cookie = caller.cookie;
  if (caller.bearer) headers.authorization = `Bearer ${caller.bearer}`;
  if (caller.origin) headers.origin = caller.origin;
  try {
    const socket = await connect(t, headers, meetingId);
    socket.terminate();
    return { status: 101, body: null, headers: {} };
  } catch (error) {
    const match = /Unexpected server response: (\d+)/.exec(String(error));
    return { status: match ? Number(match[1]) : -1, body: String(error), headers: {} };
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** The same URL naming things that do not exist. */
const ghostOf = (url: string) => {
  const [path = "", query] = url.split("?");
  const ghost = randomUUID();
  return `${path.replace(UUID, ghost)}${query === undefined ? "" : `?${query}`}`;
};

/** What a response hands over, as text: the body (every file of a zip, unpacked) and the headers. */
function textOf(res: ApiResponse): string {
  const zipped = String(res.headers["content-type"] ?? "").startsWith("application/zip") && res.raw;
  const body = zipped
    ? Object.entries(unzipSync(new Uint8Array(res.raw as Buffer)))
        .map(([name, bytes]) => `${name}\n${strFromU8(bytes)}`)
        .join("\n")
    : typeof res.body === "string"
      ? res.body
      : JSON.stringify(res.body);
  return `${body}\n${JSON.stringify(res.headers)}`;
}
/**
 * What a refused request must leave as it was: every data table but sessions and audit events
 * (callers sign in to make their requests, e.g. a spare session, and every sign-in is audited),
 * with a token's last use left out (any request may touch it).
 */
const UNCHANGED_BY_REFUSAL: SnapshotOptions = {
  skipTables: ["sessions", "audit_events"],
  skipColumns: { api_tokens: ["last_used_at"] },
};

const brief = (body: unknown) => JSON.stringify(body)?.slice(0, 200);

/** Calls the route as one caller and checks status, error shape and code, P5, leaks and the row's own checks. */
async function callAs(m: Matrix, row: Row, planned: Caller, outcome: Outcome, target: unknown, failures: string[]) {
  const { w } = m;
  const caller = row.as ? await row.as(w, planned) : planned;
  const url = await (row.url ?? (() => row.path))(w, target, caller);
  const body = row.body ? await row.body(w, target, caller) : undefined;
  const res =
    row.transport === "websocket" ? await upgrade(w.t, caller, url) : await send(w.t, caller, row.method, url, body);
  m.stats.calls++;
  const fail = (message: string) => failures.push(`${caller.name}: ${message}`);

  const exposure = {
    audience: caller.audience ?? caller.user?.userId ?? null,
    where: `${rowName(row)} as ${caller.name}`,
    text: textOf(res),
  };
  m.exposures.push(exposure);
  m.stats.checks += 2;
  for (const leak of findLeaks(m.rules, [exposure])) fail(leak);
  if (res.status !== statusOf(outcome)) {
    fail(`expected ${statusOf(outcome)}, got ${res.status} ${brief(res.body)}`);
    return;
  }
  if (row.transport !== "websocket" && res.status >= 400) {
    m.stats.checks++;
    const error = res.body?.error;
    if (typeof error?.code !== "string" || typeof error?.message !== "string")
      fail(`not the error shape: ${brief(res.body)}`);
    else if (codeOf(outcome) && error.code !== codeOf(outcome))
      fail(`expected code ${codeOf(outcome)}, got ${error.code}`);
    const ghostUrl = ghostOf(url);
    if (res.status === 404 && ghostUrl !== url) {
      // P5: refused looks exactly like missing.
      const ghost = await send(w.t, caller, row.method, ghostUrl, body);
      m.stats.calls++;
      m.stats.checks++;
      if (ghost.status !== 404 || JSON.stringify(ghost.body) !== JSON.stringify(res.body)) {
        fail(`a refusal (${brief(res.body)}) differs from a missing thing (${ghost.status} ${brief(ghost.body)})`);
      }
    }
  }
  const input = { res, caller, allowed: isAllowed(outcome), w, target };
  try {
    if (row.check) {
      m.stats.checks++;
      await row.check(input);
    }
    if (input.allowed && row.after) await row.after(input);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Runs one row for every caller: first all those who must be refused, then a
 * check that together they changed nothing in the database (a refusal that
 * still wrote something), then those who may. Returns every failure, so one
 * run shows the whole row.
 */
export async function runRow(m: Matrix, row: Row): Promise<string[]> {
  const failures: string[] = [];
  const plan = m.callers.map((caller) => ({ caller, outcome: expectedOutcome(row, caller) }));
  const refused = plan.filter((p) => !isAllowed(p.outcome));
  const db = m.w.t.deps.db;
  let target = row.target ? await row.target(m.w) : undefined;
  const before = row.method === "GET" || refused.length === 0 ? null : await takeSnapshot(db, UNCHANGED_BY_REFUSAL);
  for (const { caller, outcome } of refused) await callAs(m, row, caller, outcome, target, failures);
  if (before) {
    m.stats.checks += refused.length;
    const changes = describeChanges(before, await takeSnapshot(db, UNCHANGED_BY_REFUSAL));
    if (changes.length > 0) {
      const who = refused.map((p) => p.caller.name).join(", ");
      failures.push(`refused, yet one of them (${who}) changed: ${changes.join(" | ")}`);
    }
  }
  for (const { caller, outcome } of plan.filter((p) => isAllowed(p.outcome))) {
    if (row.fresh && row.target) target = await row.target(m.w);
    await callAs(m, row, caller, outcome, target, failures);
  }
  return failures;
}
