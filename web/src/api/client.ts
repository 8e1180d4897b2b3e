import type { ErrorBody, ErrorCode } from "../../../shared/errors.js";
import { LIVE_CLIENT_HEADER } from "../../../shared/live-protocol.js";
import { TAB_ID } from "../live/tabId.js";

// The forms' zod schemas load later, with the lazy pages. Zod reads this global config when it builds a
// schema; without `jitless` it probes `new Function`, which the page's CSP (no unsafe-eval) reports.
// Set here, in the first page's bundle, without loading zod itself.
const zodConfig = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodConfig.__zod_globalConfig = { ...zodConfig.__zod_globalConfig, jitless: true };

/** A server's code (shared/errors.ts), or the client's own: no answer at all, or an answer without a code. */
export type ApiErrorCode = ErrorCode | "network_error" | `http_${number}`;

/** A failed API call, carrying the server's error code (or a client-side one). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly retryAfterSeconds: number | null = null,
    /** The whole error body, for errors that carry more (a note conflict's current text). */
    readonly body: unknown = null,
    /** On a 400 that points at one input: its dotted path (`sections.0.title`). */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

let onSessionLost: (() => void) | null = null;

/** Registers what to do when the server says the session is gone (401 other than a wrong password). */
export function setSessionLostHandler(handler: (() => void) | null): void {
  onSessionLost = handler;
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    if (body.error?.code) {
      const { code, message, field } = body.error;
      return new ApiError(response.status, code, message ?? "", retryAfter, body, field ?? null);
    }
  } catch {
    // Not JSON (a proxy error page, for instance): fall through to a generic error.
  }
  return new ApiError(response.status, `http_${response.status}`, response.statusText, retryAfter);
}

/**
 * Calls the JSON API on the same origin; resolves with the parsed body (undefined for 204).
 * `keepalive` lets a write finish while the page unloads.
 */
export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: { keepalive?: boolean } = {},
): Promise<T> {
  const init: RequestInit = {
    method,
    credentials: "same-origin",
    headers: { Accept: "application/json", [LIVE_CLIENT_HEADER]: TAB_ID },
    keepalive: options.keepalive ?? false,
  };
  if (body !== undefined) {
    init.headers = { ...init.headers, "Content-Type": "application/json" };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, "network_error", "The server could not be reached.");
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (error.status === 401 && error.code !== "invalid_credentials") onSessionLost?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
