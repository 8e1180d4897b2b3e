import dnsPromises from "node:dns/promises";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifySwagger from "@fastify/swagger";
import fastifyWebsocket from "@fastify/websocket";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { type Clock, systemClock } from "./clock.js";
import type { Config } from "./config.js";
import { type Deps, type DnsResolver, defaultRateLimits, type RateLimits } from "./context.js";
import type { Db } from "./db/database.js";
import { registerAuthentication } from "./http/authenticate.js";
import { registerErrorHandling, sendFrameworkError } from "./http/error-handler.js";
import { registerGracefulClose } from "./http/graceful-close.js";
import { openapiOptions } from "./http/openapi/document.js";
import { registerNulCheck } from "./http/reject-nul.js";
import { RequestLineLog } from "./http/request-log.js";
import { trackRoutes } from "./http/route-registry.js";
import { typed } from "./http/route-types.js";
import { registerSameOriginCheck } from "./http/same-origin.js";
import { registerSecurityHeaders } from "./http/security-headers.js";
import { resolveSessionSecret } from "./http/session-secret.js";
import { registerFallback, registerStaticWeb } from "./http/static-web.js";
import { createLocalBus, createPgBus } from "./live/bus.js";
import { LiveHub } from "./live/hub.js";
import { liveRoutes } from "./live/live.routes.js";
import { actionsRoutes } from "./modules/actions/actions.routes.js";
import { agendaRoutes } from "./modules/agenda/agenda.routes.js";
import { auditRoutes } from "./modules/audit/audit.routes.js";
import { authRoutes } from "./modules/auth/auth.routes.js";
import { calendarFeedRoute, calendarRoutes } from "./modules/calendar/calendar.routes.js";
import { checkInsRoutes } from "./modules/check-ins/check-ins.routes.js";
import { exportRoutes } from "./modules/export/export.routes.js";
import { feedbackRoutes } from "./modules/feedback/feedback.routes.js";
import { memoryRoutes } from "./modules/goals/memory.routes.js";
import { homeRoutes } from "./modules/home/home.routes.js";
import { insightsRoutes } from "./modules/insights/insights.routes.js";
import { instanceRoutes } from "./modules/instance/instance.routes.js";
import { invitationsRoutes } from "./modules/invitations/invitations.routes.js";
import { meetingsRoutes } from "./modules/meetings/meetings.routes.js";
import { notesRoutes } from "./modules/notes/notes.routes.js";
import { oneOnOnesRoutes } from "./modules/one-on-ones/one-on-ones.routes.js";
import { createMailer, type Mailer } from "./modules/outbox/mailer.js";
import { preferencesRoutes } from "./modules/outbox/preferences.routes.js";
import { peopleRoutes } from "./modules/people/people.routes.js";
import { schedulingRoutes } from "./modules/scheduling/scheduling.routes.js";
import { searchRoutes } from "./modules/search/search.routes.js";
import { ssoRoutes } from "./modules/sso/sso.routes.js";
import { templatesRoutes } from "./modules/templates/templates.routes.js";
import { tokensRoutes } from "./modules/tokens/tokens.routes.js";
import { webhooksRoutes } from "./modules/webhooks/webhooks.routes.js";

const healthSchema = z.object({ status: z.literal("ok") }).meta({ examples: [{ status: "ok" }] });

export interface BuildOptions {
  config: Config;
  db: Db;
  clock?: Clock;
  mailer?: Mailer;
  rateLimits?: Partial<RateLimits>;
  passwordCost?: number;
  logger?: FastifyServerOptions["logger"];
  /** Directory of the built web app; defaults to dist/web. */
  webRoot?: string;
  /** DNS answers; the system resolver by default. */
  dns?: DnsResolver;
}

/** The system resolver (node:dns/promises). */
const systemDns: DnsResolver = {
  resolveTxt: (name) => dnsPromises.resolveTxt(name),
  lookup: (hostname) => dnsPromises.lookup(hostname, { all: true, verbatim: true }),
};

const apiModules = [
  instanceRoutes,
  authRoutes,
  tokensRoutes,
  peopleRoutes,
  invitationsRoutes,
  templatesRoutes,
  oneOnOnesRoutes,
  schedulingRoutes,
  homeRoutes,
  meetingsRoutes,
  agendaRoutes,
  notesRoutes,
  actionsRoutes,
  checkInsRoutes,
  feedbackRoutes,
  memoryRoutes,
  insightsRoutes,
  searchRoutes,
  calendarRoutes,
  preferencesRoutes,
  auditRoutes,
  exportRoutes,
  webhooksRoutes,
  liveRoutes,
  ssoRoutes,
];

/** Builds the Fastify app without listening; tests inject requests into it. */
export async function buildApp(options: BuildOptions): Promise<{ app: FastifyInstance; deps: Deps }> {
  const { config, db } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    // One line per request instead of two, without health checks and static files.
    logController: new RequestLineLog(),
    bodyLimit: 1024 * 1024,
    trustProxy: false,
    frameworkErrors: (error, _request, reply) => sendFrameworkError(error, reply),
    // While closing, registerGracefulClose answers 503 in the API's error shape.
    return503OnClosing: false,
  });
  // JSON only: any other body type answers 415 instead of reaching validation as a string.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  trackRoutes(app);
  const secret = await resolveSessionSecret(db, config.sessionSecret);
  const clock = options.clock ?? systemClock;
  const bus =
    config.database.engine === "postgres" ? createPgBus(config.database, db.kysely, app.log) : createLocalBus();
  const live = new LiveHub(db, clock, bus, app.log);
  app.addHook("onClose", async () => live.close());
  const deps: Deps = {
    db,
    clock,
    config,
    mailer: options.mailer ?? createMailer(config.smtpUrl),
    log: app.log,
    rateLimits: { ...defaultRateLimits, ...options.rateLimits },
    passwordCost: options.passwordCost ?? 17,
    secret,
    live,
    dns: options.dns ?? systemDns,
  };

  registerErrorHandling(app);
  registerSecurityHeaders(app, config.appUrl);
  registerNulCheck(app);
  registerGracefulClose(app);
  await app.register(fastifyCookie, { secret });
  await app.register(fastifyWebsocket, {
    // Frames up to 1 MiB, like request bodies.
    options: { maxPayload: 1024 * 1024 },
    // Live pages hear that the server is going away (1001) and reconnect, to another node if there is one.
    preClose: async () => {
      for (const client of app.websocketServer.clients) client.close(1001, "Server shutting down");
      app.websocketServer.close();
    },
  });
  await app.register(fastifySwagger, openapiOptions);

  typed(app).get(
    "/healthz",
    { schema: { tags: ["system"], summary: "Liveness", response: { 200: healthSchema } } },
    async () => ({ status: "ok" as const }),
  );
  calendarFeedRoute(app, deps);

  await app.register(
    async (api) => {
      registerAuthentication(api, deps);
      registerSameOriginCheck(api, config.appUrl);
      for (const register of apiModules) register(api, deps);
      api.get("/openapi.json", { schema: { tags: ["system"], summary: "This document" } }, async () => app.swagger());
    },
    { prefix: "/api/v1" },
  );

  const webRoot = options.webRoot ?? fileURLToPath(new URL("../dist/web", import.meta.url));
  registerFallback(app, await registerStaticWeb(app, webRoot));
  await app.ready();
  return { app, deps };
}
