import { performance } from "node:perf_hooks";
import { HttpUser, loopbackAddress, Recorder } from "./http-user.js";
import { LOAD_PASSWORD, type LoadPair, runPair, setUpPair } from "./meeting-cycle.js";

const SIGN_IN = "POST /auth/login";

/** A person signing in (again: setting up signed them in too), as a step for `inBatches`. */
const signIn = (who: HttpUser, email: string) => () =>
  who.call(SIGN_IN, "POST", "/auth/login", { email, password: LOAD_PASSWORD });

export interface LoadUsersOptions {
  /** The server, `http://127.0.0.1:<port>`. */
  base: string;
  /** People, in pairs (a leader and a teammate each). */
  users: number;
  /** How long the measured use runs, after everyone signed in. */
  seconds: number;
  /** Mean pause between two actions of a person (uniform, half to one and a half times this). */
  thinkMs: number;
  /** Pairs start spread over this long, so they don't all act in step. */
  rampSeconds: number;
  /** Pairs set up, and people signing in, at once (each hashes a password: scrypt, 2^17, on purpose slow). */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadUsersResult {
  users: number;
  pairs: number;
  setupSeconds: number;
  /** Everyone signing in, `concurrency` at a time: bound by password hashing. */
  signIn: { seconds: number; perSecond: number; latencyMs: LatencyStats };
  /** The measured use, after sign-in. */
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  /** Failed connections, 5xx and unexpected 4xx, sign-in included: must be 0. */
  errors: number;
  errorSamples: Recorder["errors"];
  /** Shared-note saves that met the other person's save (409), merged and saved again. */
  noteConflictsResolved: number;
  meetingsCompleted: number;
  latencyMs: LatencyStats;
  byEndpoint: Record<string, LatencyStats>;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function latencyStats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? 0),
  };
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function inBatches<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sets up `users / 2` pairs over the API, signs everyone in, then lets every
 * pair prepare, run and complete meetings for `seconds`, and reports every
 * call's latency and every unexpected answer. Stops by itself.
 */
export async function loadUsers(options: LoadUsersOptions): Promise<LoadUsersResult> {
  const log = options.log ?? (() => {});
  const base = new URL(options.base);
  const pairCount = Math.max(1, Math.floor(options.users / 2));
  const concurrency = options.concurrency ?? 4;
  const recorder = new Recorder();
  const people: HttpUser[] = [];

  try {
    recorder.recording = false;
    let started = performance.now();
    log(`Setting up ${pairCount} pairs (${pairCount * 2} people) over the API…`);
    const pairs: LoadPair[] = await inBatches(
      Array.from({ length: pairCount }, (_, i) => i),
      concurrency,
      (i) => {
        const leader = new HttpUser(base, loopbackAddress(2 * i), recorder);
        const teammate = new HttpUser(base, loopbackAddress(2 * i + 1), recorder);
        people.push(leader, teammate);
        return setUpPair(leader, teammate, i);
      },
    );
    const setupSeconds = (performance.now() - started) / 1000;

    recorder.recording = true;
    log(`Signing in ${pairCount * 2} people, ${concurrency} at a time…`);
    started = performance.now();
    await inBatches(
      pairs.flatMap((pair) => [signIn(pair.leader, pair.leaderEmail), signIn(pair.teammate, pair.teammateEmail)]),
      concurrency,
      (go) => go(),
    );
    const signInSeconds = (performance.now() - started) / 1000;
    const signInLatency = latencyStats(recorder.samples.get(SIGN_IN) ?? []);
    recorder.samples.delete(SIGN_IN);

    log(`Use: ${pairCount * 2} people for ${options.seconds} s (think ${options.thinkMs} ms)…`);
    started = performance.now();
    const deadline = started + options.seconds * 1000;
    let conflicts = 0;
    const pace = {
      stopped: () => performance.now() >= deadline,
      think: () => sleep(options.thinkMs * (0.5 + Math.random())),
    };
    const progress = setInterval(() => {
      const requests = [...recorder.samples.values()].reduce((n, list) => n + list.length, 0);
      log(
        `  ${Math.round((performance.now() - started) / 1000)} s: ${requests} requests, ${recorder.errorCount} errors`,
      );
    }, 15_000);
    try {
      await Promise.all(
        pairs.map(async (pair, i) => {
          await sleep((options.rampSeconds * 1000 * i) / pairs.length);
          if (!pace.stopped()) await runPair(pair, pace, () => conflicts++);
        }),
      );
    } finally {
      clearInterval(progress);
    }
    const seconds = (performance.now() - started) / 1000;

    const all: number[] = [];
    const byEndpoint: Record<string, LatencyStats> = {};
    for (const [label, samples] of [...recorder.samples].sort(([a], [b]) => a.localeCompare(b))) {
      byEndpoint[label] = latencyStats(samples);
      all.push(...samples);
    }
    return {
      users: pairCount * 2,
      pairs: pairCount,
      setupSeconds: round(setupSeconds),
      signIn: {
        seconds: round(signInSeconds),
        perSecond: round((pairCount * 2) / signInSeconds),
        latencyMs: signInLatency,
      },
      seconds: round(seconds),
      requests: all.length,
      requestsPerSecond: Math.round(all.length / seconds),
      errors: recorder.errorCount,
      errorSamples: recorder.errors,
      noteConflictsResolved: conflicts,
      meetingsCompleted: pairs.reduce((n, p) => n + p.meetingsCompleted, 0),
      latencyMs: latencyStats(all),
      byEndpoint,
    };
  } finally {
    for (const person of people) person.close();
  }
}
