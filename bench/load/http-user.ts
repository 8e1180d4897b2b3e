import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

/**
 * One simulated person's browser: its own keep-alive connection from its own
 * loopback address (people don't share an IP, and sign-in limits count per IP),
 * its session cookie, a same-origin Origin header, and every call timed.
 */

export interface Answer {
  status: number;
  body: any;
}

/** An answer the scenario did not expect: a failed connection (status 0), a 5xx or an unexpected 4xx. */
export interface LoadError {
  label: string;
  status: number;
  body: unknown;
}

/** Timings and failures of every call, by endpoint. */
export class Recorder {
  readonly samples = new Map<string, number[]>();
  readonly errors: LoadError[] = [];
  errorCount = 0;
  /** 409s the scenario expects and resolves (two people saving the same note): merged and saved again. */
  conflicts = 0;
  /** When false, calls still run but are not counted (set-up before the measured window). */
  recording = true;

  record(label: string, ms: number): void {
    if (!this.recording) return;
    const list = this.samples.get(label);
    if (list) list.push(ms);
    else this.samples.set(label, [ms]);
  }

  fail(error: LoadError): void {
    if (!this.recording) return;
    this.errorCount++;
    if (this.errors.length < 20) this.errors.push(error);
  }
}

/** The loopback address of the n-th simulated person: 127.0.1.1, 127.0.1.2, … */
export function loopbackAddress(n: number): string {
  return `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;
}

const SESSION_COOKIE = "rapport_session";

export class HttpUser {
  private readonly agent: Agent;
  private cookie: string | null = null;
  userId = "";

  constructor(
    private readonly base: URL,
    readonly address: string,
    private readonly recorder: Recorder,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: address });
  }

  /**
   * Calls the API and times it under `label`. An answer outside `expected` is
   * recorded as an error (and returned, for the scenario to carry on or stop).
   */
  async call(label: string, method: string, path: string, body?: unknown, expected: number[] = [200]): Promise<Answer> {
    const started = performance.now();
    const answer = await this.send(method, path, body).catch((error: Error) => ({ status: 0, body: error.message }));
    this.recorder.record(label, performance.now() - started);
    if (!expected.includes(answer.status)) this.recorder.fail({ label, status: answer.status, body: answer.body });
    return answer;
  }

  close(): void {
    this.agent.destroy();
  }

  private send(method: string, path: string, body?: unknown): Promise<Answer> {
    const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string> = { origin: this.base.origin, accept: "application/json" };
    if (this.cookie) headers.cookie = this.cookie;
    if (payload) {
      headers["content-type"] = "application/json";
      headers["content-length"] = String(payload.length);
    }
    return new Promise((resolve, reject) => {
      const req = request(
        { host: this.base.hostname, port: this.base.port, path: `/api/v1${path}`, method, headers, agent: this.agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            for (const header of res.headers["set-cookie"] ?? []) {
              const pair = header.split(";")[0] ?? "";
              if (pair.startsWith(`${SESSION_COOKIE}=`)) this.cookie = pair;
            }
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              // Not JSON: keep the text for the error report.
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(payload ?? undefined);
    });
  }
}
