import { expect, it } from "vitest";
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
});
