import { type FastifyReply, type FastifyRequest, LogController } from "fastify";

/**
 * Requests that make no line: health checks (load balancers poll them) and the web app's own files and
 * pages (every GET outside the API is a static file or the app shell). The ICS feed is logged.
 */
export function isQuietRequest(method: string, url: string): boolean {
  const path = url.split("?")[0] ?? "";
  if (path === "/healthz") return true;
  if (method !== "GET" && method !== "HEAD") return false;
  return !path.startsWith("/api/") && !path.startsWith("/calendar/");
}

/** What one request's line shows; the route's pattern stands for the path, so secret tokens in URLs stay out. */
export interface RequestLine {
  method: string;
  route: string;
  statusCode: number;
  durationMs: number;
}

/** The one line a request makes, such as `GET /api/v1/meetings/:id 200 12ms`. */
export function formatRequestLine(line: RequestLine): string {
  return `${line.method} ${line.route} ${line.statusCode} ${line.durationMs}ms`;
}

function requestLineOf(request: FastifyRequest, reply: FastifyReply): RequestLine {
  // A request no route matched has no pattern: its path without the query (a 404 names no secret it knows).
  const route = request.routeOptions.url ?? `${request.url.split("?")[0]} (no route)`;
  return {
    method: request.method,
    route,
    statusCode: reply.statusCode,
    durationMs: Math.round(reply.elapsedTime),
  };
}

/**
 * One line per request once it is answered, instead of Fastify's two ("incoming request", "request
 * completed"): `warn` for a 5xx, `info` otherwise; health checks and static files make none. Errors are
 * still logged in full by the error handler.
 */
export class RequestLineLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (isQuietRequest(request.method, request.url)) return;
    const line = requestLineOf(request, reply);
    const level = error || line.statusCode >= 500 ? "warn" : "info";
    reply.log[level]({ ...line }, formatRequestLine(line));
  }
}
