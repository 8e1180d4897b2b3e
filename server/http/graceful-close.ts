import type { FastifyInstance } from "fastify";
import { AppError } from "./errors.js";

/**
 * `app.close()` stops listening and waits for the requests being served. Each of
 * those answers with `Connection: close`, so its connection ends with it: Node
 * would otherwise keep the idle keep-alive socket for its whole timeout, and the
 * close would wait that long. A request that arrives on an open connection
 * meanwhile gets a 503 in the API's error shape (the app turns off Fastify's own).
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onRequest", async () => {
    if (closing) {
      throw new AppError(503, "shutting_down", "The server is restarting; try again shortly", {
        "retry-after": "1",
        connection: "close",
      });
    }
  });
  app.addHook("onSend", async (_request, reply, payload) => {
    if (closing) reply.header("connection", "close");
    return payload;
  });
}
