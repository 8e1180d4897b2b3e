import { expect, it } from "vitest";
import { buildOwner } from "../../tests/support/factories.js";
import { TestClient } from "../../tests/support/http-client.js";
import { describeEachEngine } from "../../tests/support/test-app.js";

/** The DESIGN §5 contract routes built so far, plus the extra ones the UI uses. */
const CONTRACT: Array<[string, string]> = [
  ["get", "/healthz"],
  ["post", "/api/v1/auth/signup"],
  ["post", "/api/v1/auth/login"],
  ["post", "/api/v1/auth/logout"],
  ["get", "/api/v1/me"],
  ["post", "/api/v1/tokens"],
  ["delete", "/api/v1/tokens/{id}"],
  ["post", "/api/v1/orgs/{orgId}/invitations"],
  ["post", "/api/v1/invitations/{token}/accept"],
  ["get", "/api/v1/orgs/{orgId}/people"],
  ["patch", "/api/v1/orgs/{orgId}/people/{userId}"],
  ["get", "/api/v1/orgs/{orgId}/templates"],
  ["post", "/api/v1/orgs/{orgId}/templates"],
  ["post", "/api/v1/one-on-ones"],
  ["get", "/api/v1/one-on-ones"],
  ["get", "/api/v1/one-on-ones/{id}"],
  ["get", "/api/v1/one-on-ones/{id}/meetings"],
  ["get", "/api/v1/one-on-ones/{id}/insights"],
  ["post", "/api/v1/one-on-ones/{id}/standing-items"],
  ["get", "/api/v1/meetings/{id}"],
  ["post", "/api/v1/meetings/{id}/agenda-items"],
  ["patch", "/api/v1/agenda-items/{id}"],
  ["delete", "/api/v1/agenda-items/{id}"],
  ["put", "/api/v1/meetings/{id}/notes/shared"],
  ["put", "/api/v1/meetings/{id}/notes/private"],
  ["post", "/api/v1/meetings/{id}/action-items"],
  ["patch", "/api/v1/action-items/{id}"],
  ["post", "/api/v1/meetings/{id}/check-in"],
  ["post", "/api/v1/meetings/{id}/feedback"],
  ["post", "/api/v1/meetings/{id}/rating"],
  ["post", "/api/v1/meetings/{id}/complete"],
  ["post", "/api/v1/meetings/{id}/cancel"],
  ["post", "/api/v1/meetings/{id}/reschedule"],
  ["get", "/api/v1/one-on-ones/{id}/goals"],
  ["post", "/api/v1/one-on-ones/{id}/goals"],
  ["patch", "/api/v1/goals/{id}"],
  ["get", "/api/v1/dashboard"],
  ["get", "/api/v1/orgs/{orgId}/analytics"],
  ["get", "/api/v1/search"],
  ["get", "/api/v1/calendar-feed"],
  ["post", "/api/v1/calendar-feed/rotate"],
  ["get", "/calendar/{file}"],
  ["get", "/api/v1/me/notifications"],
  ["patch", "/api/v1/me/notifications"],
  ["get", "/api/v1/orgs/{orgId}/outbox"],
  ["get", "/api/v1/export"],
  ["get", "/api/v1/export/markdown"],
  ["get", "/api/v1/orgs/{orgId}/export"],
  ["get", "/api/v1/openapi.json"],
];

interface Media {
  schema?: { $ref?: string };
  example?: unknown;
  examples?: unknown;
}
interface Parameter {
  in: string;
  name: string;
  required?: boolean;
}
interface Operation {
  parameters?: Parameter[];
  summary?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  "x-token-scope"?: "read" | "write";
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description: string; content?: Record<string, Media> }>;
}
type Paths = Record<string, Record<string, Operation>>;

const operations = (paths: Paths) =>
  Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method, path, operation, name: `${method} ${path}` })),
  );

/** A concrete URL for an operation: path parameters get a well-formed id nobody owns, required query parameters a word. */
function concrete(path: string, operation: Operation): string {
  const url = path.replace("{file}", "nobody.ics").replace(/\{\w+\}/g, "00000000-0000-4000-8000-000000000000");
  const query = (operation.parameters ?? []).filter((p) => p.in === "query" && p.required).map((p) => `${p.name}=x`);
  return query.length ? `${url}?${query.join("&")}` : url;
}

describeEachEngine("openapi", (ctx) => {
  it("documents every contract route, and every documented route exists", async () => {
    const res = await new TestClient(ctx.current.app).get("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, { summary?: string }>>;
    for (const [method, path] of CONTRACT) expect(paths[path]?.[method], `${method} ${path}`).toBeDefined();
    for (const [path, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const url = path.replace(/\{(\w+)\}/g, ":$1");
        expect(ctx.current.app.hasRoute({ method: method.toUpperCase() as "GET", url }), `${method} ${path}`).toBe(
          true,
        );
        expect(operation.summary, `${method} ${path} has a summary`).toBeTruthy();
      }
    }
  });

  it("documents every operation fully: summary, tags, security, examples, the one error shape", async () => {
    const { exampleProblems } = await import("./openapi/document.js");
    const doc = (await new TestClient(ctx.current.app).get("/api/v1/openapi.json")).body;
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearer", "session"]);
    expect(doc.components.schemas.Error.required).toEqual(["error"]);
    // Every gap at once, so one run lists everything still to document.
    const gaps: string[] = [];
    const need = (ok: unknown, what: string) => {
      if (!ok) gaps.push(what);
    };
    for (const { name, operation } of operations(doc.paths)) {
      need(operation.summary, `${name} summary`);
      need(operation.tags?.length, `${name} tags`);
      need(Array.isArray(operation.security), `${name} declares its security`);
      const body = operation.requestBody?.content["application/json"];
      if (body) need(body.example ?? body.examples, `${name} request example`);
      for (const [code, answer] of Object.entries(operation.responses)) {
        const media = answer.content?.["application/json"];
        if (!media) continue;
        need(media.example ?? media.examples, `${name} ${code} example`);
        // Errors use the one shape; a 409 may extend it (the note conflict carries the current note).
        if (Number(code) >= 400 && code !== "409") {
          need(media.schema?.$ref === "#/components/schemas/Error", `${name} ${code} uses the error shape`);
        }
      }
      const protectedOperation = (operation.security ?? []).length > 0;
      if (protectedOperation) need(operation.responses["401"], `${name} documents 401`);
    }
    // Examples are checked against each route's own zod schemas; one that did not parse was left out.
    expect({ gaps, exampleProblems }).toEqual({ gaps: [], exampleProblems: [] });
  });

  it("its security is the truth: anonymous calls get 401 exactly where the document asks for credentials", async () => {
    const doc = (await new TestClient(ctx.current.app).get("/api/v1/openapi.json")).body;
    const anonymous = new TestClient(ctx.current.app);
    for (const { method, path, operation, name } of operations(doc.paths)) {
      const example = operation.requestBody?.content["application/json"]?.example;
      const res = await anonymous.request(method.toUpperCase() as "GET", concrete(path, operation), example);
      const code = typeof res.body === "object" ? res.body?.error?.code : undefined;
      if ((operation.security ?? []).length > 0) expect(code, name).toBe("unauthorized");
      else expect(code, name).not.toBe("unauthorized");
    }
  });

  it("x-token-scope is the truth: a read token gets 403 on write operations, every token on session-only ones", async () => {
    const doc = (await new TestClient(ctx.current.app).get("/api/v1/openapi.json")).body;
    const owner = await buildOwner(ctx.current);
    const created = await owner.client.post("/api/v1/tokens", { name: "docs check" });
    const api = new TestClient(ctx.current.app);
    api.bearer = created.body.token;
    api.origin = null;
    let checked = 0;
    for (const { method, path, operation, name } of operations(doc.paths)) {
      const security = operation.security ?? [];
      if (security.length === 0) continue;
      const sessionOnly = !security.some((s) => "bearer" in s);
      if (!sessionOnly && operation["x-token-scope"] !== "write") continue;
      const example = operation.requestBody?.content["application/json"]?.example;
      const res = await api.request(method.toUpperCase() as "GET", concrete(path, operation), example);
      expect(res.status, name).toBe(403);
      expect(res.body.error.code, name).toBe(sessionOnly ? "session_required" : "insufficient_scope");
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });
});
