import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.js";

/**
 * Real server processes started from source, and the plain-fetch calls a browser
 * makes to them, for tests and benchmarks that need more than `app.inject`
 * (several processes on one database, memory of a process). No vitest here: the
 * benchmarks import it too.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PASSWORD = "correct horse battery";
const SESSION_COOKIE = "rapport_session";
/** The tail of a process's output that `output()` keeps. */
const OUTPUT_LIMIT = 20_000;

export interface ServerProcess {
  /** `http://127.0.0.1:<port>`, also the process's APP_URL (so the origin its same-origin check expects). */
  base: string;
  child: ChildProcess;
  /** The last of what the process wrote, when started with `output: "capture"`; empty otherwise. */
  output: () => string;
}

export interface ServerProcessOptions {
  databaseUrl: string;
  /** Processes that share a database must share the secret, or each refuses the other's session cookies. */
  sessionSecret: string;
  /** `capture` keeps the process's stdout and stderr for `output()`; `inherit` prints them as they come. */
  output: "capture" | "inherit";
  /** `bundle` runs `dist/server.mjs` as `npm start` does (build it first); the default runs the TypeScript. */
  entry?: "source" | "bundle";
}

/**
 * Spawns `server/main.ts` from source on a free port, without waiting for it. It is one
 * process (node itself, not a wrapper), so its pid is the server's.
 */
export async function spawnServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const stdio = options.output === "capture" ? "pipe" : "inherit";
  const args = options.entry === "bundle" ? ["dist/server.mjs"] : ["--import", "tsx", "server/main.ts"];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // Warnings and errors only: request logs would cost the server time under load.
    env: {
      ...process.env,
      SESSION_SECRET: options.sessionSecret,
      LOG_LEVEL: "warn",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: options.databaseUrl,
      APP_URL: base,
    },
    stdio: ["ignore", stdio, stdio],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { base, child, output: () => log };
}

/** Resolves once the process answers /healthz; stops it and throws if it exits first or takes over 30 s. */
export async function waitUntilHealthy(server: ServerProcess): Promise<void> {
  const { base, child } = server;
  const withOutput = (message: string) => (server.output() ? `${message}:\n${server.output()}` : message);
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(100)) {
    if (child.exitCode !== null) throw new Error(withOutput(`The server on ${base} exited with ${child.exitCode}`));
    const healthy = await fetch(`${base}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) return;
  }
  await stopServerProcess(server);
  throw new Error(withOutput(`The server on ${base} did not become healthy`));
}

/** Starts `server/main.ts` from source and resolves once /healthz answers. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const server = await spawnServerProcess(options);
  await waitUntilHealthy(server);
  return server;
}

/** SIGTERM, then SIGKILL if it has not exited within 5 s. */
export async function stopServerProcess({ child }: ServerProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

export interface ApiAnswer {
  status: number;
  body: any;
  /** The session cookie (`rapport_session=…`) the answer set, if any. */
  cookie: string | null;
}

/** A same-origin JSON call as a browser on `base` would make it; returns the session cookie it set, if any. */
export async function callApi(
  base: string,
  cookie: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { origin: base };
  if (cookie) headers.cookie = cookie;
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, cookie: session ?? null };
}

/** A signed-in user of a server process. */
export interface Account {
  userId: string;
  name: string;
  cookie: string;
}

/** The owner of a new organization. */
export interface Owner extends Account {
  orgId: string;
}

/** The people and the first meeting of a weekly 1:1, set up over HTTP. */
export interface HttpPair {
  owner: Owner;
  leader: Account;
  teammate: Account;
  meetingId: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unique = () => randomBytes(4).toString("hex");

/** Throws, with the answer, unless the call answered `expected`. */
function expectStatus(answer: ApiAnswer, expected: number, what: string): void {
  if (answer.status !== expected) {
    throw new Error(`${what} answered ${answer.status}, not ${expected}: ${JSON.stringify(answer.body)}`);
  }
}

/** Signs up `name` as the owner of a new organization named `<organizationPrefix> <random>`. */
export async function signUpOwner(base: string, name: string, organizationPrefix = "Org"): Promise<Owner> {
  const res = await callApi(base, null, "POST", "/api/v1/auth/signup", {
    email: `owner-${unique()}@example.com`,
    password: PASSWORD,
    name,
    organizationName: `${organizationPrefix} ${unique()}`,
  });
  expectStatus(res, 201, "Sign-up");
  return { userId: res.body.user.id, name, cookie: res.cookie ?? "", orgId: res.body.organization.id };
}

/** Invites a member into the owner's organization (reporting to `managerId`, if given) and accepts as them. */
export async function inviteAndAccept(base: string, owner: Owner, name: string, managerId?: string): Promise<Account> {
  const invite = await callApi(base, owner.cookie, "POST", `/api/v1/orgs/${owner.orgId}/invitations`, {
    email: `member-${unique()}@example.com`,
    role: "member",
    ...(managerId ? { managerId } : {}),
  });
  expectStatus(invite, 201, "The invitation");
  const token = String(invite.body.acceptUrl).split("/invite/")[1];
  const accepted = await callApi(base, null, "POST", `/api/v1/invitations/${token}/accept`, {
    name,
    password: PASSWORD,
  });
  expectStatus(accepted, 200, "Accepting the invitation");
  return { userId: accepted.body.user.id, name, cookie: accepted.cookie ?? "" };
}

/** Creates the leader's weekly 45-minute 1:1 with a teammate, first meeting in 24 hours; returns that meeting's id. */
export async function createWeeklyOneOnOne(base: string, leader: Account, teammateId: string): Promise<string> {
  const pair = await callApi(base, leader.cookie, "POST", "/api/v1/one-on-ones", {
    teammateId,
    cadence: { frequency: "weekly" },
    firstMeetingAt: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
    timezone: "UTC",
    durationMinutes: 45,
  });
  expectStatus(pair, 201, "Creating the 1:1");
  return pair.body.nextMeeting.id;
}

/** An owner (Ada Admin), a leader (Leo Leader) and their teammate (Tina Teammate), with a weekly 1:1. */
export async function buildPairOverHttp(base: string, organizationPrefix?: string): Promise<HttpPair> {
  const owner = await signUpOwner(base, "Ada Admin", organizationPrefix);
  const leader = await inviteAndAccept(base, owner, "Leo Leader");
  const teammate = await inviteAndAccept(base, owner, "Tina Teammate", leader.userId);
  const meetingId = await createWeeklyOneOnOne(base, leader, teammate.userId);
  return { owner, leader, teammate, meetingId };
}
