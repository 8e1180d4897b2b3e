import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Actor, Deps } from "../context.js";
import { registerErrorHandling } from "./error-handler.js";
import { defineRoutes } from "./module-routes.js";

const ada: Actor = {
  userId: "u-ada",
  via: "session",
  sessionId: "s-1",
  tokenId: null,
  signedInAt: null,
  organizationScope: null,
  client: null,
  locale: "en",
};

const idParams = z.object({ id: z.string() });
const itemSchema = z.object({ item: z.object({ id: z.string(), by: z.string() }) });
const registered: Array<{ url: string; method: unknown; config: unknown; schema: Record<string, unknown> }> = [];

const demoRoutes = defineRoutes("demo", (api) => {
  api.get("/items/:id", { summary: "Read", params: idParams, ok: itemSchema }, async ({ actor, params }) => ({
    item: { id: params.id, by: actor.userId },
  }));
  api.post(
    "/items",
    { summary: "Add", body: z.object({ id: z.string() }), created: itemSchema, sessionOnly: true },
    async ({ actor, body }) => ({ item: { id: body.id, by: actor.userId } }),
  );
  api.delete("/items/:id", { summary: "Remove", params: idParams, noContent: true }, async () => undefined);
  api.get("/public", { summary: "Public", auth: "none", ok: z.object({ n: z.number() }) }, async () => ({ n: 1 }));
  api.get("/maybe", { summary: "Anyone", auth: "optional", ok: z.object({ who: z.string() }) }, async ({ actor }) => ({
    who: actor?.userId ?? "nobody",
  }));
  api.get("/raw", { summary: "Redirect", auth: "none" }, async ({ reply }) => reply.redirect("/elsewhere", 302));
  // @ts-expect-error: the answer must match the `ok` schema
  api.get("/wrong", { summary: "Wrong", auth: "none", ok: itemSchema }, async () => ({ itm: 1 }));
});

describe("defineRoutes", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify({ logger: false });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandling(app);
    app.decorateRequest("actor", null);
    app.addHook("onRequest", async (request) => {
      request.actor = request.headers["x-test-actor"] === "ada" ? ada : null;
    });
    app.addHook("onRoute", (route) => {
      registered.push({
        url: route.url,
        method: route.method,
        config: route.config,
        schema: (route.schema ?? {}) as Record<string, unknown>,
      });
    });
    demoRoutes(app, {} as Deps);
    await app.ready();
  });
  afterAll(() => app.close());

  const as = { "x-test-actor": "ada" };

  it("requires the signed-in caller by default (401 in the error shape) and hands it to the handler", async () => {
    const anonymous = await app.inject({ method: "GET", url: "/items/i1" });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBeTypeOf("string");
    const signedIn = await app.inject({ method: "GET", url: "/items/i1", headers: as });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toEqual({ item: { id: "i1", by: "u-ada" } });
  });

  it("answers 201 for `created` and an empty 204 for `noContent`", async () => {
    const created = await app.inject({ method: "POST", url: "/items", headers: as, payload: { id: "i2" } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ item: { id: "i2", by: "u-ada" } });
    const removed = await app.inject({ method: "DELETE", url: "/items/i2", headers: as });
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe("");
  });

  it("validates inputs before the handler runs (400 before 401)", async () => {
    const res = await app.inject({ method: "POST", url: "/items", payload: { id: 3 } });
    expect(res.statusCode).toBe(400);
  });

  it("lets public and optional routes run without a caller, and raw replies through", async () => {
    expect((await app.inject({ method: "GET", url: "/public" })).json()).toEqual({ n: 1 });
    expect((await app.inject({ method: "GET", url: "/maybe" })).json()).toEqual({ who: "nobody" });
    expect((await app.inject({ method: "GET", url: "/maybe", headers: as })).json()).toEqual({ who: "u-ada" });
    const raw = await app.inject({ method: "GET", url: "/raw" });
    expect([raw.statusCode, raw.headers.location]).toEqual([302, "/elsewhere"]);
  });

  it("registers the Fastify schema with only the keys given, under the module's tag", () => {
    const post = registered.find((r) => r.url === "/items" && r.method === "POST");
    expect(post?.config).toEqual({ sessionOnly: true });
    expect(Object.keys(post?.schema ?? {}).sort()).toEqual(["body", "response", "summary", "tags"]);
    expect(post?.schema.tags).toEqual(["demo"]);
    const remove = registered.find((r) => r.url === "/items/:id" && r.method === "DELETE");
    expect(Object.keys(remove?.schema.response as object)).toEqual(["204"]);
    const raw = registered.find((r) => r.url === "/raw");
    expect(Object.keys(raw?.schema ?? {}).sort()).toEqual(["summary", "tags"]);
  });

  it("refuses a spec with two success answers", () => {
    const app2 = Fastify({ logger: false });
    const twoAnswers = defineRoutes("demo", (api) => {
      api.get("/x", { summary: "Two", ok: itemSchema, created: itemSchema }, async () => ({
        item: { id: "", by: "" },
      }));
    });
    expect(() => twoAnswers(app2, {} as Deps)).toThrow(/one of ok, created, noContent/);
  });
});
