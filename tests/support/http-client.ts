import { request as httpRequest } from "node:http";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { TEST_ORIGIN } from "./test-app.js";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: LightMyRequestResponse["headers"];
  /** The body's bytes, for binary answers (a zip). */
  raw?: Buffer;
}

interface RawAnswer {
  statusCode: number;
  headers: LightMyRequestResponse["headers"];
  body: string;
  rawPayload: Buffer;
  /** The session cookie's new value: a token, "" when cleared, undefined when untouched. */
  session: string | undefined;
}

/**
 * Where a client of `ip` connects from over real HTTP: its own loopback address,
 * so per-IP rules see distinct callers (198.51.100.7 becomes 127.51.100.7).
 */
export const loopbackFor = (ip: string) => (ip.startsWith("127.") ? ip : `127.${ip.split(".").slice(1).join(".")}`);

/** The value a Set-Cookie header gives the session cookie, "" when it clears it. */
function sessionFromSetCookie(header: string | string[] | undefined): string | undefined {
  for (const line of Array.isArray(header) ? header : header ? [header] : []) {
    const match = /^rapport_session=([^;]*)/.exec(line);
    if (match) return /max-age=0|expires=thu, 01 jan 1970/i.test(line) ? "" : (match[1] ?? "");
  }
  return undefined;
}

/** One request over a real socket from `localAddress`, answered in full. */
function overHttp(
  baseUrl: string,
  localAddress: string,
  options: { method: string; url: string; headers: Record<string, string>; payload?: string },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(options.url, baseUrl),
      { method: options.method, headers: options.headers, localAddress, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const rawPayload = Buffer.concat(chunks);
          resolve({
            statusCode: res.statusCode ?? 0,
            headers: res.headers as LightMyRequestResponse["headers"],
            body: rawPayload.toString("utf8"),
            rawPayload,
            session: sessionFromSetCookie(res.headers["set-cookie"]),
          });
        });
      },
    );
    req.on("error", reject);
    req.end(options.payload);
  });
}

/**
 * A browser-like client: keeps the session cookie and sends a same-origin
 * Origin header on writes (unless told otherwise). Over app.inject by default;
 * given a `baseUrl`, over real HTTP to a listening app (the attack stories).
 */
export class TestClient {
  private cookie: string | null = null;
  bearer: string | null = null;
  origin: string | null = TEST_ORIGIN;
  ip = "203.0.113.7";

  constructor(
    private readonly app: FastifyInstance,
    private readonly baseUrl?: string,
  ) {
    if (baseUrl) this.origin = new URL(baseUrl).origin;
  }

  private async send(options: {
    method: Method;
    url: string;
    headers: Record<string, string>;
    payload?: string;
  }): Promise<RawAnswer> {
    if (this.baseUrl) return overHttp(this.baseUrl, loopbackFor(this.ip), options);
    const response = await this.app.inject({ ...options, remoteAddress: this.ip });
    const setCookie = response.cookies.find((c) => c.name === "rapport_session");
    return {
      statusCode: response.statusCode,
      headers: response.headers,
      body: response.body,
      rawPayload: response.rawPayload,
      session: setCookie ? setCookie.value : undefined,
    };
  }

  /** Sends a request and parses the JSON answer. */
  async request<T = any>(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (method !== "GET" && this.origin && !("origin" in h)) h.origin = this.origin;
    if (body !== undefined && typeof body !== "string") h["content-type"] = "application/json";
    const response = await this.send({
      method,
      url,
      headers: h,
      ...(body !== undefined ? { payload: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    });
    if (response.session !== undefined) this.cookie = response.session ? `rapport_session=${response.session}` : null;
    const text = response.body;
    let parsed: unknown = text;
    if (response.headers["content-type"]?.toString().includes("application/json") && text) parsed = JSON.parse(text);
    return { status: response.statusCode, body: parsed as T, headers: response.headers, raw: response.rawPayload };
  }

  get = <T = any>(url: string) => this.request<T>("GET", url);
  post = <T = any>(url: string, body?: unknown) => this.request<T>("POST", url, body ?? {});
  put = <T = any>(url: string, body?: unknown) => this.request<T>("PUT", url, body ?? {});
  patch = <T = any>(url: string, body?: unknown) => this.request<T>("PATCH", url, body ?? {});
  delete = <T = any>(url: string) => this.request<T>("DELETE", url);

  /** The raw session cookie header, for tests that replay it. */
  get sessionCookie(): string | null {
    return this.cookie;
  }
  set sessionCookie(value: string | null) {
    this.cookie = value;
  }
}
