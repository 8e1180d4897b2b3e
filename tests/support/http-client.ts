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

/**
 * A browser-like client over app.inject: keeps the session cookie and sends a
 * same-origin Origin header on writes (unless told otherwise).
 */
export class TestClient {
  private cookie: string | null = null;
  bearer: string | null = null;
  origin: string | null = TEST_ORIGIN;
  ip = "203.0.113.7";

  constructor(private readonly app: FastifyInstance) {}

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
    const response = await this.app.inject({
      method,
      url,
      headers: h,
      remoteAddress: this.ip,
      ...(body !== undefined ? { payload: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    });
    const setCookie = response.cookies.find((c) => c.name === "rapport_session");
    if (setCookie) this.cookie = setCookie.value ? `rapport_session=${setCookie.value}` : null;
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
